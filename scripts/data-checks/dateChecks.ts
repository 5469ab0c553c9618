/**
 * Checks of dates: valid partial dates inside a span, ranges that run forwards, and a status
 * history for each of the 15 states in strictly increasing order. Each returns the problems found,
 * in plain words; empty when there are none.
 */
import { COUNTRY_CODES } from '../../src/data/types';
import type { StatusChange, TimelineEvent } from '../../src/data/types';
import { comparePartialDates, isPartialDate, startOf } from '../../src/model/dates';
import type { Dated } from './dataset';

/** Per country, changes not written in strictly increasing comparePartialDates order. */
export function unorderedHistories(changes: readonly StatusChange[]): string[] {
  const last = new Map<string, string>();
  const problems: string[] = [];
  for (const change of changes) {
    const previous = last.get(change.country);
    if (previous !== undefined && comparePartialDates(previous, change.from) >= 0)
      problems.push(`${change.country}: ${change.from} does not come after ${previous}`);
    last.set(change.country, change.from);
  }
  return problems;
}

/**
 * Dates that are not valid partial dates, or whose first day (the day the model places them on)
 * falls outside the span the explainer covers.
 */
export function badDates(dates: readonly Dated[], start: string, end: string): string[] {
  return dates.flatMap(({ where, date }) => {
    if (!isPartialDate(date)) return [`${where}: invalid date ${JSON.stringify(date)}`];
    const first = startOf(date);
    if (first < start || first > end) return [`${where}: date ${date} outside ${start}..${end}`];
    return [];
  });
}

/** Multi-day events that end before they start. */
export function backwardRanges(events: readonly TimelineEvent[]): string[] {
  return events
    .filter(
      (e) =>
        e.endDate !== undefined &&
        isPartialDate(e.date) &&
        isPartialDate(e.endDate) &&
        comparePartialDates(e.endDate, e.date) < 0,
    )
    .map((e) => `event ${e.id}: ends (${e.endDate}) before it starts (${e.date})`);
}

/** The countries of the vocabulary that have no status history. */
export function missingHistories(changes: readonly StatusChange[]): string[] {
  const present = new Set<string>(changes.map((change) => change.country));
  return COUNTRY_CODES.filter((code) => !present.has(code)).map((code) => `${code}: no history`);
}

/**
 * Changes to 'founding-party' or 'member' that do not say what their date is (`dateIs`): a
 * ratification, a deposit, an entry into force and a decision can be months apart (C6).
 */
export function changesWithoutDateKind(changes: readonly StatusChange[]): string[] {
  return changes
    .filter((c) => (c.status === 'founding-party' || c.status === 'member') && !c.dateIs)
    .map(
      (c) =>
        `change ${c.id}: does not say whether its date is a ratification, an entry into force or a decision (dateIs)`,
    );
}
