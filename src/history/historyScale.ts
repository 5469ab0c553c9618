import { dayNumber } from '../model/dates';
import type { Day } from '../model/dates';
import { TIMELINE_END, TIMELINE_START } from '../model/timeline';

const FIRST = dayNumber(TIMELINE_START);
/** Days covered, both ends included. */
const SPAN = dayNumber(TIMELINE_END) - FIRST + 1;

/**
 * Where the start of `day` falls on the chart's time axis, in percent of its width, rounded so
 * the prerendered HTML stays short (0.01 % is a tenth of a pixel on a wide screen). Percentages, not pixels: the HTML is drawn before the width
 * is known, and the same markup then fits any screen without a layout pass.
 */
export function xOf(day: Day): number {
  return round(((dayNumber(day) - FIRST) / SPAN) * 100);
}

/** The width, in percent, of the days `start` to `end` inclusive. */
export function widthOf(start: Day, end: Day): number {
  return round(((dayNumber(end) - dayNumber(start) + 1) / SPAN) * 100);
}

const round = (value: number) => Math.round(value * 100) / 100;
