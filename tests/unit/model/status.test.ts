import { describe, expect, it } from 'vitest';
import { CHARTER } from '../../../src/data/charter';
import { EVENTS } from '../../../src/data/events';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { COUNTRY_CODES, STATUSES } from '../../../src/data/types';
import type { CountryCode, Status } from '../../../src/data/types';
import { comparePartialDates } from '../../../src/model/dates';
import {
  countByStatus,
  historyOf,
  inEffect,
  statusAt,
  statusesAt,
} from '../../../src/model/status';
import { timelineStops } from '../../../src/model/timeline';
import { TINY_CHANGES } from '../../fixtures/tinyDataset';

describe('statusAt with the tiny fixture', () => {
  it.each([
    // Day before a change, and its effective day.
    ['GE', '2009-08-17', 'member', false],
    ['GE', '2009-08-18', 'withdrawn', false],
    ['TM', '2005-08-25', 'signatory', false],
    ['TM', '2005-08-26', 'associate', false],
    // Before any record.
    ['TM', '1991-12-20', 'not-yet-joined', false],
    ['MD', '1991-12-08', 'not-yet-joined', false],
    // Month precision ('1993-12'): from the first of the month, approximate within it.
    ['GE', '1993-11-30', 'not-yet-joined', false],
    ['GE', '1993-12-01', 'founding-party', true],
    ['GE', '1993-12-31', 'founding-party', true],
    ['GE', '1994-01-01', 'founding-party', false],
    // Year precision ('2022'): approximate inside its year, not after.
    ['MD', '2021-12-31', 'member', false],
    ['MD', '2022-01-01', 'member-halted', true],
    ['MD', '2022-06-01', 'member-halted', true],
    ['MD', '2022-12-31', 'member-halted', true],
    ['MD', '2023-01-01', 'member-halted', false],
  ] as const)('%s on %s is %s (approximate: %s)', (country, day, status, approximate) => {
    const result = statusAt(TINY_CHANGES, country, day);
    expect(result.status).toBe(status);
    expect(result.approximate).toBe(approximate);
  });

  it('returns the change in force, and none before the first record', () => {
    expect(statusAt(TINY_CHANGES, 'GE', '2010-01-01').change?.from).toBe('2009-08-18');
    expect(statusAt(TINY_CHANGES, 'TM', '1991-01-01').change).toBeUndefined();
  });

  it('gives a country without any record not-yet-joined on every day', () => {
    expect(statusAt(TINY_CHANGES, 'KZ', '2025-12-22')).toEqual({
      status: 'not-yet-joined',
      approximate: false,
    });
  });

  it('does not depend on the order the changes are written in', () => {
    const reversed = [...TINY_CHANGES].reverse();
    for (const day of ['1993-12-15', '2009-08-18', '2022-03-01', '2024-01-01']) {
      for (const code of ['GE', 'MD', 'TM'] as const) {
        expect(statusAt(reversed, code, day)).toEqual(statusAt(TINY_CHANGES, code, day));
      }
    }
  });
});

describe('the Charter’s entry into force, with the tiny fixture', () => {
  // The fixture's Charter ratifications (GE 19 Apr 1994, MD 27 Jun 1994) against a made-up
  // entry into force of 1 May 1994: Georgia's waits for it, Moldova's does not.
  const IN_FORCE = '1994-05-01';

  it.each([
    ['GE', '1994-04-18', 'founding-party', undefined],
    ['GE', '1994-04-19', 'founding-party', '1994-04-19'],
    ['GE', '1994-04-30', 'founding-party', '1994-04-19'],
    ['GE', '1994-05-01', 'member', undefined],
    ['MD', '1994-06-26', 'signatory', undefined],
    ['MD', '1994-06-27', 'member', undefined],
  ] as const)('%s on %s is %s, ratification pending: %s', (country, day, status, pending) => {
    const result = statusAt(TINY_CHANGES, country, day, IN_FORCE);
    expect(result.status).toBe(status);
    expect(result.pending?.ratified).toBe(pending);
  });

  it('moves only a member change dated before the entry into force, keeping its own date', () => {
    const [, , georgiaMember, georgiaWithdrawn] = historyOf(TINY_CHANGES, 'GE', IN_FORCE);
    expect(georgiaMember).toMatchObject({ from: IN_FORCE, ratified: '1994-04-19' });
    expect(georgiaWithdrawn).toMatchObject({ from: '2009-08-18' });
    expect(georgiaWithdrawn?.ratified).toBeUndefined();
    const moldova = TINY_CHANGES.find((c) => c.id === 'md-member-1994')!;
    expect(inEffect(moldova, IN_FORCE)).toBe(moldova);
  });

  it('leaves the records themselves as they are', () => {
    historyOf(TINY_CHANGES, 'GE', IN_FORCE);
    expect(TINY_CHANGES.find((c) => c.id === 'ge-member-1994')?.from).toBe('1994-04-19');
  });
});

