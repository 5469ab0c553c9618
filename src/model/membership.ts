import { COUNTRY_CODES } from '../data/types';
import type { CountryCode, Status } from '../data/types';
import { comparePartialDates } from './dates';
import type { CountryStatuses, StatusAtDate } from './status';

/** Who is in the CIS on one day, in the groups the summary names. */
export interface MembershipOn {
  /** Member states under the Charter: those taking part and those whose participation is halted. */
  readonly members: readonly CountryCode[];
  /** Member states taking part. */
  readonly takingPart: readonly CountryCode[];
  /** Member states that have halted their participation, earliest halt first. */
  readonly halted: readonly CountryCode[];
  /** Associate members. */
  readonly associates: readonly CountryCode[];
  /**
   * The states that took part once and no longer do (withdrawn, ceased participation, halted),
   * in the order they stopped.
   */
  readonly stopped: readonly CountryCode[];
}

const STOPPED: ReadonlySet<Status> = new Set([
  'withdrawn',
  'ceased-participation',
  'member-halted',
]);

/** The groups of `statuses` (statusesAt of one day), each in the order it is told. */
export function membershipOn(statuses: CountryStatuses): MembershipOn {
  const having = (...wanted: Status[]) =>
    COUNTRY_CODES.filter((code) => wanted.includes(statuses[code].status));
  const byChange = (codes: readonly CountryCode[]) =>
    [...codes].sort((a, b) => comparePartialDates(sinceOf(statuses[a]), sinceOf(statuses[b])));
  return {
    members: having('member', 'member-halted'),
    takingPart: having('member'),
    halted: byChange(having('member-halted')),
    associates: having('associate'),
    stopped: byChange(COUNTRY_CODES.filter((code) => STOPPED.has(statuses[code].status))),
  };
}

const sinceOf = (status: StatusAtDate) => status.change?.from ?? '';
