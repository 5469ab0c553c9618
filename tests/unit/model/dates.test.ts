import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  dayFromNumber,
  dayNumber,
  endOf,
  isPartialDate,
  parsePartialDate,
  precisionOf,
  startOf,
} from '../../../src/model/dates';

describe('parsePartialDate', () => {
  it.each([
    ['2022', { year: 2022 }],
    ['1993-12', { year: 1993, month: 12 }],
    ['1991-12-21', { year: 1991, month: 12, day: 21 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['0001-01-01', { year: 1, month: 1, day: 1 }],
  ])('parses %s', (value, parts) => {
    expect(parsePartialDate(value)).toEqual(parts);
    expect(isPartialDate(value)).toBe(true);
  });

  it.each([
    '2023-02-30',
    '2023-02-29',
    '1900-02-29',
    '2023-04-31',
    '2023-13',
    '2023-00',
    '2023-01-00',
    '2023-01-32',
    '99',
    '2023-1-01',
    '2023-01-1',
    '',
    ' 2023',
    '2023 ',
    '2023-',
    '2023/01/01',
    '20230101',
    '+2023',
    '２０２３',
    '2023-01-01T00:00',
  ])('rejects %j', (value) => {
    expect(parsePartialDate(value)).toBeNull();
    expect(isPartialDate(value)).toBe(false);
  });
});

describe('precisionOf', () => {
  it.each([
    ['2022', 'year'],
    ['1993-12', 'month'],
    ['1991-12-08', 'day'],
  ] as const)('%s is written to the %s', (date, precision) => {
    expect(precisionOf(date)).toBe(precision);
  });

  it('throws a RangeError on an invalid date', () => {
    expect(() => precisionOf('2023-02-30')).toThrow(RangeError);
  });
});

describe('startOf and endOf', () => {
  it.each([
    ['2022', '2022-01-01', '2022-12-31'],
    ['1993-12', '1993-12-01', '1993-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['1900-02', '1900-02-01', '1900-02-28'],
    ['2023-04', '2023-04-01', '2023-04-30'],
    ['1991-12-21', '1991-12-21', '1991-12-21'],
  ])('%s runs from %s to %s', (date, start, end) => {
    expect(startOf(date)).toBe(start);
    expect(endOf(date)).toBe(end);
  });
});

describe('comparePartialDates', () => {
  it.each([
    ['1993-12', '1993-12-01', -1],
    ['1993-12-01', '1993-12', 1],
    ['1993', '1993-01', -1],
    ['1993-01', '1993-01-01', -1],
    ['1993', '1993-01-01', -1],
    ['1993-12', '1993-12-03', -1],
    ['1993-11-30', '1993-12', -1],
    ['1994', '1993-12-31', 1],
    ['2022-10-07', '2022-10-07', 0],
    ['2022', '2022', 0],
  ])('compares %s with %s as %i', (a, b, sign) => {
    expect(Math.sign(comparePartialDates(a, b))).toBe(sign);
  });

  it('sorts a mixed list by first day, coarser first on ties', () => {
    const dates = ['1993-12-03', '1994', '1993-12', '1993-12-01', '1993', '1993-11-30'];
    expect([...dates].sort(comparePartialDates)).toEqual([
      '1993',
      '1993-11-30',
      '1993-12',
      '1993-12-01',
      '1993-12-03',
      '1994',
    ]);
  });
});

describe('dayNumber and dayFromNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-01-01', 10957],
    ['2000-03-01', 11017],
    ['1600-03-01', -135080],
    ['1991-12-08', 8011],
  ])('%s is day %i', (day, n) => {
    expect(dayNumber(day)).toBe(n);
    expect(dayFromNumber(n)).toBe(day);
  });

  it('round-trips and agrees with Date.UTC on every 97th day from 1991 to 2026', () => {
    const first = dayNumber('1991-01-01');
    const last = dayNumber('2026-12-31');
    let checked = 0;
    for (let n = first; n <= last; n += 97) {
      const day = dayFromNumber(n);
      expect(isPartialDate(day)).toBe(true);
      expect(precisionOf(day)).toBe('day');
      expect(dayNumber(day)).toBe(n);
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      expect(Date.UTC(y, m - 1, d) / 86_400_000).toBe(n);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(130);
  });

  it('steps over month ends and leap days one day at a time', () => {
    expect(dayFromNumber(dayNumber('2024-02-28') + 1)).toBe('2024-02-29');
    expect(dayFromNumber(dayNumber('2024-02-29') + 1)).toBe('2024-03-01');
    expect(dayFromNumber(dayNumber('2023-02-28') + 1)).toBe('2023-03-01');
    expect(dayFromNumber(dayNumber('1999-12-31') + 1)).toBe('2000-01-01');
    expect(dayNumber('2025-12-22') - dayNumber('1991-12-08')).toBe(12433);
  });
});
