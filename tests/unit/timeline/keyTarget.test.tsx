import { describe, expect, it } from 'vitest';
import { EVENTS } from '../../../src/data/events';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { TIMELINE_END, TIMELINE_START, timelineStops } from '../../../src/model/timeline';
import { keyTarget } from '../../../src/timeline/keyTarget';

/** A few stops, so every expectation below can be read off this list. */
const STOPS = ['1991-12-08', '1993-12-01', '2008-08-12', '2009-08-18', '2022-01-01'] as const;

describe('keyTarget', () => {
  describe.each(['ArrowRight', 'ArrowUp'])('%s (forward)', (key) => {
    it('goes to the next stop from between two stops', () => {
      expect(keyTarget(key, '2000-06-15', STOPS)).toBe('2008-08-12');
    });

    it('goes to the next stop from a stop itself (never stays put)', () => {
      expect(keyTarget(key, '2008-08-12', STOPS)).toBe('2009-08-18');
    });

    it('goes from the first day to the second stop', () => {
      expect(keyTarget(key, TIMELINE_START, STOPS)).toBe('1993-12-01');
    });

    it('goes to the end of the timeline after the last stop', () => {
      expect(keyTarget(key, '2022-01-01', STOPS)).toBe(TIMELINE_END);
      expect(keyTarget(key, '2024-03-03', STOPS)).toBe(TIMELINE_END);
    });

    it('stays at the end of the timeline at the end', () => {
      expect(keyTarget(key, TIMELINE_END, STOPS)).toBe(TIMELINE_END);
    });
  });

  describe.each(['ArrowLeft', 'ArrowDown'])('%s (back)', (key) => {
    it('goes to the previous stop from between two stops', () => {
      expect(keyTarget(key, '2000-06-15', STOPS)).toBe('1993-12-01');
    });

    it('goes to the previous stop from a stop itself', () => {
      expect(keyTarget(key, '2009-08-18', STOPS)).toBe('2008-08-12');
    });

    it('goes from the end to the last stop', () => {
      expect(keyTarget(key, TIMELINE_END, STOPS)).toBe('2022-01-01');
    });

    it('goes to the start of the timeline before the first stop', () => {
      expect(keyTarget(key, TIMELINE_START, [...STOPS.slice(1)])).toBe(TIMELINE_START);
      expect(keyTarget(key, '1992-05-05', [...STOPS.slice(1)])).toBe(TIMELINE_START);
    });

    it('stays at the start of the timeline at the start', () => {
      expect(keyTarget(key, TIMELINE_START, STOPS)).toBe(TIMELINE_START);
    });
  });

  describe('PageUp / PageDown', () => {
    it('PageUp moves one year later, same day of the year', () => {
      expect(keyTarget('PageUp', '2000-06-15', STOPS)).toBe('2001-06-15');
    });

    it('PageDown moves one year earlier, same day of the year', () => {
      expect(keyTarget('PageDown', '2000-06-15', STOPS)).toBe('1999-06-15');
    });

    it('PageUp within a year of the end is clamped to the end', () => {
      expect(keyTarget('PageUp', '2025-06-01', STOPS)).toBe(TIMELINE_END);
      expect(keyTarget('PageUp', TIMELINE_END, STOPS)).toBe(TIMELINE_END);
    });

    it('PageDown within a year of the start is clamped to the start', () => {
      expect(keyTarget('PageDown', '1992-06-01', STOPS)).toBe(TIMELINE_START);
      expect(keyTarget('PageDown', TIMELINE_START, STOPS)).toBe(TIMELINE_START);
    });

    it('29 February falls back to 28 February in a common year', () => {
      expect(keyTarget('PageUp', '2000-02-29', STOPS)).toBe('2001-02-28');
      expect(keyTarget('PageDown', '2004-02-29', STOPS)).toBe('2003-02-28');
    });

    it('ignores the stops', () => {
      expect(keyTarget('PageUp', '2008-01-01', [])).toBe('2009-01-01');
    });
  });

  it('Home goes to the first day and End to the last, from anywhere', () => {
    for (const day of [TIMELINE_START, '2000-06-15', TIMELINE_END]) {
      expect(keyTarget('Home', day, STOPS)).toBe('1991-12-08');
      expect(keyTarget('End', day, STOPS)).toBe('2025-12-22');
    }
  });

  it.each(['Enter', ' ', 'Tab', 'a', 'Escape', 'Shift', 'arrowright', 'Right', ''])(
    'leaves %j alone (undefined)',
    (key) => {
      expect(keyTarget(key, '2000-06-15', STOPS)).toBeUndefined();
    },
  );

  it('steps through every stop of the real data and back again', () => {
    const stops = timelineStops(STATUS_CHANGES, EVENTS);
    let day = TIMELINE_START;
    const visited = [day];
    while (day !== TIMELINE_END) {
      const next = keyTarget('ArrowRight', day, stops)!;
      expect(next > day).toBe(true);
      day = next;
      visited.push(day);
    }
    expect(new Set(visited)).toEqual(new Set([...stops, TIMELINE_START, TIMELINE_END]));

    const back = [day];
    while (day !== TIMELINE_START) {
      day = keyTarget('ArrowLeft', day, stops)!;
      back.push(day);
    }
    expect(back).toEqual([...visited].reverse());
  });
});
