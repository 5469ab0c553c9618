import { MEETING } from '../data/meeting';
import type { CountryCode, MapMode } from '../data/types';
import type { Day } from '../model/dates';

/**
 * The downloaded file's name, saying what it shows, in ASCII whatever the page's language:
 * `cis-status-2008-08-08.png`, `sng-status-ge-1995-06-30.svg`, `cis-meeting-2025-12-22.png` (the
 * meeting's own day: the attendance map does not change with the date). `prefix` is the
 * catalogue's; anything but lower-case ASCII letters, digits and hyphens is dropped from it.
 */
export function imageFileName(
  prefix: string,
  view: { readonly mode: MapMode; readonly country: CountryCode | null; readonly day: Day },
  extension: 'png' | 'svg',
): string {
  const safe = prefix.toLowerCase().replace(/[^a-z0-9-]/g, '') || 'map';
  const day = view.mode === 'meeting' ? MEETING.date : view.day;
  const parts = [safe, view.mode, view.country?.toLowerCase(), day.replace(/[^0-9-]/g, '')];
  return `${parts.filter(Boolean).join('-')}.${extension}`;
}
