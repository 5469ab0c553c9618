/**
 * The integrity of the facts (architecture convention 2). The checks live beside the data's
 * tooling, in scripts/data-checks/, where `npm run check:data` runs them for data contributors;
 * here they are held to pass on the real data, one by one and all at once, and shown to fail on a
 * deliberately broken copy of the tiny fixture, each with the words it reports.
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
import { EN } from '../../../src/i18n/en';
import { ATTENDANCE, COUNTRY_CODES, STATUSES } from '../../../src/data/types';
import type { Quote, Source, StatusChange, TimelineEvent } from '../../../src/data/types';
import { CORRECTIONS } from '../../../src/data/corrections';
import { LAST_UPDATED } from '../../../src/data/lastUpdated';
import { comparePartialDates, isPartialDate } from '../../../src/model/dates';
import { TIMELINE_END, TIMELINE_START } from '../../../src/model/timeline';
import { ATTENDANCE_COLORS, STATUS_COLORS } from '../../../src/map/colour/palette';
import { TINY_DATASET } from '../../fixtures/tinyDataset';
import {
  backwardRanges,
  badDates,
  missingHistories,
  unorderedHistories,
} from '../../../scripts/data-checks/dateChecks';
import {
  badContestedRefs,
  contestedWithoutCertainty,
  orphanContestedPoints,
} from '../../../scripts/data-checks/doubtChecks';
import {
  disagreeingRecords,
  miscategorisedEvents,
  summitsWithoutAttendees,
} from '../../../scripts/data-checks/eventChecks';
import {
  badUrls,
  danglingSourceIds,
  emptySourceLists,
  laterSources,
  publisherMismatches,
  sourceIdLists,
  uncitedSources,
  unlistedSources,
} from '../../../scripts/data-checks/sourceChecks';
import {
  duplicates,
  incompleteTables,
  notUrlSafe,
  unknownCountries,
} from '../../../scripts/data-checks/vocabularyChecks';
import { PAGE_DAY } from '../../../scripts/data-checks/dataset';
import type { Dataset } from '../../../scripts/data-checks/dataset';
import {
  citingRecords,
  countryRecords,
  datedRecords,
  doubtfulRecords,
  integrityProblems,
  pageDayRecords,
} from '../../../scripts/data-checks/integrityProblems';
import { dataProblems, REAL } from '../../../scripts/data-checks/realData';

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

  it('passes every check npm run check:data runs', () => {
    expect(dataProblems()).toEqual([]);
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
