import { describe, expect, it } from 'vitest';
import { MEETING_RECORDS } from '../../../../src/data/meeting';
import { STATUS_CHANGES } from '../../../../src/data/statusChanges';
import { ATTENDANCE, COUNTRY_CODES } from '../../../../src/data/types';
import type { Status } from '../../../../src/data/types';
import { dayFromNumber, dayNumber } from '../../../../src/model/dates';
import { statusesAt } from '../../../../src/model/status';
import { TIMELINE_END, TIMELINE_START } from '../../../../src/model/timeline';
import { attendanceOf } from '../../../../src/map/colour/countryLooks';
import { deltaE, VISIONS } from '../../../../src/map/colour/colorVision';
import { ATTENDANCE_COLORS, STATUS_COLORS } from '../../../../src/map/colour/palette';
import type { Scheme } from '../../../../src/map/colour/palette';

/** The least distance (CIE76 ΔE) two colours shown side by side must keep, for every reader. */
const MIN_DELTA_E = 15;
const SCHEMES: readonly Scheme[] = ['light', 'dark'];

/** Every pair of statuses the map shows on the same day, from the data, day by day. */
function statusPairsOnTheMap(): [Status, Status][] {
  const pairs = new Map<string, [Status, Status]>();
  for (let n = dayNumber(TIMELINE_START); n <= dayNumber(TIMELINE_END); n += 1) {
    const statuses = statusesAt(STATUS_CHANGES, dayFromNumber(n));
    const shown = [...new Set(COUNTRY_CODES.map((code) => statuses[code].status))].sort();
    for (const [i, a] of shown.entries())
      for (const b of shown.slice(i + 1)) pairs.set(`${a}|${b}`, [a, b]);
  }
  return [...pairs.values()];
}

/** The attendances the meeting mode shows together (one day, so every pair of them). */
function attendancePairsOnTheMap() {
  const records = new Map(MEETING_RECORDS.map((record) => [record.country, record]));
  const shown = ATTENDANCE.filter((key) =>
    COUNTRY_CODES.some((code) => attendanceOf(records, code) === key),
  );
  return shown.flatMap((a, i) => shown.slice(i + 1).map((b) => [a, b] as const));
}

/** Pairs closer than MIN_DELTA_E for some reader, as "a / b: ΔE n (vision, scheme)". */
function tooClose<K extends string>(
  pairs: readonly (readonly [K, K])[],
  colors: Readonly<Record<Scheme, Readonly<Record<K, string>>>>,
): string[] {
  const problems: string[] = [];
  for (const scheme of SCHEMES)
    for (const [a, b] of pairs) {
      for (const vision of VISIONS) {
        const distance = deltaE(colors[scheme][a], colors[scheme][b], vision);
        if (distance < MIN_DELTA_E)
          problems.push(`${a} / ${b}: ΔE ${distance.toFixed(1)} (${vision}, ${scheme})`);
      }
    }
  return problems;
}

describe('the palette, for every reader', () => {
  const statusPairs = statusPairsOnTheMap();

  it('finds the statuses the map shows together in the data', () => {
    // Georgia withdrawn while Ukraine had ceased taking part (2018–): both on the map at once.
    expect(statusPairs).toContainEqual(['ceased-participation', 'withdrawn']);
    expect(statusPairs).toContainEqual(['member', 'never-joined']);
    // No state was a member before the Charter was in force, when all were founding parties or
    // not yet in: the two never meet the associate status of 2005.
    expect(statusPairs).not.toContainEqual(['associate', 'not-yet-joined']);
  });

  it(`keeps statuses shown together at least ΔE ${MIN_DELTA_E} apart, as seen with each vision`, () => {
    expect(tooClose(statusPairs, STATUS_COLORS)).toEqual([]);
  });

  it(`keeps the meeting's attendances at least ΔE ${MIN_DELTA_E} apart, as seen with each vision`, () => {
    expect(tooClose(attendancePairsOnTheMap(), ATTENDANCE_COLORS)).toEqual([]);
  });

  it('measures what it should: black and white are far apart, a colour is 0 from itself', () => {
    expect(deltaE('#000000', '#ffffff')).toBeCloseTo(100, 1);
    expect(deltaE('#1d4e89', '#1d4e89', 'protanopia')).toBe(0);
    // Red and green, far apart for most readers, nearly meet for a deuteranope.
    expect(deltaE('#d62728', '#2ca02c')).toBeGreaterThan(60);
    expect(deltaE('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(25);
  });
});
