/**
 * The integrity of the facts (architecture convention 2): every citation resolves, every doubt
 * names its contested point and every contested point is attached to a fact, every date is a
 * valid partial date inside the span, every id is unique, summits list who came, categories
 * follow the rule written in events.ts, records that describe one moment agree on its
 * certainty, no fact about the page's day rests on a source published after it, every source
 * cited anywhere in the data is in the page's sources list (the one list of citing records,
 * src/data/citingRecords.ts), and every source is cited by something. The checks
 * are small pure functions returning the problems found, so they are shown to fail on a
 * deliberately broken copy of the fixture as well as to pass on the real data.
 */
import { describe, expect, it } from 'vitest';
import { CITING_RECORDS } from '../../../src/data/citingRecords';
import { CONTESTED_POINTS } from '../../../src/data/contested';
import { COUNTRIES } from '../../../src/data/countries';
import { EVENTS } from '../../../src/data/events';
import { MEETING, MEETING_RECORDS } from '../../../src/data/meeting';
import { QUOTES } from '../../../src/data/quotes';
import { PUBLISHERS } from '../../../src/data/publishers';
import { SOURCES } from '../../../src/data/sources';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { STATUS_INFO } from '../../../src/data/statuses';
import { EN } from '../../../src/i18n/en';
import { eventWords } from '../../../src/i18n/recordWords';
import type { EventWords } from '../../../src/i18n/words';
import { ATTENDANCE, COUNTRY_CODES, STATUSES } from '../../../src/data/types';
import type {
  Certainty,
  ContestedPoint,
  Country,
  MeetingRecord,
  Quote,
  Source,
  SourceId,
  StatusChange,
  TimelineEvent,
} from '../../../src/data/types';
import { CORRECTIONS } from '../../../src/data/corrections';
import { LAST_UPDATED } from '../../../src/data/lastUpdated';
import { comparePartialDates, endOf, isPartialDate, startOf } from '../../../src/model/dates';
import { inEffect, statusesAt } from '../../../src/model/status';
import { TIMELINE_END, TIMELINE_START } from '../../../src/model/timeline';
import { ATTENDANCE_COLORS, STATUS_COLORS } from '../../../src/map/palette';
import { TINY_DATASET } from '../../fixtures/tinyDataset';

// ---------------------------------------------------------------------------------------------
// The checks: each takes records labelled with where they come from and returns the problems.

/** A record that cites sources, labelled for the report. */
interface Cited {
  readonly where: string;
  readonly sourceIds: readonly SourceId[];
}

/** A record that may carry doubt. */
interface Doubtful {
  readonly where: string;
  readonly certainty?: Certainty;
  readonly contested?: string;
}

/** A date written somewhere in the data. */
interface Dated {
  readonly where: string;
  readonly date: string;
}

/** Everything the checks look at; the real data and the fixture both fit it. */
interface Dataset {
  readonly sources: readonly Source[];
  readonly contested: readonly ContestedPoint[];
  readonly changes: readonly StatusChange[];
  readonly events: readonly TimelineEvent[];
  readonly quotes: readonly Quote[];
  readonly meetingRecords?: readonly MeetingRecord[];
  readonly countries?: readonly Country[];
  /** Further citing records (status table, places, the meeting). */
  readonly otherCited?: readonly Cited[];
  /** The page's one list of citing records; without it, gathered from the parts above. */
  readonly cited?: readonly Cited[];
  /** Everything in the data, searched for `sourceIds` wherever they are; the dataset itself unless given. */
  readonly everything?: unknown;
  /** Records describing the state of things on the page's day (status table, the meeting). */
  readonly pageDayCited?: readonly Cited[];
  /** The events' words, where the rules read them; the English catalogue's unless given. */
  readonly eventWords?: Readonly<Record<string, EventWords>>;
}

/** An event's English words, from the dataset's own where it has them. */
function wordsOf(d: { readonly eventWords?: Readonly<Record<string, EventWords>> }, id: string) {
  return d.eventWords?.[id] ?? eventWords(EN.m, id);
}

/** The page's day: the St Petersburg meeting, the last day of the span. */
const PAGE_DAY = TIMELINE_END;

