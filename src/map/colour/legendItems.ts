import { ATTENDANCE, COUNTRY_CODES, STATUSES } from '../../data/types';
import type { CountryCode, MapMode, MeetingRecord } from '../../data/types';
import { countByStatus } from '../../model/status';
import type { CountryStatuses } from '../../model/status';
import { attendanceOf } from './countryLooks';
import type { PaintKey } from './palette';
import type { Messages } from '../../i18n/messages';

/** One legend row: a swatch, a label, a count and what the label means. */
export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly definition: string;
  /** The swatch's fill by name, coloured by CSS (paletteCss.ts) as the map's shapes are. */
  readonly paint: PaintKey;
  readonly count: number;
}

/** The legend for what the map colours: every status (or attendance), with how many states have it. */
export function legendItems(
  mode: MapMode,
  statuses: CountryStatuses,
  attendance: ReadonlyMap<CountryCode, MeetingRecord>,
  m: Messages,
): LegendItem[] {
  if (mode === 'meeting') {
    return ATTENDANCE.map((key) => ({
      key,
      label: m.attendance[key].label,
      definition: m.attendance[key].definition,
      paint: `attendance-${key}`,
      count: COUNTRY_CODES.filter((code) => attendanceOf(attendance, code) === key).length,
    }));
  }
  const counts = countByStatus(statuses);
  return STATUSES.map((key) => ({
    key,
    label: m.statuses[key].label,
    definition: m.statuses[key].definition,
    paint: `status-${key}`,
    count: counts[key],
  }));
}
