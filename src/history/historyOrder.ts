import { COUNTRY_CODES, STATUSES } from '../data/types';
import type { CountryCode, Status, StatusChange } from '../data/types';
import { statusPeriods } from '../model/status';

/**
 * The order the chart's groups read in, by each state's status on 22 Dec 2025: from the most in
 * to the most out (members, the associate, the halted, the ceased, the withdrawn, those that
 * never joined), so the story of forming, growing and fraying reads down the rows. Any other
 * final status follows in the status table's order.
 */
const GROUPS: readonly Status[] = [
  'member',
  'associate',
  'member-halted',
  'ceased-participation',
  'withdrawn',
  'never-joined',
];
const RANK = new Map(
  [...GROUPS, ...STATUSES.filter((s) => !GROUPS.includes(s))].map((s, i) => [s, i]),
);

/** One row of the chart: a state and the group it is shown in (its latest status). */
export interface HistoryRowKey {
  readonly code: CountryCode;
  readonly group: Status;
}

/**
 * The chart's rows: by group, then within it in `order`, the page's alphabetical order of names
 * (the catalogue's `countryOrder`, the one order of the table and the map's keys too).
 */
export function historyOrder(
  changes: readonly StatusChange[],
  order: readonly CountryCode[],
): HistoryRowKey[] {
  return COUNTRY_CODES.map((code) => ({
    code,
    group: statusPeriods(changes, code).at(-1)?.status ?? 'not-yet-joined',
  })).sort(
    (a, b) =>
      (RANK.get(a.group) ?? 0) - (RANK.get(b.group) ?? 0) ||
      order.indexOf(a.code) - order.indexOf(b.code),
  );
}
