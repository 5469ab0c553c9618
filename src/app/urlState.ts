import type { Selection } from './selection';
import { toQueryString } from '../options/toQueryString';
import type { PresentationOptions } from '../options/urlParams';
import type { Theme } from '../options/types';

/**
 * The query string for the current selection and the page's presentation options (embed, view,
 * theme…, which the reader does not change on the page), so every state has one shareable address.
 * `pageTheme` is the scheme the page wears when its address names none (an embed's: light).
 */
export function toSearch(
  selection: Selection,
  presentation: PresentationOptions,
  pageTheme?: Theme,
): string {
  const { country, day, date, event, mode, quote } = selection;
  return toQueryString({ ...presentation, country, day, date, event, mode, quote }, pageTheme);
}
