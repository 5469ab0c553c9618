import { DEFAULT_OPTIONS } from './defaults';
import type { Theme, UrlOptions } from './types';
import { URL_PARAMS } from './urlParams';
import type { UrlParam } from './urlParams';

/** Each parameter's value as written in the address, or null to leave it out (its default). */
const WRITERS: Record<UrlParam, (options: UrlOptions, pageTheme: Theme) => string | null> = {
  country: (options) => options.country,
  event: (options) => options.event,
  // A deep link may name an event and a date: both are kept, the date deciding the day.
  date: ({ date, event, day }) =>
    date ?? (event === null && day !== DEFAULT_OPTIONS.day ? day : null),
  mode: ({ mode }) => (mode !== DEFAULT_OPTIONS.mode ? mode : null),
  quote: (options) => options.quote,
  embed: (options) => (options.embed ? '1' : null),
  view: ({ view }) => (view !== DEFAULT_OPTIONS.view ? view : null),
  theme: ({ theme }, pageTheme) => (theme !== pageTheme ? theme : null),
  transparent: (options) => (options.transparent ? '1' : null),
  childId: (options) => options.childId,
};

/**
 * The query string for `options`: only values that differ from the defaults, in the order of
 * URL_PARAMS, so every state has one address. parseUrlOptions reads it back to the same options.
 * `pageTheme` is the scheme of the page the address is for when it names none (an embed's is
 * light, options/pages.ts), so `theme=auto` is written there and `theme=light` is not.
 */
export function toQueryString(
  options: UrlOptions,
  pageTheme: Theme = DEFAULT_OPTIONS.theme,
): string {
  const params = new URLSearchParams();
  for (const { name } of URL_PARAMS) {
    const value = WRITERS[name](options, pageTheme);
    if (value !== null) params.set(name, value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}
