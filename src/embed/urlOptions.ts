import { COUNTRY_CODES } from '../data/types';
import type { CountryCode } from '../data/types';
import { endOf, isPartialDate, startOf } from '../model/dates';
import type { Day } from '../model/dates';
import { TIMELINE_END, TIMELINE_START } from '../model/timeline';

export const MAP_MODES = ['status', 'meeting'] as const;
/** What the map colours: membership status, or attendance at the 22 Dec 2025 meeting. */
export type MapMode = (typeof MAP_MODES)[number];
export const VIEWS = ['all', 'map', 'history', 'timeline', 'quotes'] as const;
/** Which part of the explainer an embed shows. */
export type View = (typeof VIEWS)[number];
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The app's configuration, read from the query string once at start-up. */
export interface UrlOptions {
  readonly country: CountryCode | null;
  /** The day the map shows. */
  readonly day: Day;
  /** The date as the reader wrote it (kept in the URL at its precision), if valid. */
  readonly date: string | null;
  readonly event: string | null;
  readonly mode: MapMode;
  readonly quote: string | null;
  readonly embed: boolean;
  readonly view: View;
  readonly theme: Theme;
  readonly transparent: boolean;
  /** Pym.js parents add it; echoed back in height messages. */
  readonly childId: string | null;
}

/** A rejected or adjusted value, named for the reader. */
export interface Notice {
  readonly param: string;
  /** The offending value, shortened for display (always rendered as text, never as HTML). */
  readonly value: string;
  readonly message: string;
}

/** The ids a deep link may name; passed in so the parser stays pure and testable. */
export interface KnownIds {
  readonly events: ReadonlyMap<string, string>;
  readonly quotes: ReadonlySet<string>;
}

export const DEFAULT_OPTIONS: UrlOptions = {
  country: null,
  day: TIMELINE_END,
  date: null,
  event: null,
  mode: 'status',
  quote: null,
  embed: false,
  view: 'all',
  theme: 'auto',
  transparent: false,
  childId: null,
};

/** Parameters that hosts and trackers add; ignored without a notice. */
const FOREIGN_PARAMS = /^(utm_\w+|fbclid|gclid|initialWidth|parentTitle|parentUrl|amp\w*)$/;
const ID_PATTERN = /^[a-z0-9-]{1,64}$/;
const CHILD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_SHOWN = 40;

/**
 * Parses a query string into options. Never throws: every invalid value falls back to its default
 * and yields a notice naming it.
 */
export function parseUrlOptions(
  search: string,
  known: KnownIds,
): { options: UrlOptions; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const reject = (param: string, value: string, message: string) =>
    notices.push({ param: shorten(param), value: shorten(value), message });
  const options: { -readonly [K in keyof UrlOptions]: UrlOptions[K] } = { ...DEFAULT_OPTIONS };
  let eventDay: Day | null = null;

  for (const [param, raw] of params) {
    const value = raw.trim();
    switch (param) {
      case 'country': {
        const code = value.toUpperCase();
        if ((COUNTRY_CODES as readonly string[]).includes(code))
          options.country = code as CountryCode;
        else reject(param, raw, 'is not one of the 15 post-Soviet states’ two-letter codes');
        break;
      }
      case 'date':
        parseDate(value, raw, options, reject);
        break;
      case 'event': {
        const date = ID_PATTERN.test(value) ? known.events.get(value) : undefined;
        if (date === undefined) reject(param, raw, 'is not an event of the timeline');
        else {
          options.event = value;
          eventDay = startOf(date);
        }
        break;
      }
      case 'quote':
        if (ID_PATTERN.test(value) && known.quotes.has(value)) options.quote = value;
        else reject(param, raw, 'is not one of the quotes');
        break;
      case 'mode':
        options.mode = oneOf(MAP_MODES, value, DEFAULT_OPTIONS.mode, () =>
          reject(param, raw, 'is not a map mode (status or meeting)'),
        );
        break;
      case 'view':
        options.view = oneOf(VIEWS, value, DEFAULT_OPTIONS.view, () =>
          reject(param, raw, 'is not a view (all, map, history, timeline or quotes)'),
        );
        break;
      case 'theme':
        options.theme = oneOf(THEMES, value, DEFAULT_OPTIONS.theme, () =>
          reject(param, raw, 'is not a theme (auto, light or dark)'),
        );
        break;
      case 'embed':
      case 'transparent': {
        const flag = parseFlag(value);
        if (flag === null) reject(param, raw, 'should be 1 or 0');
        else options[param] = flag;
        break;
      }
      case 'childId':
        if (CHILD_ID_PATTERN.test(value)) options.childId = value;
        else reject(param, raw, 'is not a valid frame id');
        break;
      default:
        if (!FOREIGN_PARAMS.test(param)) reject(param, raw, 'is not an option this page knows');
    }
  }
  // An event sets the day unless a date was given too: the date wins, whatever the order.
  if (eventDay !== null && options.date === null) options.day = eventDay;
  return { options, notices };
}

function parseDate(
  value: string,
  raw: string,
  options: { day: Day; date: string | null },
  reject: (param: string, value: string, message: string) => void,
) {
  if (!isPartialDate(value)) {
    reject('date', raw, 'is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)');
    return;
  }
  // A year or month means "as of the end of that period", clamped to the span covered.
  const [first, last] = [startOf(value), endOf(value)];
  if (last < TIMELINE_START) {
    options.day = options.date = TIMELINE_START;
    reject('date', raw, 'is before the CIS was founded; showing 8 Dec 1991');
  } else if (first > TIMELINE_END) {
    options.day = options.date = TIMELINE_END;
    reject('date', raw, 'is after 22 Dec 2025, the latest date covered; showing 22 Dec 2025');
  } else {
    options.day =
      last > TIMELINE_END ? TIMELINE_END : last < TIMELINE_START ? TIMELINE_START : last;
    options.date = value;
  }
}

function oneOf<T extends string>(
  allowed: readonly T[],
  value: string,
  fallback: T,
  onInvalid: () => void,
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  onInvalid();
  return fallback;
}

function parseFlag(value: string): boolean | null {
  if (value === '1' || value === 'true' || value === '') return true;
  if (value === '0' || value === 'false') return false;
  return null;
}

function shorten(value: string): string {
  const chars = Array.from(value);
  return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : value;
}
