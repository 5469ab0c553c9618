import { describe, expect, it } from 'vitest';
import type { EventCategory, TimelineEvent } from '../../../src/data/types';
import { startOf } from '../../../src/model/dates';
import {
  TIMELINE_END,
  TIMELINE_START,
  adjacentEvent,
  clampDay,
  nextStop,
  previousStop,
  shiftYears,
  sortedEvents,
  timelineStops,
} from '../../../src/model/timeline';
import { TINY_CHANGES, TINY_EVENTS } from '../../fixtures/tinyDataset';

/** A minimal event for the ordering tests. */
function event(id: string, date: string, category: EventCategory = 'summits'): TimelineEvent {
  return {
    id,
    date,
    countries: [],
    category,
    sourceIds: ['F1'],
    certainty: 'confirmed',
  };
}

const ids = (events: readonly TimelineEvent[]) => events.map((e) => e.id);

describe('timelineStops', () => {
  const stops = timelineStops(TINY_CHANGES, TINY_EVENTS);

  it('is sorted, unique and inside the span', () => {
    expect(stops).toEqual([...new Set(stops)].sort());
    for (const stop of stops) {
      expect(stop >= TIMELINE_START && stop <= TIMELINE_END).toBe(true);
    }
  });

  it('places partial dates at the first day of their period', () => {
    expect(stops).toEqual([
      '1991-12-08',
      '1991-12-21',
      '1993-12-01',
      '1993-12-03',
      '1994-04-19',
      '1994-06-27',
      '2005-08-26',
      '2009-08-18',
      '2022-01-01',
    ]);
  });

  it('drops days outside the span', () => {
    const outside = [event('before', '1991-12-07'), event('after', '2026'), event('in', '2000')];
    expect(timelineStops([], outside)).toEqual(['2000-01-01']);
  });
});

describe('nextStop and previousStop', () => {
  const stops = ['1991-12-08', '1993-12-01', '2009-08-18'];

  it.each([
    ['1991-12-01', '1991-12-08', undefined],
    ['1991-12-08', '1993-12-01', undefined],
    ['1992-06-01', '1993-12-01', '1991-12-08'],
    ['1993-12-01', '2009-08-18', '1991-12-08'],
    ['2000-01-01', '2009-08-18', '1993-12-01'],
    ['2009-08-18', undefined, '1993-12-01'],
    ['2025-12-22', undefined, '2009-08-18'],
  ])('from %s: next %s, previous %s', (day, next, previous) => {
    expect(nextStop(stops, day)).toBe(next);
    expect(previousStop(stops, day)).toBe(previous);
  });

  it('finds nothing among no stops', () => {
    expect(nextStop([], '2000-01-01')).toBeUndefined();
    expect(previousStop([], '2000-01-01')).toBeUndefined();
  });
});

describe('sortedEvents', () => {
  it('orders partial dates by first day, coarser first: 1993-12 before 1993-12-03', () => {
    expect(ids(sortedEvents(TINY_EVENTS))).toEqual([
      'georgia-joins',
      'georgia-ratifies',
      'kazan-summit',
      'georgia-leaves',
      'moldova-halts',
    ]);
  });

  it('keeps the written order of events on the same date', () => {
    const same = [event('b', '2000-05-05'), event('a', '2000-05-05'), event('c', '2000-05')];
    expect(ids(sortedEvents(same))).toEqual(['c', 'b', 'a']);
  });

  it('filters by category', () => {
    expect(ids(sortedEvents(TINY_EVENTS, new Set<EventCategory>(['membership'])))).toEqual([
      'georgia-joins',
      'georgia-leaves',
      'moldova-halts',
    ]);
    expect(ids(sortedEvents(TINY_EVENTS, new Set<EventCategory>(['summits', 'treaties'])))).toEqual(
      ['georgia-ratifies', 'kazan-summit'],
    );
    expect(sortedEvents(TINY_EVENTS, new Set<EventCategory>())).toEqual([]);
  });

  it('does not reorder the array it is given', () => {
    const before = ids(TINY_EVENTS);
    sortedEvents(TINY_EVENTS);
    expect(ids(TINY_EVENTS)).toEqual(before);
  });
});

describe('shiftYears', () => {
  it.each([
    ['2009-08-18', 1, '2010-08-18'],
    ['2009-08-18', -10, '1999-08-18'],
    ['2000-02-29', 4, '2004-02-29'],
    ['2000-02-29', 1, '2001-02-28'],
    ['2000-02-29', -1, '1999-02-28'],
    ['2024-06-01', 5, TIMELINE_END],
    ['2025-12-22', 1, TIMELINE_END],
    ['1992-01-01', -1, TIMELINE_START],
    ['1992-12-08', -1, TIMELINE_START],
    ['1992-12-09', -1, '1991-12-09'],
    ['2025-12-22', -1, '2024-12-22'],
    ['2010-05-05', 0, '2010-05-05'],
  ])('moves %s by %i years to %s', (day, years, expected) => {
    expect(shiftYears(day, years)).toBe(expected);
  });
});

describe('clampDay', () => {
  it.each([
    ['1900-01-01', TIMELINE_START],
    ['1991-12-07', TIMELINE_START],
    [TIMELINE_START, TIMELINE_START],
    ['2009-08-18', '2009-08-18'],
    [TIMELINE_END, TIMELINE_END],
    ['2025-12-23', TIMELINE_END],
    ['2100-01-01', TIMELINE_END],
  ])('clamps %s to %s', (day, expected) => {
    expect(clampDay(day)).toBe(expected);
  });

  it('spans the Belovezha Accords to the St Petersburg meeting', () => {
    expect([TIMELINE_START, TIMELINE_END]).toEqual(['1991-12-08', '2025-12-22']);
    expect(startOf(TIMELINE_START)).toBe(TIMELINE_START);
  });
});

describe('adjacentEvent', () => {
  const events = sortedEvents(TINY_EVENTS);

  it.each<[string | null, string, 1 | -1, string | undefined]>([
    // From the current event, whatever the day.
    ['georgia-joins', '2000-01-01', 1, 'georgia-ratifies'],
    ['georgia-ratifies', '2000-01-01', -1, 'georgia-joins'],
    ['kazan-summit', '1991-12-08', 1, 'georgia-leaves'],
    ['moldova-halts', '2025-12-22', 1, undefined],
    ['georgia-joins', '1991-12-08', -1, undefined],
    // Without a current event (or with an unknown one): by the day, strictly after or before.
    [null, '2000-01-01', 1, 'kazan-summit'],
    [null, '2000-01-01', -1, 'georgia-ratifies'],
    [null, '2009-08-18', 1, 'moldova-halts'],
    [null, '2009-08-18', -1, 'kazan-summit'],
    [null, '1993-12-02', 1, 'georgia-ratifies'],
    [null, '1993-12-02', -1, 'georgia-joins'],
    [null, '2025-12-22', 1, undefined],
    [null, '1991-12-08', -1, undefined],
    ['no-such-event', '2000-01-01', 1, 'kazan-summit'],
  ])('from %s on %s, direction %i, is %s', (current, day, direction, expected) => {
    expect(adjacentEvent(events, current, day, direction)?.id).toBe(expected);
  });
});
