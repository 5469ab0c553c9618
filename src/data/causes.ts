/**
 * Why a state left the CIS or stopped taking part: one cause per exit or halt, keyed by the
 * status change it explains (statusChanges.ts), with the crisis on the timeline behind it and the
 * sources that tie the two. The clause itself is a word, in the catalogue (`m.causes[change]`), so
 * a state page can say "withdrew on 18 Aug 2009, after the Russia–Georgia war of August 2008".
 */
import type { EventId } from './events';
import type { SourceId } from './types';

export interface StatusCause {
  /** The status change the cause explains. */
  readonly change: string;
  /** The timeline's crises behind it. */
  readonly events: readonly EventId[];
  readonly sourceIds: readonly SourceId[];
}

const CAUSE_RECORDS = [
  {
    change: 'ge-withdrawn-2009',
    events: ['russia-georgia-war-2008'],
    sourceIds: ['X3', 'H10', 'H12'],
  },
  {
    change: 'ua-ceased-participation-2018',
    events: ['crimea-annexation-2014', 'donbas-war-2014'],
    sourceIds: ['X4', 'X5', 'X6', 'U1', 'U5'],
  },
  {
    change: 'md-member-halted-2022',
    events: ['russia-invades-ukraine-2022'],
    sourceIds: ['X8', 'M2', 'M3'],
  },
] as const satisfies readonly StatusCause[];

/** The id of a status change that has a cause; its clause, per language, is keyed by it. */
export type CauseChangeId = (typeof CAUSE_RECORDS)[number]['change'];

export const STATUS_CAUSES: readonly StatusCause[] = CAUSE_RECORDS;

/** The cause of a status change, if the page gives one. */
export const causeOf = (changeId: string): StatusCause | undefined =>
  STATUS_CAUSES.find((cause) => cause.change === changeId);
