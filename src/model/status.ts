import { CHARTER } from '../data/charter';
import { COUNTRY_CODES, STATUSES } from '../data/types';
import type { CountryCode, PartialDate, Status, StatusChange } from '../data/types';
import {
  comparePartialDates,
  dayFromNumber,
  dayNumber,
  endOf,
  precisionOf,
  startOf,
} from './dates';
import type { Day } from './dates';
import { TIMELINE_END, TIMELINE_START } from './timeline';

/**
 * A status change as it takes effect. Membership is defined by the Charter, so a ratification
 * made before the Charter entered into force makes a state a member state only from that day.
 */
export interface ChangeInEffect extends StatusChange {
  /**
   * Set when the change takes effect after its own date: the date of the Charter ratification,
   * while `from` is the Charter's entry into force.
   */
  readonly ratified?: PartialDate;
}

/** A country's status on a given day, with the change that set it. */
export interface StatusAtDate {
  readonly status: Status;
  /** The change in force; undefined before the country's first recorded change. */
  readonly change?: ChangeInEffect;
  /**
   * True when the change is known only to a month or year that contains the day, so the day
   * may fall before it really happened (e.g. Moldova's halt, "2022").
   */
  readonly approximate: boolean;
  /** A Charter ratification already made on the day that is not yet in force. */
  readonly pending?: ChangeInEffect;
}

/** Every country's status on one day. */
export type CountryStatuses = Readonly<Record<CountryCode, StatusAtDate>>;

const BEFORE_ANY_RECORD: StatusAtDate = { status: 'not-yet-joined', approximate: false };

/**
 * When a change takes effect: a 'member' change dated before the Charter's entry into force
 * (`charterInForce`, by default the real one) takes effect on that day, and keeps its own date
 * as `ratified`; every other change takes effect on its own date. Every view goes through this.
 */
export function inEffect(
  change: StatusChange,
  charterInForce: Day = CHARTER.inForce,
): ChangeInEffect {
  if (change.status !== 'member' || startOf(change.from) >= charterInForce) return change;
  return { ...change, from: charterInForce, ratified: change.from };
}

// Histories by data set, country and entry-into-force day. statusesAt runs on every step of the
// date slider, and the records never change, so each history is derived and sorted once rather
// than 15 times a step.
const HISTORIES = new WeakMap<readonly StatusChange[], Map<string, readonly ChangeInEffect[]>>();

/** A country's changes as they take effect (see inEffect), in date order. */
export function historyOf(
  changes: readonly StatusChange[],
  country: CountryCode,
  charterInForce: Day = CHARTER.inForce,
): readonly ChangeInEffect[] {
  let byCountry = HISTORIES.get(changes);
  if (!byCountry) HISTORIES.set(changes, (byCountry = new Map()));
  const key = `${country} ${charterInForce}`;
  let history = byCountry.get(key);
  if (!history) {
    history = changes
      .filter((change) => change.country === country)
      .map((change) => inEffect(change, charterInForce))
      .sort((a, b) => comparePartialDates(a.from, b.from));
    byCountry.set(key, history);
  }
  return history;
}

/** A stretch of time during which a country held one status. */
export interface StatusPeriod {
  readonly status: Status;
  /** The change that began it; undefined for the time before the country's first record. */
  readonly change?: ChangeInEffect;
  /** The first day it applies. */
  readonly start: Day;
  /** The last day it applies: the day before the next period starts, or 22 Dec 2025. */
  readonly end: Day;
  /**
   * For a change known only to a month or a year: the last day of that month or year (never past
   * `end`). From `start` to this day the change may not have happened yet.
   */
  readonly uncertainUntil?: Day;
  /** The change that ended it; undefined for a period still running on 22 Dec 2025. */
  readonly next?: ChangeInEffect;
}

/**
 * The first day a change applies: the first day of the period its date names (comparePartialDates'
 * rule), so '2022' applies from 1 Jan 2022.
 *
 * This is the one place that decides when a status begins; statusAt, the membership chart and the
 * downloads all go through statusPeriods, which calls it. The Charter's entry into force
 * (22 Jan 1994: no state is a member before it, an earlier `member` change takes effect that day)
 * belongs here, so every view moves with it.
 */
