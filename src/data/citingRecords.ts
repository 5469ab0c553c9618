/**
 * Every record the page shows that cites sources, in one list: the sources list on the page, the
 * sources download and the integrity test all read it, so a record cannot be cited on the page
 * without its sources being listed (the map's places were once left out of the list).
 */
import { STATUS_CAUSES } from './causes';
import { CHARTER } from './charter';
import { CONTESTED_POINTS } from './contested';
import { CORRECTIONS } from './corrections';
import { COUNTRIES, PLACES } from './countries';
import { EVENTS } from './events';
import { MEETING, MEETING_RECORDS } from './meeting';
import { QUOTES } from './quotes';
import { STATUS_CHANGES } from './statusChanges';
import { STATUS_INFO } from './statuses';
import type { SourceId } from './types';

/** A record that cites sources, with where it is, for reports ("place hermitage"). */
export interface CitingRecord {
  readonly where: string;
  readonly sourceIds: readonly SourceId[];
}

export const CITING_RECORDS: readonly CitingRecord[] = [
  ...STATUS_CHANGES.map((c) => ({ where: `change ${c.id}`, sourceIds: c.sourceIds })),
  ...EVENTS.map((e) => ({ where: `event ${e.id}`, sourceIds: e.sourceIds })),
  ...STATUS_CAUSES.map((c) => ({ where: `cause of ${c.change}`, sourceIds: c.sourceIds })),
  ...QUOTES.flatMap((q) => [
    { where: `quote ${q.id}`, sourceIds: q.sourceIds },
    ...q.notes.map((n) => ({ where: `quote ${q.id} note ${n.id}`, sourceIds: n.sourceIds })),
    ...(q.spoken ? [{ where: `quote ${q.id} as spoken`, sourceIds: q.spoken.sourceIds }] : []),
  ]),
  { where: 'the meeting', sourceIds: MEETING.sourceIds },
  ...MEETING_RECORDS.map((r) => ({ where: `meeting record ${r.country}`, sourceIds: r.sourceIds })),
  ...CONTESTED_POINTS.map((p) => ({ where: `contested point ${p.id}`, sourceIds: p.sourceIds })),
  ...COUNTRIES.map((c) => ({ where: `country ${c.code}`, sourceIds: c.sourceIds })),
  ...Object.entries(PLACES).map(([key, p]) => ({ where: `place ${key}`, sourceIds: p.sourceIds })),
  ...Object.entries(STATUS_INFO).map(([status, info]) => ({
    where: `status ${status}`,
    sourceIds: info.sourceIds,
  })),
  { where: 'the Charter', sourceIds: CHARTER.sourceIds },
  ...CORRECTIONS.map((c) => ({ where: `correction ${c.id}`, sourceIds: c.sourceIds })),
];
