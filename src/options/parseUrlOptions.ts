import { COUNTRY_CODES, MAP_MODES } from '../data/types';
import type { CountryCode } from '../data/types';
import { endOf, isPartialDate, startOf } from '../model/dates';
import type { Day } from '../model/dates';
import { TIMELINE_END, TIMELINE_START } from '../model/timeline';
import { DEFAULT_OPTIONS } from './defaults';
import { THEMES, VIEWS } from './types';
import type { KnownIds, Notice, NoticeReason, UrlOptions } from './types';
import { isUrlParam } from './urlParams';
import type { UrlParam } from './urlParams';

/** Parameters that hosts and trackers add; ignored without a notice. */
const FOREIGN_PARAMS = /^(utm_\w+|fbclid|gclid|initialWidth|parentTitle|parentUrl|amp\w*)$/;
const ID_PATTERN = /^[a-z0-9-]{1,64}$/;
const CHILD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_SHOWN = 40;

type Draft = { -readonly [K in keyof UrlOptions]: UrlOptions[K] };
/** The options so far, and the day of an event named (a date, if given, wins over it). */
interface ParseState {
  readonly options: Draft;
  eventDay: Day | null;
}

/**
 * Parses a query string into options. Never throws: every invalid value falls back to its default
 * and yields a notice naming it, with the reason.
 */
export function parseUrlOptions(
  search: string,
  known: KnownIds,
): { options: UrlOptions; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const state: ParseState = { options: { ...DEFAULT_OPTIONS }, eventDay: null };

  for (const [param, raw] of params) {
    const reason = isUrlParam(param)
      ? readParam(param, raw.trim(), state, known)
      : FOREIGN_PARAMS.test(param)
        ? null
        : 'unknown-param';
    if (reason !== null) notices.push({ param: shorten(param), value: shorten(raw), reason });
  }
  // An event sets the day unless a date was given too: the date wins, whatever the order.
  const { options, eventDay } = state;
  if (eventDay !== null && options.date === null) options.day = eventDay;
  return { options, notices };
}

/** Applies one parameter's (trimmed) value; returns why it was not taken as written, or null. */
function readParam(
  param: UrlParam,
  value: string,
  state: ParseState,
  known: KnownIds,
): NoticeReason | null {
  const { options } = state;
  switch (param) {
    case 'country': {
      const code = value.toUpperCase();
      if (!(COUNTRY_CODES as readonly string[]).includes(code)) return 'not-a-country';
      options.country = code as CountryCode;
      return null;
    }
    case 'date':
      return readDate(value, options);
    case 'event': {
      const date = ID_PATTERN.test(value) ? known.events.get(value) : undefined;
      if (date === undefined) return 'not-an-event';
      options.event = value;
      state.eventDay = startOf(date);
      return null;
    }
    case 'quote':
      if (!ID_PATTERN.test(value) || !known.quotes.has(value)) return 'not-a-quote';
      options.quote = value;
      return null;
    // Unlike the parameters above, an invalid mode, view or theme resets an earlier valid one.
    case 'mode': {
      const mode = oneOf(MAP_MODES, value);
      options.mode = mode ?? DEFAULT_OPTIONS.mode;
      return mode ? null : 'not-a-mode';
    }
    case 'view': {
      const view = oneOf(VIEWS, value);
      options.view = view ?? DEFAULT_OPTIONS.view;
      return view ? null : 'not-a-view';
    }
    case 'theme': {
      const theme = oneOf(THEMES, value);
      options.theme = theme ?? DEFAULT_OPTIONS.theme;
      return theme ? null : 'not-a-theme';
    }
    case 'embed':
    case 'transparent': {
      const flag = parseFlag(value);
      if (flag === null) return 'not-a-flag';
      options[param] = flag;
      return null;
    }
    case 'childId':
      if (!CHILD_ID_PATTERN.test(value)) return 'not-a-frame-id';
      options.childId = value;
      return null;
  }
}

function readDate(value: string, options: Draft): NoticeReason | null {
  if (!isPartialDate(value)) return 'not-a-date';
  // A year or month means "as of the end of that period", clamped to the span covered.
  const [first, last] = [startOf(value), endOf(value)];
  if (last < TIMELINE_START) {
    options.day = options.date = TIMELINE_START;
    return 'date-before-start';
  }
  if (first > TIMELINE_END) {
    options.day = options.date = TIMELINE_END;
    return 'date-after-end';
  }
  options.day = last > TIMELINE_END ? TIMELINE_END : last < TIMELINE_START ? TIMELINE_START : last;
  options.date = value;
  return null;
}

/** `value` if it is one of `allowed`, else null. */
function oneOf<T extends string>(allowed: readonly T[], value: string): T | null {
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
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
