import type { Selection } from './selection';
import { TIMELINE_END } from '../model/timeline';
import { DEFAULT_OPTIONS } from '../embed/urlOptions';
import type { UrlOptions } from '../embed/urlOptions';

/**
 * The query string for the current selection and the page's fixed options: only values that
 * differ from the defaults, in a stable order, so every state has one shareable address.
 */
export function toSearch(selection: Selection, fixed: UrlOptions): string {
  const params = new URLSearchParams();
  if (selection.country) params.set('country', selection.country);
  // A deep link may name an event and a date: both are kept, the date deciding the day.
  if (selection.event) params.set('event', selection.event);
  if (selection.date) params.set('date', selection.date);
  else if (!selection.event && selection.day !== TIMELINE_END) params.set('date', selection.day);
  if (selection.mode !== DEFAULT_OPTIONS.mode) params.set('mode', selection.mode);
  if (selection.quote) params.set('quote', selection.quote);
  if (fixed.embed) params.set('embed', '1');
  if (fixed.view !== DEFAULT_OPTIONS.view) params.set('view', fixed.view);
  if (fixed.theme !== DEFAULT_OPTIONS.theme) params.set('theme', fixed.theme);
  if (fixed.transparent) params.set('transparent', '1');
  if (fixed.childId) params.set('childId', fixed.childId);
  const search = params.toString();
  return search ? `?${search}` : '';
}