/** Cited ids that name no source. */
function danglingSourceIds(records: readonly Cited[], sources: readonly Source[]): string[] {
  const known = new Set(sources.map((source) => source.id));
  return records.flatMap((record) =>
    record.sourceIds
      .filter((id) => !known.has(id))
      .map((id) => `${record.where}: unknown source id ${id}`),
  );
}

/** Every `sourceIds` list anywhere inside a value (records, tables, modules), with its path. */
function sourceIdLists(value: unknown, path = 'data', seen = new Set<object>()): Cited[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'sourceIds' && Array.isArray(child)
      ? [{ where: path, sourceIds: child as SourceId[] }]
      : sourceIdLists(child, `${path}.${key}`, seen),
  );
}

/**
 * Sources cited somewhere in the data that the page's sources list leaves out: a record that
 * cites sources but is missing from the list of citing records (the map's places once were).
 */
function unlistedSources(found: readonly Cited[], listed: readonly Cited[]): string[] {
  const ids = new Set(listed.flatMap((record) => record.sourceIds));
  return found.flatMap((record) =>
    record.sourceIds
      .filter((id) => !ids.has(id))
      .map((id) => `${record.where}: cites ${id}, which the sources list leaves out`),
  );
}

/** Sources no record cites: the page would list them for nothing, or not at all. */
function uncitedSources(records: readonly Cited[], sources: readonly Source[]): string[] {
  const cited = new Set(records.flatMap((record) => record.sourceIds));
  return sources.filter((s) => !cited.has(s.id)).map((s) => `source ${s.id} is cited by nothing`);
}

/** Records that cite nothing. */
function emptySourceLists(records: readonly Cited[]): string[] {
  return records
    .filter((record) => record.sourceIds.length === 0)
    .map((record) => `${record.where}: no sources`);
}

/** 'contested' without a contested point, or a contested id that names no point. */
function badContestedRefs(
  records: readonly Doubtful[],
  points: readonly ContestedPoint[],
): string[] {
  const known = new Set<string>(points.map((point) => point.id));
  return records.flatMap((record) => {
    if (record.certainty === 'contested' && record.contested === undefined)
      return [`${record.where}: contested without a contested point`];
    if (record.contested !== undefined && !known.has(record.contested))
      return [`${record.where}: unknown contested point ${record.contested}`];
    return [];
  });
}

/** Records whose `contested` and `certainty` disagree: one is set without the other. */
function contestedWithoutCertainty(
  records: readonly (Doubtful & { readonly certainty: Certainty })[],
): string[] {
  return records.flatMap((record) => {
    if (record.contested !== undefined && record.certainty !== 'contested')
      return [`${record.where}: names ${record.contested} but is ${record.certainty}`];
    return [];
  });
}

/** Contested points that no fact names: the page would never show them. */
function orphanContestedPoints(
  records: readonly Doubtful[],
  points: readonly ContestedPoint[],
): string[] {
  const named = new Set(records.map((record) => record.contested));
  return points
    .filter((point) => !named.has(point.id))
    .map((point) => `contested point ${point.id} is attached to no fact`);
}

