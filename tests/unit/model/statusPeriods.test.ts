import { describe, expect, it } from 'vitest';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { COUNTRY_CODES } from '../../../src/data/types';
import type { StatusChange } from '../../../src/data/types';
import { dayFromNumber, dayNumber } from '../../../src/model/dates';
import { statusAt, statusPeriods } from '../../../src/model/status';
import { TIMELINE_END, TIMELINE_START } from '../../../src/model/timeline';
import { TINY_CHANGES } from '../../fixtures/tinyDataset';

/** The periods as plain rows, easy to read in a table. */
const rows = (changes: readonly StatusChange[], country: 'GE' | 'MD' | 'TM' | 'KZ') =>
  statusPeriods(changes, country).map((p) => [p.status, p.start, p.end, p.uncertainUntil ?? null]);

describe('statusPeriods with the tiny fixture', () => {
  // Non-member statuses below: a member change before 22 Jan 1994 waits for the Charter.
  it.each([
    [
      'GE',
      [
        // The first change is on the first day covered: no period before it.
        ['not-yet-joined', '1991-12-08', '1993-11-30', null],
        // Month precision: from the 1st of the month, uncertain to its last day.
        ['founding-party', '1993-12-01', '1994-04-18', '1993-12-31'],
        ['member', '1994-04-19', '2009-08-17', null],
        // The last period runs to the end of the span.
        ['withdrawn', '2009-08-18', '2025-12-22', null],
      ],
    ],
    [
      'MD',
      [
        // Before the first record: not yet joined, from the first day covered.
        ['not-yet-joined', '1991-12-08', '1991-12-20', null],
        ['signatory', '1991-12-21', '1994-06-26', null],
        // Year precision: the member period ends the day before the year begins.
        ['member', '1994-06-27', '2021-12-31', null],
        ['member-halted', '2022-01-01', '2025-12-22', '2022-12-31'],
      ],
    ],
    [
      'TM',
      [
        ['not-yet-joined', '1991-12-08', '1991-12-20', null],
        ['signatory', '1991-12-21', '2005-08-25', null],
        ['associate', '2005-08-26', '2025-12-22', null],
      ],
    ],
    // No record at all: one period, not yet joined throughout.
    ['KZ', [['not-yet-joined', '1991-12-08', '2025-12-22', null]]],
  ] as const)('%s', (country, expected) => {
    expect(rows(TINY_CHANGES, country)).toEqual(expected);
  });

  it('links each period to the change that began it and the one that ended it', () => {
    const [before, founding, member, withdrawn] = statusPeriods(TINY_CHANGES, 'GE');
    expect(before?.change?.from).toBe('1991-12-08');
    expect(founding?.change?.from).toBe('1993-12');
    expect(founding?.next?.from).toBe('1994-04-19');
    expect(member?.next?.status).toBe('withdrawn');
    expect(withdrawn?.next).toBeUndefined();
    // The time before a first record has no change, but knows which one ends it.
    const [gap] = statusPeriods(TINY_CHANGES, 'MD');
    expect(gap?.change).toBeUndefined();
    expect(gap?.next?.from).toBe('1991-12-21');
  });

  it('keeps the uncertain span inside its period when the next change comes within it', () => {
    const changes: StatusChange[] = [
      { ...TINY_CHANGES[0]!, country: 'AM', status: 'signatory', from: '1992' },
      { ...TINY_CHANGES[0]!, country: 'AM', status: 'founding-party', from: '1992-05-15' },
    ];
    expect(rows(changes, 'KZ')).toHaveLength(1);
    expect(statusPeriods(changes, 'AM').map((p) => [p.start, p.end, p.uncertainUntil])).toEqual([
      ['1991-12-08', '1991-12-31', undefined],
      ['1992-01-01', '1992-05-14', '1992-05-14'],
      ['1992-05-15', '2025-12-22', undefined],
    ]);
  });

  it('gives no period to a change superseded on the day it starts', () => {
    const changes: StatusChange[] = [
      { ...TINY_CHANGES[0]!, country: 'AM', status: 'signatory', from: '1992-03' },
      { ...TINY_CHANGES[0]!, country: 'AM', status: 'founding-party', from: '1992-03-01' },
    ];
    expect(statusPeriods(changes, 'AM').map((p) => p.status)).toEqual([
      'not-yet-joined',
      'founding-party',
    ]);
  });

  it('does not depend on the order the changes are written in', () => {
    const reversed = [...TINY_CHANGES].reverse();
    for (const code of ['GE', 'MD', 'TM'] as const) {
      expect(rows(reversed, code)).toEqual(rows(TINY_CHANGES, code));
    }
  });
});

describe('statusPeriods with the real data', () => {
  it.each(COUNTRY_CODES)(
    '%s: periods tile 8 Dec 1991 – 22 Dec 2025 without gap or overlap',
    (code) => {
      const periods = statusPeriods(STATUS_CHANGES, code);
      expect(periods[0]?.start).toBe(TIMELINE_START);
      expect(periods.at(-1)?.end).toBe(TIMELINE_END);
      for (const [index, period] of periods.entries()) {
        expect(period.start <= period.end, `${code} ${period.start}`).toBe(true);
        const next = periods[index + 1];
        if (next) expect(next.start).toBe(dayFromNumber(dayNumber(period.end) + 1));
      }
    },
  );

  it.each(COUNTRY_CODES)(
    '%s: statusAt agrees with the periods on their first and last days',
    (code) => {
      for (const period of statusPeriods(STATUS_CHANGES, code)) {
        for (const day of [period.start, period.end]) {
          const at = statusAt(STATUS_CHANGES, code, day);
          expect(at.status, `${code} on ${day}`).toBe(period.status);
          expect(at.change).toBe(period.change);
        }
      }
    },
  );

  it.each([
    ['GE', 'member', '1994-04-19', '2009-08-17'],
    ['GE', 'withdrawn', '2009-08-18', '2025-12-22'],
    ['UA', 'ceased-participation', '2018-05-19', '2025-12-22'],
    ['TM', 'associate', '2005-08-26', '2025-12-22'],
    ['MD', 'member-halted', '2022-01-01', '2025-12-22'],
    ['EE', 'never-joined', '1991-12-08', '2025-12-22'],
  ] as const)('%s is %s from %s to %s', (code, status, start, end) => {
    const period = statusPeriods(STATUS_CHANGES, code).find((p) => p.status === status);
    expect(period && [period.start, period.end]).toEqual([start, end]);
  });

  it('flags Moldova’s halt, known only to the year, as uncertain through 2022', () => {
    const halt = statusPeriods(STATUS_CHANGES, 'MD').at(-1);
    expect(halt?.uncertainUntil).toBe('2022-12-31');
    expect(halt?.change?.certainty).toBe('contested');
  });
});

describe('statusPeriods and the Charter’s entry into force', () => {
  it('starts a member period no earlier than 22 Jan 1994, keeping the earlier status until then', () => {
    const russia = statusPeriods(STATUS_CHANGES, 'RU');
    const member = russia.find((p) => p.status === 'member');
    expect(member?.start).toBe('1994-01-22');
    expect(member?.change?.ratified).toBe('1993-04-15');
    const before = russia[russia.indexOf(member!) - 1];
    expect(before).toMatchObject({ status: 'founding-party', end: '1994-01-21' });
  });
});
