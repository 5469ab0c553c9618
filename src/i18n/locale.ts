import type { PartialDate } from '../data/types';
import { parsePartialDate } from '../model/dates';

/** The languages the explainer is written in. */
export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** A date printed at its own precision; 'long' spells the month out. */
export type DateStyle = 'short' | 'long';

/** How a language writes dates: it is given the numbers, it returns the words. */
export interface DateWords {
  /** '22 Dec 2025' / '22 December 2025'. `month` is 1–12. */
  day(day: number, month: number, year: number, style: DateStyle): string;
  /** 'Dec 1993' / 'December 1993'. */
  month(month: number, year: number, style: DateStyle): string;
  /** '2022'. */
  year(year: number): string;
  /**
   * Two days of one year, the year written once: '25–26 Dec 1991', '19 Apr – 18 Aug 2009'.
   * Months are 1–12.
   */
  days(from: DayOfYear, to: DayOfYear, year: number, style: DateStyle): string;
  /** Two dates that do not share a year: '19 Apr 1994 – 18 Aug 2009'. */
  span(from: string, to: string): string;
}

/**
 * How a language joins a list: 'A, B and C'. Written in the catalogue rather than
 * Intl.ListFormat, whose first use loads its locale data on the main thread while the page
 * hydrates (about 14 ms on a mid-range phone), for three short joins.
 */
export interface ListWords {
  /** Between all items but the last two: ', '. */
  readonly between: string;
  /** Before the last item: ' and '. */
  readonly last: string;
}

/** A day and month, for `DateWords.days`. */
export interface DayOfYear {
  readonly day: number;
  readonly month: number;
}

/**
 * Everything a view needs to speak one language: its messages and the language's date, list and
 * collation rules. A second language implements this once; no component changes.
 */
export interface Locale<M = unknown> {
  readonly lang: Lang;
  /** The BCP 47 tag for `lang` attributes and Intl: 'en-GB'. */
  readonly tag: string;
  readonly m: M;
  /** A partial date at its own precision: '22 Dec 2025', 'Dec 1993', '2022'. */
  date(date: PartialDate, style?: DateStyle): string;
  /** From one partial date to another, each at its own precision, shared words written once. */
  range(from: PartialDate, to: PartialDate, style?: DateStyle): string;
  /** Items joined as the language lists them: 'Armenia, Belarus and Kazakhstan'. */
  list(items: readonly string[]): string;
  /** Alphabetical order in this language (Intl.Collator, made on first use, off the load path). */
  compare(a: string, b: string): number;
}

function partsOf(date: PartialDate) {
  const parts = parsePartialDate(date);
  if (!parts) throw new RangeError(`Not a partial date: ${JSON.stringify(date)}`);
  return parts;
}

/** A locale over the language's own words and Intl's collation, made on first use and kept. */
export function makeLocale<M>(
  lang: Lang,
  tag: string,
  m: M,
  dates: DateWords,
  lists: ListWords,
): Locale<M> {
  let collator: Intl.Collator | undefined;
  const date = (value: PartialDate, style: DateStyle) => {
    const { year, month, day } = partsOf(value);
    if (month === undefined) return dates.year(year);
    return day === undefined ? dates.month(month, year, style) : dates.day(day, month, year, style);
  };
  return {
    lang,
    tag,
    m,
    date: (value, style = 'short') => date(value, style),
    range(from, to, style = 'short') {
      if (from === to) return date(from, style);
      const a = partsOf(from);
      const b = partsOf(to);
      // Only two whole days of one year share their words; other precisions read clearer whole.
      if (a.year === b.year && a.month && a.day && b.month && b.day) {
        const first = { day: a.day, month: a.month };
        return dates.days(first, { day: b.day, month: b.month }, a.year, style);
      }
      return dates.span(date(from, style), date(to, style));
    },
    list(items) {
      if (items.length < 2) return items[0] ?? '';
      return `${items.slice(0, -1).join(lists.between)}${lists.last}${items[items.length - 1]}`;
    },
    compare(a, b) {
      collator ??= new Intl.Collator(tag);
      return collator.compare(a, b);
    },
  };
}
