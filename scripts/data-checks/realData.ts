/**
 * The real data as the checks see it, and every problem found in it: what `npm run check:data`
 * prints and the unit tests require to be empty. Loaded through Vite (import.meta.glob), never by
 * the app: nothing here reaches the browser's bundle.
 */
import { CITING_RECORDS } from '../../src/data/citingRecords';
import { CONTESTED_POINTS } from '../../src/data/contested';
import { CORRECTIONS } from '../../src/data/corrections';
import { COUNTRIES } from '../../src/data/countries';
import { EVENTS } from '../../src/data/events';
import { LAST_UPDATED } from '../../src/data/lastUpdated';
import { MEETING, MEETING_RECORDS } from '../../src/data/meeting';
import { PUBLISHERS } from '../../src/data/publishers';
import { QUOTES } from '../../src/data/quotes';
import { SOURCES } from '../../src/data/sources';
import { STATUS_CHANGES } from '../../src/data/statusChanges';
import { STATUS_INFO } from '../../src/data/statuses';
import { ATTENDANCE, COUNTRY_CODES, STATUSES } from '../../src/data/types';
import { EN } from '../../src/i18n/en';
import { ATTENDANCE_COLORS, STATUS_COLORS } from '../../src/map/colour/palette';
import { comparePartialDates, isPartialDate } from '../../src/model/dates';
import { TIMELINE_END, TIMELINE_START } from '../../src/model/timeline';
import { badDates, changesWithoutDateKind, missingHistories } from './dateChecks';
import { publisherMismatches } from './sourceChecks';
import { duplicates, incompleteTables, notUrlSafe } from './vocabularyChecks';
import { PAGE_DAY } from './dataset';
import type { Dataset } from './dataset';
import { integrityProblems } from './integrityProblems';

export const REAL: Dataset = {
  sources: SOURCES,
  contested: CONTESTED_POINTS,
  changes: STATUS_CHANGES,
  events: EVENTS,
  quotes: QUOTES,
  meetingRecords: MEETING_RECORDS,
  countries: COUNTRIES,
  cited: CITING_RECORDS,
  // Every module of src/data, so a record the list of citing records misses is found.
  everything: import.meta.glob('../../src/data/*.ts', { eager: true }),
  pageDayCited: [
    ...Object.entries(STATUS_INFO).map(([status, info]) => ({
      where: `status ${status}`,
      sourceIds: info.sourceIds,
    })),
    { where: 'the meeting', sourceIds: MEETING.sourceIds },
  ],
};

/** Each of the 15 states described once, and recorded once at the meeting. */
function missingOrRepeatedStates(): string[] {
  const once = (where: string, codes: readonly string[]) =>
    COUNTRY_CODES.flatMap((code) => {
      const n = codes.filter((c) => c === code).length;
      return n === 1 ? [] : [`${where}: ${code} appears ${n} times, not once`];
    });
  return [
    ...once(
      'countries.ts',
      COUNTRIES.map((c) => c.code),
    ),
    ...once(
      'meeting.ts',
      MEETING_RECORDS.map((r) => r.country),
    ),
  ];
}

/** Corrections: unique, URL-safe ids, valid dates, and LAST_UPDATED no earlier than the newest. */
function correctionProblems(): string[] {
  const ids = CORRECTIONS.map((c) => c.id);
  const dates = CORRECTIONS.map((c) => ({ where: `correction ${c.id}`, date: c.date }));
  return [
    ...duplicates('correction id', ids),
    ...notUrlSafe('correction', ids),
    ...badDates(dates, PAGE_DAY, '9999-12-31'),
    ...(isPartialDate(LAST_UPDATED) ? [] : [`LAST_UPDATED ${LAST_UPDATED} is not a valid date`]),
    ...CORRECTIONS.filter((c) => comparePartialDates(c.date, LAST_UPDATED) > 0).map(
      (c) => `correction ${c.id} of ${c.date} is newer than LAST_UPDATED (${LAST_UPDATED})`,
    ),
  ];
}

/** Every problem in the real data, in plain words; empty when it is sound. */
export function dataProblems(): string[] {
  const sourceDates = SOURCES.flatMap((s) =>
    s.date ? [{ where: `source ${s.id}`, date: s.date }] : [],
  );
  return [
    ...integrityProblems(REAL),
    ...badDates([{ where: 'the meeting', date: MEETING.date }], TIMELINE_START, TIMELINE_END),
    ...badDates(sourceDates, '0001-01-01', '9999-12-31'),
    ...missingHistories(STATUS_CHANGES),
    ...changesWithoutDateKind(STATUS_CHANGES),
    ...missingOrRepeatedStates(),
    ...incompleteTables(STATUSES, EN.m.statuses, STATUS_COLORS),
    ...incompleteTables(ATTENDANCE, EN.m.attendance, ATTENDANCE_COLORS),
    ...publisherMismatches(SOURCES, PUBLISHERS),
    ...correctionProblems(),
  ];
}