export function periodStart(change: StatusChange): Day {
  return startOf(change.from);
}

// Periods by data set and country, made once: statusAt reads them on every step of the slider.
const PERIODS = new WeakMap<readonly StatusChange[], Map<CountryCode, readonly StatusPeriod[]>>();

/**
 * A country's history as consecutive periods, from 8 Dec 1991 (or its first change, if earlier)
 * to 22 Dec 2025. Before its first change a country has not yet joined. A change superseded on
 * the day it starts yields no period.
 */
export function statusPeriods(
  changes: readonly StatusChange[],
  country: CountryCode,
): readonly StatusPeriod[] {
  let byCountry = PERIODS.get(changes);
  if (!byCountry) PERIODS.set(changes, (byCountry = new Map()));
  let periods = byCountry.get(country);
  if (!periods) {
    periods = buildPeriods(historyOf(changes, country));
    byCountry.set(country, periods);
  }
  return periods;
}

function buildPeriods(history: readonly ChangeInEffect[]): StatusPeriod[] {
  const starts = history.map(periodStart);
  const periods: StatusPeriod[] = [];
  const first = history[0];
  const firstStart = starts[0] ?? TIMELINE_END;
  if (TIMELINE_START < firstStart) {
    periods.push({
      status: BEFORE_ANY_RECORD.status,
      start: TIMELINE_START,
      end: first ? dayBefore(firstStart) : TIMELINE_END,
      ...(first && { next: first }),
    });
  }
  history.forEach((change, index) => {
    const start = starts[index] as Day;
    const next = history[index + 1];
    const nextStart = starts[index + 1];
    const end = nextStart === undefined ? maxDay(TIMELINE_END, start) : dayBefore(nextStart);
    if (end < start) return;
    const lastUnsure = precisionOf(change.from) === 'day' ? undefined : endOf(change.from);
    const uncertainUntil =
      lastUnsure === undefined || lastUnsure < start ? undefined : minDay(lastUnsure, end);
    periods.push({
      status: change.status,
      change,
      start,
      end,
      ...(uncertainUntil && { uncertainUntil }),
      ...(next && { next }),
    });
  });
  return periods;
}

const dayBefore = (day: Day): Day => dayFromNumber(dayNumber(day) - 1);
const minDay = (a: Day, b: Day): Day => (a < b ? a : b);
const maxDay = (a: Day, b: Day): Day => (a > b ? a : b);

/**
 * The status of `country` on `day`. A change dated to a month or a year applies from the first
 * day of that period (comparePartialDates' rule) and is flagged approximate within it. A Charter
 * ratification takes effect no earlier than the Charter (inEffect); until then the state keeps
 * its earlier status and the ratification is `pending`.
 */
export function statusAt(
  changes: readonly StatusChange[],
  country: CountryCode,
  day: Day,
  charterInForce: Day = CHARTER.inForce,
): StatusAtDate {
  let current: ChangeInEffect | undefined;
  let pending: ChangeInEffect | undefined;
  for (const change of historyOf(changes, country, charterInForce)) {
    if (startOf(change.from) <= day) current = change;
    else if (change.ratified !== undefined && startOf(change.ratified) <= day) pending ??= change;
  }
  const approximate =
    current !== undefined && precisionOf(current.from) !== 'day' && day <= endOf(current.from);
  const found: StatusAtDate = current
    ? { status: current.status, change: current, approximate }
    : BEFORE_ANY_RECORD;
  return pending ? { ...found, pending } : found;
}

/** Every country's status on `day`. */
export function statusesAt(
  changes: readonly StatusChange[],
  day: Day,
  charterInForce: Day = CHARTER.inForce,
): CountryStatuses {
  const entries = COUNTRY_CODES.map(
    (code) => [code, statusAt(changes, code, day, charterInForce)] as const,
  );
  return Object.fromEntries(entries) as Record<CountryCode, StatusAtDate>;
}

/** How many countries hold each status, every status listed (zero included), in table order. */
export function countByStatus(statuses: CountryStatuses): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const code of COUNTRY_CODES) counts[statuses[code].status] += 1;
  return counts;
}