describe('historyOf', () => {
  it('returns one country’s changes in date order, whatever order they were written in', () => {
    const shuffled = [...TINY_CHANGES].reverse();
    expect(historyOf(shuffled, 'GE').map((c) => c.from)).toEqual([
      '1991-12-08',
      '1993-12',
      '1994-04-19',
      '2009-08-18',
    ]);
    expect(historyOf(TINY_CHANGES, 'KZ')).toEqual([]);
  });

  it('does not reorder the array it is given', () => {
    const shuffled = [...TINY_CHANGES].reverse();
    const before = shuffled.map((c) => c.from);
    historyOf(shuffled, 'GE');
    expect(shuffled.map((c) => c.from)).toEqual(before);
  });

  it.each(COUNTRY_CODES)('orders the real history of %s by date', (code) => {
    const history = historyOf(STATUS_CHANGES, code);
    expect(history.length).toBeGreaterThan(0);
    for (let i = 1; i < history.length; i += 1) {
      expect(comparePartialDates(history[i - 1]!.from, history[i]!.from)).toBeLessThanOrEqual(0);
    }
  });
});

describe('statusAt with the real data', () => {
  it.each([
    ['GE', '2008-07-01', 'member', false],
    ['GE', '2009-08-17', 'member', false],
    ['GE', '2009-08-18', 'withdrawn', false],
    ['TM', '2005-08-25', 'founding-party', false],
    ['TM', '2005-08-26', 'associate', false],
    ['UA', '2018-05-18', 'founding-party', false],
    ['UA', '2018-05-19', 'ceased-participation', false],
    ['MD', '2021-12-31', 'member', false],
    ['MD', '2022-06-01', 'member-halted', true],
    ['MD', '2023-01-01', 'member-halted', false],
    ['AZ', '1993-09-24', 'founding-party', false],
  ] as const)('%s on %s is %s (approximate: %s)', (country, day, status, approximate) => {
    const result = statusAt(STATUS_CHANGES, country, day);
    expect(result.status).toBe(status);
    expect(result.approximate).toBe(approximate);
  });

  it('takes the Charter’s entry into force from the data: 22 Jan 1994', () => {
    expect(CHARTER.inForce).toBe('1994-01-22');
  });

  // No state is a member state before the Charter is in force (22 Jan 1994); until then a state
  // that has ratified keeps its earlier status, with the ratification pending.
  it.each([
    ['RU', '1993-04-14', 'founding-party', undefined],
    ['RU', '1993-04-15', 'founding-party', '1993-04-15'],
    ['RU', '1993-06-01', 'founding-party', '1993-04-15'],
    ['RU', '1994-01-21', 'founding-party', '1993-04-15'],
    ['RU', '1994-01-22', 'member', undefined],
    ['TJ', '1993-08-04', 'founding-party', '1993-08-04'],
    ['TJ', '1994-01-22', 'member', undefined],
    ['AZ', '1993-12-13', 'founding-party', undefined],
    ['AZ', '1993-12-14', 'founding-party', '1993-12-14'],
    ['AZ', '1994-01-21', 'founding-party', '1993-12-14'],
    ['AZ', '1994-01-22', 'member', undefined],
    ['BY', '1994-01-18', 'founding-party', '1994-01-18'],
    ['BY', '1994-01-22', 'member', undefined],
    // Ratified after the entry into force: a member from its own date.
    ['AM', '1994-03-15', 'founding-party', undefined],
    ['AM', '1994-03-16', 'member', undefined],
  ] as const)('%s on %s is %s, ratification pending: %s', (country, day, status, pending) => {
    const result = statusAt(STATUS_CHANGES, country, day);
    expect(result.status).toBe(status);
    expect(result.pending?.ratified).toBe(pending);
  });

  it('dates Russia’s membership from 22 Jan 1994, keeping its ratification of 15 Apr 1993', () => {
    const { change } = statusAt(STATUS_CHANGES, 'RU', '1994-02-01');
    expect(change).toMatchObject({
      id: 'ru-member-1993',
      from: '1994-01-22',
      ratified: '1993-04-15',
    });
    expect(statusAt(STATUS_CHANGES, 'AM', '1994-04-01').change?.ratified).toBeUndefined();
  });

  it('counts no member state on any day before 22 Jan 1994, and four on that day', () => {
    const days = timelineStops(STATUS_CHANGES, EVENTS).filter((day) => day < '1994-01-22');
    for (const day of [...days, '1993-06-01', '1994-01-21']) {
      expect(countByStatus(statusesAt(STATUS_CHANGES, day)).member, day).toBe(0);
    }
    const on22 = statusesAt(STATUS_CHANGES, '1994-01-22');
    const members = Object.entries(on22).filter(([, s]) => s.status === 'member');
    expect(members.map(([code]) => code).sort()).toEqual(['AZ', 'BY', 'RU', 'TJ']);
  });

  it('highlights, on the timeline’s entry-into-force event, the states that become members then', () => {
    const event = EVENTS.find((e) => e.date === CHARTER.inForce && e.id === 'charter-in-force');
    const before = statusesAt(STATUS_CHANGES, '1994-01-21');
    const after = statusesAt(STATUS_CHANGES, CHARTER.inForce);
    const becoming = COUNTRY_CODES.filter(
      (code) => before[code].status !== 'member' && after[code].status === 'member',
    );
    expect([...(event?.countries ?? [])].sort()).toEqual([...becoming].sort());
  });

  it('stops the timeline where the map changes: on 22 Jan 1994, not on a pending ratification', () => {
    const stops = timelineStops(STATUS_CHANGES, EVENTS);
    expect(stops).toContain('1994-01-22');
    expect(stops).not.toContain('1993-04-15');
    expect(stops).not.toContain('1993-12-14');
  });

  it.each([
    ['TM', '2005-08-25', 'associate'],
    ['UA', '2018-05-18', 'ceased-participation'],
    ['GE', '2009-08-17', 'withdrawn'],
  ] as const)('%s is not yet %s on %s', (country, day, status) => {
    expect(statusAt(STATUS_CHANGES, country, day).status).not.toBe(status);
  });

  it.each(['1992-10-15', '1992-12-31', '1993-01-22', '1993-06-30', '1993-09-23'])(
    'Azerbaijan is neither a member nor a founding party on %s',
    (day) => {
      const { status } = statusAt(STATUS_CHANGES, 'AZ', day);
      expect(status).not.toBe('member');
      expect(status).not.toBe('founding-party');
    },
  );

  it('gives every state its status on the day of the St Petersburg meeting', () => {
    const statuses = statusesAt(STATUS_CHANGES, '2025-12-22');
    const expected: Record<CountryCode, Status> = {
      AM: 'member',
      AZ: 'member',
      BY: 'member',
      KZ: 'member',
      KG: 'member',
      RU: 'member',
      TJ: 'member',
      UZ: 'member',
      MD: 'member-halted',
      TM: 'associate',
      UA: 'ceased-participation',
      GE: 'withdrawn',
      EE: 'never-joined',
      LV: 'never-joined',
      LT: 'never-joined',
    };
    for (const code of COUNTRY_CODES) expect(statuses[code].status, code).toBe(expected[code]);
    expect(countByStatus(statuses).member).toBe(8);
  });
});

describe('statusesAt and countByStatus', () => {
  it('covers all 15 states', () => {
    const statuses = statusesAt(STATUS_CHANGES, '2000-01-01');
    expect(Object.keys(statuses).sort()).toEqual([...COUNTRY_CODES].sort());
  });

  it.each(['1991-12-08', '1993-12-15', '2009-08-18', '2022-06-01', '2025-12-22'])(
    'counts every status, zeros included, summing to 15 on %s',
    (day) => {
      const counts = countByStatus(statusesAt(STATUS_CHANGES, day));
      expect(Object.keys(counts)).toEqual([...STATUSES]);
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(15);
    },
  );

  it('counts the fixture’s three states and twelve states without records', () => {
    const counts = countByStatus(statusesAt(TINY_CHANGES, '2022-06-01'));
    expect(counts).toMatchObject({
      'member-halted': 1,
      associate: 1,
      withdrawn: 1,
      'not-yet-joined': 12,
      member: 0,
    });
  });
});
