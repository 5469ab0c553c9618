import type { CountryCode, MapMode } from '../data/types';
import type { Day } from '../model/dates';

export const VIEWS = ['all', 'map', 'history', 'timeline', 'quotes'] as const;
/** Which part of the explainer an embed shows. */
export type View = (typeof VIEWS)[number];
export const THEMES = ['auto', 'light', 'dark'] as const;
/** The colour scheme asked for: the reader's system preference (`auto`), or forced. */
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

/** The ids a deep link may name; passed in so the parser stays pure and testable. */
export interface KnownIds {
  readonly events: ReadonlyMap<string, string>;
  readonly quotes: ReadonlySet<string>;
}

/** Why a value in the address was not used as written; the views put each into words. */
export const NOTICE_REASONS = [
  'unknown-param',
  'not-a-country',
  'not-a-date',
  'date-before-start',
  'date-after-end',
  'not-an-event',
  'not-a-quote',
  'not-a-mode',
  'not-a-view',
  'not-a-theme',
  'not-a-flag',
  'not-a-frame-id',
] as const;
export type NoticeReason = (typeof NOTICE_REASONS)[number];

/** A rejected or adjusted value, for the reader to be told about. */
export interface Notice {
  /** The parameter's name, shortened for display (always rendered as text, never as HTML). */
  readonly param: string;
  /** The offending value, shortened for display (always rendered as text, never as HTML). */
  readonly value: string;
  readonly reason: NoticeReason;
}
