import { COUNTRY_CODES, STATUSES } from '../data/types';
import type { CountryCode, Status, StatusChange } from '../data/types';
import { comparePartialDates, endOf, precisionOf, startOf } from './dates';
import type { Day } from './dates';

/** A country's status on a given day, with the change that set it. */
export interface StatusAtDate {
  readonly status: Status;
  /** The change in force; undefined before the country's first recorded change. */
  readonly change?: StatusChange;
  /**
   * True when the change is known only to a month or year that contains the day, so the day
   * may fall before it really happened (e.g. Moldova's halt, "2022").
   */
  readonly approximate: boolean;
}

/** Every country's status on one day. */
export type StatusMap = Readonly<Record<CountryCode, StatusAtDate>>;

const BEFORE_ANY_RECORD: StatusAtDate = { status: 'not-yet-joined', approximate: false };

// Histories by data set and country. statusesAt runs on every step of the date slider, and the
// records never change, so each history is filtered and sorted once rather than 15 times a step.
const HISTORIES = new WeakMap<readonly StatusChange[], Map<CountryCode, readonly StatusChange[]>>();

/** A country's changes in date order. */
export function historyOf(
  changes: readonly StatusChange[],
  country: CountryCode,
): readonly StatusChange[] {
  let byCountry = HISTORIES.get(changes);
  if (!byCountry) HISTORIES.set(changes, (byCountry = new Map()));
  let history = byCountry.get(country);
  if (!history) {
    history = changes
      .filter((change) => change.country === country)
      .sort((a, b) => comparePartialDates(a.from, b.from));
    byCountry.set(country, history);
  }
  return history;
}

/**
 * The status of `country` on `day`. A change dated to a month or a year applies from the first
 * day of that period (comparePartialDates' rule) and is flagged approximate within it.
 */
export function statusAt(
  changes: readonly StatusChange[],
  country: CountryCode,
  day: Day,
): StatusAtDate {
  let current: StatusChange | undefined;
  for (const change of historyOf(changes, country)) {
    if (startOf(change.from) <= day) current = change;
  }
  if (!current) return BEFORE_ANY_RECORD;
  const approximate = precisionOf(current.from) !== 'day' && day <= endOf(current.from);
  return { status: current.status, change: current, approximate };
}

/** Every country's status on `day`. */
export function statusesAt(changes: readonly StatusChange[], day: Day): StatusMap {
  const entries = COUNTRY_CODES.map((code) => [code, statusAt(changes, code, day)] as const);
  return Object.fromEntries(entries) as Record<CountryCode, StatusAtDate>;
}

/** How many countries hold each status, every status listed (zero included), in table order. */
export function countByStatus(statuses: StatusMap): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const code of COUNTRY_CODES) counts[statuses[code].status] += 1;
  return counts;
}
