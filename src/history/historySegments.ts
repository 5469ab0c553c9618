import type { CountryCode, Status, StatusChange } from '../data/types';
import { statusPeriods } from '../model/status';
import type { StatusPeriod } from '../model/status';
import { historyOrder } from './historyOrder';
import { widthOf, xOf } from './historyScale';

/** One coloured stretch of a row: a status period placed on the time axis (percent of width). */
export interface HistorySegment {
  readonly period: StatusPeriod;
  readonly x: number;
  readonly width: number;
  /** Width of the hatched start, where the change is known only to a month or year; else 0. */
  readonly uncertain: number;
  /** The narrowest of LABEL_TIERS at which its status label fits inside it; null if none. */
  readonly tier: number | null;
}

/**
 * Widths of the chart's time axis, in CSS pixels, at which more segment labels are shown. The
 * stylesheet's container queries measure the whole chart, so theirs are these plus the names'
 * column (`--hc-label`, 7rem); a unit test holds the two together. A label is drawn only where it
 * fits, so it is never cut off; colour, the legend and each segment's name say the rest.
 */
export const LABEL_TIERS = [170, 300, 520, 820] as const;
/** A generous average advance of the labels' 12 px sans-serif, plus the padding either side. */
const CHAR_PX = 7;
const PADDING_PX = 10;

/** The narrowest tier at which `label` fits a segment `width` percent wide, or null. */
export function labelTier(width: number, label: string): number | null {
  const needed = label.length * CHAR_PX + PADDING_PX;
  const tier = LABEL_TIERS.findIndex((px) => (width / 100) * px >= needed);
  return tier < 0 ? null : tier;
}

/** A state's row: its status periods (the same ones the map and downloads use), placed. */
export function historySegments(
  changes: readonly StatusChange[],
  code: CountryCode,
  label: (status: Status) => string,
): HistorySegment[] {
  return statusPeriods(changes, code).map((period) => {
    const width = widthOf(period.start, period.end);
    return {
      period,
      x: xOf(period.start),
      width,
      uncertain: period.uncertainUntil ? widthOf(period.start, period.uncertainUntil) : 0,
      tier: labelTier(width, label(period.status)),
    };
  });
}

/** One row of the chart: a state, its segments, and whether it opens a group (a line above). */
export interface HistoryRow {
  readonly code: CountryCode;
  readonly name: string;
  readonly opensGroup: boolean;
  readonly segments: readonly HistorySegment[];
}

/** The chart's rows, in historyOrder's order (`names` in the page's alphabetical order). */
export function historyRows(
  changes: readonly StatusChange[],
  name: (code: CountryCode) => string,
  label: (status: Status) => string,
  names: readonly CountryCode[],
): HistoryRow[] {
  const order = historyOrder(changes, names);
  return order.map(({ code, group }, index) => ({
    code,
    name: name(code),
    opensGroup: index > 0 && order[index - 1]?.group !== group,
    segments: historySegments(changes, code, label),
  }));
}