/** Records about the state of things on the page's day, in a dataset. */
function pageDayRecords(d: Dataset): Cited[] {
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

/**
 * Facts about the page's day that cite a source published after it: a later source (Moldova's
 * announcements of January 2026, say) cannot be the basis of what held on that day.
 */
function laterSources(records: readonly Cited[], sources: readonly Source[]): string[] {
  const later = new Set(
    sources.filter((s) => s.date && startOf(s.date) > PAGE_DAY).map((s) => s.id),
  );
  return records.flatMap((record) =>
    record.sourceIds
      .filter((id) => later.has(id))
      .map((id) => `${record.where}: cites ${id}, published after ${PAGE_DAY}`),
  );
}

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Meetings of leaders that do not list who came: a summit names at least two states (host
 * included) or none at all, and where its summary counts the leaders, it lists that many.
 */
function summitsWithoutAttendees(
  events: readonly TimelineEvent[],
  words: (id: string) => EventWords = (id) => eventWords(EN.m, id),
): string[] {
  return events
    .filter((e) => e.category === 'summits')
    .flatMap((e) => {
      if (e.countries.length === 1)
        return [`event ${e.id}: a summit listing one state (${e.countries[0]})`];
      const counted = /\b(two|three|four|five|six|seven|eight|nine|ten) leaders\b/i.exec(
        words(e.id).summary,
      );
      const count = counted?.[1] ? NUMBER_WORDS.indexOf(counted[1].toLowerCase()) + 2 : null;
      if (count !== null && count !== e.countries.length)
        return [`event ${e.id}: says ${count} leaders but lists ${e.countries.length} states`];
      return [];
    });
}

/** An event whose dates parse (badDates reports the others). */
function wellDated(e: TimelineEvent): boolean {
  return isPartialDate(e.date) && (e.endDate === undefined || isPartialDate(e.endDate));
}

/** Does a change (as recorded, or as it takes effect) fall within the event's period? */
function changeWithin(change: StatusChange, event: TimelineEvent): boolean {
  const first = startOf(event.date);
  const last = endOf(event.endDate ?? event.date);
  return [change.from, inEffect(change).from].some(
    (from) => startOf(from) <= last && endOf(from) >= first,
  );
}

/**
 * Events filed against the rule written at the top of events.ts: founding events fall in
 * Dec 1991; an announced withdrawal is a crisis; a membership event names its states; a crisis
 * did not change a named state's status, so no status change of one falls in its period.
 */
function miscategorisedEvents(
  events: readonly TimelineEvent[],
  changes: readonly StatusChange[],
  words: (id: string) => EventWords = (id) => eventWords(EN.m, id),
): string[] {
  return events.filter(wellDated).flatMap((e) => {
    const problems: string[] = [];
    if (e.category === 'founding' && !startOf(e.date).startsWith('1991-12'))
      problems.push(`event ${e.id}: founding, but not in Dec 1991`);
    if (
      /announce[sd]?\b[^.]*\bwithdraw/i.test(`${words(e.id).title}. ${words(e.id).summary}`) &&
      e.category !== 'crises'
    )
      problems.push(`event ${e.id}: announces a withdrawal, so it belongs under crises`);
    if (e.category === 'membership' && e.countries.length === 0)
      problems.push(`event ${e.id}: membership, but names no state`);
    if (e.category === 'crises') {
      const changed = changes.filter((c) => e.countries.includes(c.country) && changeWithin(c, e));
      for (const c of changed)
        problems.push(
          `event ${e.id}: a crisis, but ${c.country}'s status changes then (${c.from})`,
        );
    }
    return problems;
  });
}

/**
 * A status change and a founding or membership event of the same state on the same date tell of
 * one moment: their certainty and contested point must agree (Georgia's withdrawal, say).
 */
function disagreeingRecords(
  changes: readonly StatusChange[],
  events: readonly TimelineEvent[],
): string[] {
  return changes.flatMap((c) =>
    events
      .filter(
        (e) =>
          (e.category === 'membership' || e.category === 'founding') &&
          e.date === c.from &&
          e.countries.includes(c.country),
      )
      .filter((e) => e.certainty !== c.certainty || e.contested !== c.contested)
      .map(
        (e) =>
          `change ${c.id} is ${c.certainty}${c.contested ? ` (${c.contested})` : ''} but event ${e.id} is ${e.certainty}${e.contested ? ` (${e.contested})` : ''}`,
      ),
  );
}

/** Per country, changes not written in strictly increasing comparePartialDates order. */
function unorderedHistories(changes: readonly StatusChange[]): string[] {
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
function badDates(dates: readonly Dated[], start: string, end: string): string[] {
  return dates.flatMap(({ where, date }) => {
    if (!isPartialDate(date)) return [`${where}: invalid date ${JSON.stringify(date)}`];
    const first = startOf(date);
    if (first < start || first > end) return [`${where}: date ${date} outside ${start}..${end}`];
    return [];
  });
}

/** Multi-day events that end before they start. */
function backwardRanges(events: readonly TimelineEvent[]): string[] {
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

/** Country codes outside the closed vocabulary. */
function unknownCountries(records: readonly { where: string; country: string }[]): string[] {
  const known = new Set<string>(COUNTRY_CODES);
  return records
    .filter((record) => !known.has(record.country))
    .map((record) => `${record.where}: unknown country ${record.country}`);
}

/** Values that occur more than once. */
function duplicates(kind: string, values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.flatMap((value) => {
    if (!seen.has(value)) {
      seen.add(value);
      return [];
    }
    return [`duplicate ${kind} ${value}`];
  });
}

/** Ids that cannot appear as they are in `?event=` / `?quote=` (the URL parser's pattern). */
function notUrlSafe(kind: string, values: readonly string[]): string[] {
  return values
    .filter((value) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) || value.length > 64)
    .map((value) => `${kind} id ${JSON.stringify(value)} is not URL-safe`);
}

/** Source URLs that are not absolute http(s) URLs. */
/** Sources without a citation name in publishers.ts, and names there for no source. */
function publisherMismatches(
  sources: readonly Source[],
  publishers: Readonly<Record<string, string>>,
): string[] {
  const ids = new Set(sources.map((source) => source.id));
  return [
    ...sources
      .filter((source) => source.publisher.trim() === '')
      .map((source) => `source ${source.id} has no publisher in publishers.ts`),
    ...Object.keys(publishers)
      .filter((id) => !ids.has(id))
      .map((id) => `publishers.ts names ${id}, which sources.ts does not define`),
  ];
}

function badUrls(sources: readonly Source[]): string[] {
  return sources.flatMap((source) => {
    try {
      const url = new URL(source.url);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !/\s/.test(source.url))
        return [];
    } catch {
      // reported below
    }
    return [`source ${source.id}: bad URL ${JSON.stringify(source.url)}`];
  });
}

/** The countries of the vocabulary that have no status history. */
function missingHistories(changes: readonly StatusChange[]): string[] {
  const present = new Set<string>(changes.map((change) => change.country));
  return COUNTRY_CODES.filter((code) => !present.has(code)).map((code) => `${code}: no history`);
}

/** Keys of a vocabulary without a non-empty label/definition or without a colour per scheme. */
function incompleteTables(
  keys: readonly string[],
  info: Readonly<Record<string, { readonly label: string; readonly definition: string }>>,
  colors: Readonly<Record<string, Readonly<Record<string, string>>>>,
): string[] {
  return keys.flatMap((key) => {
    const problems: string[] = [];
    const entry = info[key];
    if (!entry?.label.trim()) problems.push(`${key}: no label`);
    if (!entry?.definition.trim()) problems.push(`${key}: no definition`);
    for (const [scheme, palette] of Object.entries(colors)) {
      const color = palette[key];
      if (color === undefined || !/^#[0-9a-f]{6}$/i.test(color))
        problems.push(`${key}: no colour in the ${scheme} palette`);
    }
    return problems;
  });
}

// --- Gathering the records of a dataset ---

function citingRecords(d: Dataset): readonly Cited[] {
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

function doubtfulRecords(d: Dataset): Doubtful[] {
  return [
    ...d.changes.map((c) => ({ where: `change ${c.country} ${c.from}`, ...c })),
    ...d.events.map((e) => ({ where: `event ${e.id}`, ...e })),
    ...d.quotes.flatMap((q) =>
      q.notes.map((n, i) => ({ where: `quote ${q.id} note ${i + 1}`, ...n })),
    ),
  ];
}

function datedRecords(d: Dataset): Dated[] {
  return [
    ...d.changes.map((c) => ({ where: `change ${c.country}`, date: c.from })),
    ...d.events.flatMap((e) => [
      { where: `event ${e.id}`, date: e.date },
      ...(e.endDate === undefined ? [] : [{ where: `event ${e.id} end`, date: e.endDate }]),
    ]),
    ...d.quotes.map((q) => ({ where: `quote ${q.id}`, date: q.date })),
  ];
}

function countryRecords(d: Dataset): { where: string; country: string }[] {
  return [
    ...d.changes.map((c) => ({ where: `change ${c.from}`, country: c.country })),
    ...d.events.flatMap((e) => e.countries.map((country) => ({ where: `event ${e.id}`, country }))),
    ...(d.meetingRecords ?? []).map((r) => ({ where: 'meeting record', country: r.country })),
    ...(d.countries ?? []).map((c) => ({ where: `country ${c.name}`, country: c.code })),
  ];
}

/** Every problem the checks find in a dataset; empty when it is sound. */
function integrityProblems(d: Dataset): string[] {
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

// ---------------------------------------------------------------------------------------------

const REAL: Dataset = {
  sources: SOURCES,
  contested: CONTESTED_POINTS,
  changes: STATUS_CHANGES,
  events: EVENTS,
  quotes: QUOTES,
  meetingRecords: MEETING_RECORDS,
  countries: COUNTRIES,
  cited: CITING_RECORDS,
  // Every module of src/data, so a record the list of citing records misses is found.
  everything: import.meta.glob('../../../src/data/*.ts', { eager: true }),
  pageDayCited: [
    ...Object.entries(STATUS_INFO).map(([status, info]) => ({
      where: `status ${status}`,
      sourceIds: info.sourceIds,
    })),
    { where: 'the meeting', sourceIds: MEETING.sourceIds },
  ],
};

describe('the real data', () => {
  it('cites no unknown source id anywhere', () => {
    expect(danglingSourceIds(citingRecords(REAL), SOURCES)).toEqual([]);
  });

  it('has non-empty sources on every record', () => {
    expect(emptySourceLists(citingRecords(REAL))).toEqual([]);
  });

  it('lists every source cited anywhere in the data (the map’s places included)', () => {
    const found = sourceIdLists(REAL.everything);
    expect(found.some((record) => /PLACES\.hermitage/.test(record.where))).toBe(true);
    expect(unlistedSources(found, CITING_RECORDS)).toEqual([]);
  });

  it('cites every source by something', () => {
    expect(uncitedSources(CITING_RECORDS, SOURCES)).toEqual([]);
  });

  it('names an existing contested point for every contested record', () => {
    expect(badContestedRefs(doubtfulRecords(REAL), CONTESTED_POINTS)).toEqual([]);
  });

  it('writes each country’s history in strictly increasing date order', () => {
    expect(unorderedHistories(STATUS_CHANGES)).toEqual([]);
  });

  it('uses only valid partial dates inside 1991-12-08..2025-12-22', () => {
    const dates = [...datedRecords(REAL), { where: 'the meeting', date: MEETING.date }];
    expect(badDates(dates, TIMELINE_START, TIMELINE_END)).toEqual([]);
    expect(backwardRanges(EVENTS)).toEqual([]);
  });

  it('gives sources valid publication dates', () => {
    const dates = SOURCES.flatMap((s) =>
      s.date ? [{ where: `source ${s.id}`, date: s.date }] : [],
    );
    expect(badDates(dates, '0001-01-01', '9999-12-31')).toEqual([]);
  });

  it('uses only known country codes', () => {
    expect(unknownCountries(countryRecords(REAL))).toEqual([]);
  });

  it('has a status history for each of the 15 states', () => {
    expect(missingHistories(STATUS_CHANGES)).toEqual([]);
  });

  it('describes each of the 15 states once, and records each once at the meeting', () => {
    expect(COUNTRIES.map((c) => c.code).sort()).toEqual([...COUNTRY_CODES].sort());
    expect(MEETING_RECORDS.map((r) => r.country).sort()).toEqual([...COUNTRY_CODES].sort());
  });

  it('gives every status a label, a definition and a colour in both palettes', () => {
    expect(incompleteTables(STATUSES, EN.m.statuses, STATUS_COLORS)).toEqual([]);
  });

  it('gives every attendance a label, a definition and a colour in both palettes', () => {
    expect(incompleteTables(ATTENDANCE, EN.m.attendance, ATTENDANCE_COLORS)).toEqual([]);
  });

  it('has unique, URL-safe event ids', () => {
    const ids = EVENTS.map((e) => e.id);
    expect(duplicates('event id', ids)).toEqual([]);
    expect(notUrlSafe('event', ids)).toEqual([]);
  });

  it('has unique, URL-safe quote ids', () => {
    const ids = QUOTES.map((q) => q.id);
    expect(duplicates('quote id', ids)).toEqual([]);
    expect(notUrlSafe('quote', ids)).toEqual([]);
  });

  it('has unique source ids with http(s) URLs', () => {
    expect(
      duplicates(
        'source id',
        SOURCES.map((s) => s.id),
      ),
    ).toEqual([]);
    expect(badUrls(SOURCES)).toEqual([]);
  });

  it('names every source for its citations, and only those sources', () => {
    expect(publisherMismatches(SOURCES, PUBLISHERS)).toEqual([]);
  });

  it('reports a source without a publisher and a publisher without a source', () => {
    const sources: Source[] = [
      { id: 'A', title: 'A', publisher: 'Agency', url: 'https://a.example/' },
      { id: 'B', title: 'B', publisher: '', url: 'https://b.example/' },
    ];
    expect(publisherMismatches(sources, { A: 'Agency', Z: 'Nobody' })).toEqual([
      'source B has no publisher in publishers.ts',
      'publishers.ts names Z, which sources.ts does not define',
    ]);
  });

  it('has unique contested points', () => {
    expect(
      duplicates(
        'contested point',
        CONTESTED_POINTS.map((p) => p.id),
      ),
    ).toEqual([]);
  });

  it('sets `contested` exactly when certainty is contested', () => {
    expect(
      contestedWithoutCertainty([
        ...STATUS_CHANGES.map((c) => ({ where: `change ${c.id}`, ...c })),
        ...EVENTS.map((e) => ({ where: `event ${e.id}`, ...e })),
      ]),
    ).toEqual([]);
    expect(badContestedRefs(doubtfulRecords(REAL), CONTESTED_POINTS)).toEqual([]);
  });

  it('attaches every contested point to at least one fact', () => {
    expect(orphanContestedPoints(doubtfulRecords(REAL), CONTESTED_POINTS)).toEqual([]);
  });

  it('rests no fact about 22 Dec 2025 on a source published after that day', () => {
    expect(laterSources(pageDayRecords(REAL), SOURCES)).toEqual([]);
  });

  it('lists who came to every summit, or no one where the sources do not say', () => {
    expect(summitsWithoutAttendees(EVENTS)).toEqual([]);
  });

  it('files every event by the rule written at the top of events.ts', () => {
    expect(miscategorisedEvents(EVENTS, STATUS_CHANGES)).toEqual([]);
  });

  it('gives a status change and the event of the same moment the same certainty', () => {
    expect(disagreeingRecords(STATUS_CHANGES, EVENTS)).toEqual([]);
  });

  it('has unique, URL-safe status change ids', () => {
    const ids = STATUS_CHANGES.map((c) => c.id);
    expect(duplicates('status change id', ids)).toEqual([]);
    expect(notUrlSafe('status change', ids)).toEqual([]);
  });

  it('has unique correction ids, valid dates, and LAST_UPDATED no earlier than the newest', () => {
    expect(
      duplicates(
        'correction id',
        CORRECTIONS.map((c) => c.id),
      ),
    ).toEqual([]);
    expect(
      notUrlSafe(
        'correction',
        CORRECTIONS.map((c) => c.id),
      ),
    ).toEqual([]);
    const dates = CORRECTIONS.map((c) => ({ where: `correction ${c.id}`, date: c.date }));
    expect(badDates(dates, PAGE_DAY, '9999-12-31')).toEqual([]);
    for (const c of CORRECTIONS)
      expect(comparePartialDates(c.date, LAST_UPDATED)).toBeLessThanOrEqual(0);
    expect(isPartialDate(LAST_UPDATED)).toBe(true);
  });

  it('passes every check at once', () => {
    expect(integrityProblems(REAL)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('find nothing wrong with the tiny fixture', () => {
    expect(integrityProblems(TINY_DATASET)).toEqual([]);
  });

  type Mutable<T> = { -readonly [K in keyof T]: T[K] };
  const broken = (edit: (d: Mutable<Dataset>) => void): Dataset => {
    const copy: Mutable<Dataset> = structuredClone({ ...TINY_DATASET });
    edit(copy);
    return copy;
  };
  const [change0, change1, change2] = TINY_DATASET.changes as [
    StatusChange,
    StatusChange,
    StatusChange,
  ];
  const [event0] = TINY_DATASET.events as [TimelineEvent];
  const [quote0] = TINY_DATASET.quotes as [Quote];
  const [source0] = TINY_DATASET.sources as [Source];

  it.each<[string, (d: Mutable<Dataset>) => void, RegExp]>([
    [
      'a dangling source id in a change',
      (d) => (d.changes = [{ ...change0, sourceIds: ['F1', 'ZZ9'] }, ...d.changes.slice(1)]),
      /change GE 1991-12-08: unknown source id ZZ9/,
    ],
    [
      'a dangling source id in a quote note',
      (d) => (d.quotes = [{ ...quote0, notes: [{ id: 'translation', sourceIds: ['NOPE'] }] }]),
      /quote tiny-quote note 1: unknown source id NOPE/,
    ],
    [
      'a record citing a source that the list of citing records leaves out',
      (d) => {
        d.sources = [...d.sources, { ...source0, id: 'F4' }];
        d.everything = { ...d, places: { hermitage: { sourceIds: ['F4'] } } };
      },
      /data\.places\.hermitage: cites F4, which the sources list leaves out/,
    ],
    [
      'a source cited by nothing',
      (d) => (d.sources = [...d.sources, { ...source0, id: 'F5', url: 'https://example.org/5' }]),
      /source F5 is cited by nothing/,
    ],
    [
      'an event without sources',
      (d) => (d.events = [{ ...event0, sourceIds: [] }, ...d.events.slice(1)]),
      /event georgia-leaves: no sources/,
    ],
    [
      'a contested change without its point',
      (d) => (d.changes = [{ ...change0, certainty: 'contested' }, ...d.changes.slice(1)]),
      /contested without a contested point/,
    ],
    ['a contested id that names no point', (d) => (d.contested = []), /unknown contested point C9/],
    [
      'a history written out of order',
      (d) => (d.changes = [change0, change2, change1, ...d.changes.slice(3)]),
      /GE: 1993-12 does not come after 1994-04-19/,
    ],
    [
      'two changes of a country on the same date',
      (d) => (d.changes = [change0, { ...change1, from: change0.from }, ...d.changes.slice(2)]),
      /GE: 1991-12-08 does not come after 1991-12-08/,
    ],
    [
      'an impossible date',
      (d) => (d.events = [{ ...event0, date: '2023-02-30' }, ...d.events.slice(1)]),
      /invalid date "2023-02-30"/,
    ],
    [
      'a date before the span',
      (d) => (d.changes = [{ ...change0, from: '1990' }, ...d.changes.slice(1)]),
      /date 1990 outside/,
    ],
    [
      'a date after the span',
      (d) => (d.quotes = [{ ...quote0, date: '2026-01-01' }]),
      /quote tiny-quote: date 2026-01-01 outside/,
    ],
    [
      'an event that ends before it starts',
      (d) => (d.events = [{ ...event0, endDate: '2009-08-01' }, ...d.events.slice(1)]),
      /ends \(2009-08-01\) before it starts/,
    ],
    [
      'an unknown country code',
      (d) =>
        (d.changes = [
          ...d.changes,
          { ...change0, country: 'XX' as StatusChange['country'], from: '2000' },
        ]),
      /unknown country XX/,
    ],
    [
      'a duplicate event id',
      (d) => (d.events = [...d.events, { ...event0, date: '2010' }]),
      /duplicate event id georgia-leaves/,
    ],
    [
      'an event id that is not URL-safe',
      (d) => (d.events = [...d.events, { ...event0, id: 'Georgia Leaves' }]),
      /event id "Georgia Leaves" is not URL-safe/,
    ],
    ['a duplicate quote id', (d) => (d.quotes = [quote0, quote0]), /duplicate quote id tiny-quote/],
    [
      'a duplicate source id',
      (d) => (d.sources = [...d.sources, { ...source0, url: 'https://example.org/2' }]),
      /duplicate source id F1/,
    ],
    [
      'a javascript: source URL',
      (d) => (d.sources = [{ ...source0, url: 'javascript:alert(1)' }, ...d.sources.slice(1)]),
      /source F1: bad URL/,
    ],
    [
      'a relative source URL',
      (d) => (d.sources = [{ ...source0, url: '/georgia' }, ...d.sources.slice(1)]),
      /source F1: bad URL/,
    ],
    [
      'a contested point named by a change that is only single-source',
      (d) =>
        (d.changes = [
          { ...change0, certainty: 'single-source', contested: 'C9' },
          ...d.changes.slice(1),
        ]),
      /change ge-not-yet-joined-1991: names C9 but is single-source/,
    ],
    [
      'a contested point attached to no fact',
      (d) => (d.contested = [...d.contested, { ...d.contested[0]!, id: 'C42' }]),
      /contested point C42 is attached to no fact/,
    ],
    [
      'a quote about the meeting citing a source published after it',
      (d) => {
        d.sources = [...d.sources, { ...source0, id: 'F4', date: '2026-01' }];
        d.quotes = [{ ...quote0, sourceIds: ['F2', 'F4'] }];
      },
      /quote tiny-quote: cites F4, published after 2025-12-22/,
    ],
    [
      'a status in force on the page’s day resting on a later source',
      (d) => {
        d.sources = [...d.sources, { ...source0, id: 'F4', date: '2026' }];
        d.changes = d.changes.map((c) =>
          c.id === 'md-member-halted-2022' ? { ...c, sourceIds: ['F4'] } : c,
        );
      },
      /change md-member-halted-2022 \(in force on 2025-12-22\): cites F4/,
    ],
    [
      'a summit listing only its host',
      (d) =>
        (d.events = d.events.map((e) =>
          e.id === 'kazan-summit' ? { ...e, countries: ['RU'] } : e,
        )),
      /event kazan-summit: a summit listing one state \(RU\)/,
    ],
    [
      'a summit counting more leaders than it lists',
      (d) =>
        (d.eventWords = {
          'kazan-summit': { title: 'Kazan', summary: 'Nine leaders meet in Kazan.' },
        }),
      /event kazan-summit: says 9 leaders but lists 2 states/,
    ],
    [
      'an announced withdrawal filed under membership',
      (d) => (
        (d.events = [...d.events, { ...event0, id: 'georgia-announces', date: '2008-08-12' }]),
        (d.eventWords = {
          'georgia-announces': { title: 'Georgia announces its withdrawal', summary: '' },
        })
      ),
      /event georgia-announces: announces a withdrawal, so it belongs under crises/,
    ],
    [
      'a crisis on the day a named state’s status changes',
      (d) =>
        (d.events = d.events.map((e) =>
          e.id === 'georgia-leaves' ? { ...e, category: 'crises' } : e,
        )),
      /event georgia-leaves: a crisis, but GE's status changes then/,
    ],
    [
      'a founding event outside Dec 1991',
      (d) =>
        (d.events = d.events.map((e) =>
          e.id === 'georgia-ratifies' ? { ...e, category: 'founding' } : e,
        )),
      /event georgia-ratifies: founding, but not in Dec 1991/,
    ],
    [
      'a status change and its event disagreeing on certainty',
      (d) =>
        (d.events = d.events.map((e) =>
          e.id === 'georgia-leaves' ? { ...e, certainty: 'contested', contested: 'C9' } : e,
        )),
      /change ge-withdrawn-2009 is confirmed but event georgia-leaves is contested \(C9\)/,
    ],
    [
      'a duplicate status change id',
      (d) =>
        (d.changes = d.changes.map((c) =>
          c.id === 'ge-member-1994' ? { ...c, id: 'ge-not-yet-joined-1991' } : c,
        )),
      /duplicate status change id ge-not-yet-joined-1991/,
    ],
  ])('report %s', (_, edit, expected) => {
    const problems = integrityProblems(broken(edit));
    expect(
      problems.some((problem) => expected.test(problem)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('report the states without a history', () => {
    expect(missingHistories(TINY_DATASET.changes)).toHaveLength(12);
    expect(missingHistories(TINY_DATASET.changes)).toContain('KZ: no history');
  });

  it('report a status without a label, definition or colour', () => {
    const info = { ...EN.m.statuses, observer: { label: ' ', inline: '', definition: '' } };
    const colors = { ...STATUS_COLORS, dark: { ...STATUS_COLORS.dark, observer: 'blue' } };
    expect(incompleteTables(STATUSES, info, colors)).toEqual([
      'observer: no label',
      'observer: no definition',
      'observer: no colour in the dark palette',
    ]);
  });
});
