import { describe, expect, it } from 'vitest';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { COUNTRY_CODES, STATUSES } from '../../../src/data/types';
import type { CountryCode, Status } from '../../../src/data/types';
import { comparePartialDates } from '../../../src/model/dates';
import { countByStatus, historyOf, statusAt, statusesAt } from '../../../src/model/status';
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
