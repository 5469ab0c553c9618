/**
 * A dataset's records gathered for the checks, and every problem the checks find in it: what
 * `npm run check:data` reports for the real data, and what the unit tests break on purpose.
 */
import { endOf, startOf } from '../../src/model/dates';
import { statusesAt } from '../../src/model/status';
import { TIMELINE_END, TIMELINE_START } from '../../src/model/timeline';
import { backwardRanges, badDates, unorderedHistories } from './dateChecks';
import { badContestedRefs, contestedWithoutCertainty, orphanContestedPoints } from './doubtChecks';
import {
  disagreeingRecords,
  miscategorisedEvents,
  summitsWithoutAttendees,
  wellDated,
} from './eventChecks';
import {
  badUrls,
  danglingSourceIds,
  emptySourceLists,
  laterSources,
  sourceIdLists,
  thinlySourced,
  uncitedSources,
  unlistedSources,
  weakSources,
} from './sourceChecks';
import { duplicates, notUrlSafe, unknownCountries } from './vocabularyChecks';
import { PAGE_DAY, wordsOf } from './dataset';
import type { Cited, Dataset, Dated, Doubtful } from './dataset';

/** Records about the state of things on the page's day, in a dataset. */
export function pageDayRecords(d: Dataset): Cited[] {
  const inForce = Object.values(statusesAt(d.changes, PAGE_DAY)).flatMap((s) =>
    s.change ? [{ where: `change ${s.change.id} (in force on ${PAGE_DAY})`, ...s.change }] : [],
  );
  const eventsThatDay = d.events.filter(
    (e) => wellDated(e) && startOf(e.date) <= PAGE_DAY && endOf(e.endDate ?? e.date) >= PAGE_DAY,
  );
  return [
    ...inForce,
    ...eventsThatDay.map((e) => ({ where: `event ${e.id}`, sourceIds: e.sourceIds })),
    ...d.quotes.map((q) => ({ where: `quote ${q.id}`, sourceIds: q.sourceIds })),
    ...d.quotes.flatMap((q) =>
      q.notes.map((n, i) => ({ where: `quote ${q.id} note ${i + 1}`, sourceIds: n.sourceIds })),
    ),
    ...d.quotes.flatMap((q) =>
      q.spoken ? [{ where: `quote ${q.id} as spoken`, sourceIds: q.spoken.sourceIds }] : [],
    ),
    ...(d.meetingRecords ?? []).map((r) => ({
      where: `meeting record ${r.country}`,
      sourceIds: r.sourceIds,
    })),
    ...(d.pageDayCited ?? []),
  ];
}

// --- Gathering the records of a dataset ---

export function citingRecords(d: Dataset): readonly Cited[] {
  if (d.cited) return d.cited;
  return [
    ...d.changes.map((c) => ({ where: `change ${c.country} ${c.from}`, sourceIds: c.sourceIds })),
    ...d.events.map((e) => ({ where: `event ${e.id}`, sourceIds: e.sourceIds })),
    ...d.quotes.map((q) => ({ where: `quote ${q.id}`, sourceIds: q.sourceIds })),
    ...d.quotes.flatMap((q) =>
      q.notes.map((n, i) => ({ where: `quote ${q.id} note ${i + 1}`, sourceIds: n.sourceIds })),
    ),
    ...d.quotes.flatMap((q) =>
      q.spoken ? [{ where: `quote ${q.id} as spoken`, sourceIds: q.spoken.sourceIds }] : [],
    ),
    ...d.contested.map((p) => ({ where: `contested point ${p.id}`, sourceIds: p.sourceIds })),
    ...(d.meetingRecords ?? []).map((r) => ({
      where: `meeting record ${r.country}`,
      sourceIds: r.sourceIds,
    })),
    ...(d.countries ?? []).map((c) => ({ where: `country ${c.code}`, sourceIds: c.sourceIds })),
    ...(d.otherCited ?? []),
  ];
}

export function doubtfulRecords(d: Dataset): Doubtful[] {
  return [
    ...d.changes.map((c) => ({ where: `change ${c.country} ${c.from}`, ...c })),
    ...d.events.map((e) => ({ where: `event ${e.id}`, ...e })),
    ...d.quotes.flatMap((q) =>
      q.notes.map((n, i) => ({ where: `quote ${q.id} note ${i + 1}`, ...n })),
    ),
  ];
}

export function datedRecords(d: Dataset): Dated[] {
  return [
    ...d.changes.map((c) => ({ where: `change ${c.country}`, date: c.from })),
    ...d.events.flatMap((e) => [
      { where: `event ${e.id}`, date: e.date },
      ...(e.endDate === undefined ? [] : [{ where: `event ${e.id} end`, date: e.endDate }]),
    ]),
    ...d.quotes.map((q) => ({ where: `quote ${q.id}`, date: q.date })),
  ];
}

export function countryRecords(d: Dataset): { where: string; country: string }[] {
  return [
    ...d.changes.map((c) => ({ where: `change ${c.from}`, country: c.country })),
    ...d.events.flatMap((e) => e.countries.map((country) => ({ where: `event ${e.id}`, country }))),
    ...(d.meetingRecords ?? []).map((r) => ({ where: 'meeting record', country: r.country })),
    ...(d.countries ?? []).map((c) => ({ where: `country ${c.name}`, country: c.code })),
  ];
}

/** Every problem the checks find in a dataset; empty when it is sound. */
export function integrityProblems(d: Dataset): string[] {
  const cited = citingRecords(d);
  return [
    ...danglingSourceIds(cited, d.sources),
    ...emptySourceLists(cited),
    ...unlistedSources(sourceIdLists(d.everything ?? d), cited),
    ...uncitedSources(cited, d.sources),
    ...badContestedRefs(doubtfulRecords(d), d.contested),
    ...unorderedHistories(d.changes),
    ...badDates(datedRecords(d), TIMELINE_START, TIMELINE_END),
    ...backwardRanges(d.events),
    ...unknownCountries(countryRecords(d)),
    ...duplicates(
      'event id',
      d.events.map((e) => e.id),
    ),
    ...duplicates(
      'quote id',
      d.quotes.map((q) => q.id),
    ),
    ...duplicates(
      'source id',
      d.sources.map((s) => s.id),
    ),
    ...duplicates(
      'contested point',
      d.contested.map((p) => p.id),
    ),
    ...notUrlSafe(
      'event',
      d.events.map((e) => e.id),
    ),
    ...notUrlSafe(
      'quote',
      d.quotes.map((q) => q.id),
    ),
    ...badUrls(d.sources),
    ...weakSources(d.sources),
    ...thinlySourced(
      [
        ...d.changes.map((c) => ({ where: `change ${c.id}`, ...c })),
        ...d.events.map((e) => ({ where: `event ${e.id}`, ...e })),
      ],
      d.sources,
    ),
    ...contestedWithoutCertainty([
      ...d.changes.map((c) => ({ where: `change ${c.id}`, ...c })),
      ...d.events.map((e) => ({ where: `event ${e.id}`, ...e })),
    ]),
    ...orphanContestedPoints(doubtfulRecords(d), d.contested),
    ...laterSources(pageDayRecords(d), d.sources),
    ...summitsWithoutAttendees(d.events, (id) => wordsOf(d, id)),
    ...miscategorisedEvents(d.events, d.changes, (id) => wordsOf(d, id)),
    ...disagreeingRecords(d.changes, d.events),
    ...duplicates(
      'status change id',
      d.changes.map((c) => c.id),
    ),
    ...notUrlSafe(
      'status change',
      d.changes.map((c) => c.id),
    ),
  ];
}
