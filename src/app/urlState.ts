import type { Selection } from './selection';
import { toQueryString } from '../options/toQueryString';
import type { PresentationOptions } from '../options/urlParams';

/**
 * The query string for the current selection and the page's presentation options (embed, view,
 * theme…, which the reader does not change on the page), so every state has one shareable address.
 */
export function toSearch(selection: Selection, presentation: PresentationOptions): string {
  const { country, day, date, event, mode, quote } = selection;
  return toQueryString({ ...presentation, country, day, date, event, mode, quote });
}
