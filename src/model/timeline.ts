import type { EventCategory, StatusChange, TimelineEvent } from '../data/types';
import { comparePartialDates, isPartialDate, startOf } from './dates';
import type { Day } from './dates';
import { inEffect } from './status';

/** The span the explainer covers: the Belovezha Accords to the St Petersburg meeting. */
export const TIMELINE_START: Day = '1991-12-08';
export const TIMELINE_END: Day = '2025-12-22';

/** Clamps a day into the timeline's span. */
export function clampDay(day: Day): Day {
  return day < TIMELINE_START ? TIMELINE_START : day > TIMELINE_END ? TIMELINE_END : day;
}

/** Events in the one date order (comparePartialDates), optionally of some categories only. */
export function sortedEvents(
  events: readonly TimelineEvent[],
  categories?: ReadonlySet<EventCategory>,
): TimelineEvent[] {
  return events
    .filter((event) => !categories || categories.has(event.category))
    .sort((a, b) => comparePartialDates(a.date, b.date));
}

/**
 * The days worth stopping at: every event and every status change as it takes effect (at the
 * first day of its period; inEffect), within the span, sorted and unique. Keyboard steps and
 * Play move between these.
 */
export function timelineStops(
  changes: readonly StatusChange[],
  events: readonly TimelineEvent[],
): Day[] {
  const days = [...changes.map((c) => inEffect(c).from), ...events.map((e) => e.date)]
    .map(startOf)
    .filter((day) => day >= TIMELINE_START && day <= TIMELINE_END);
  return [...new Set(days)].sort();
}

/** The first stop after `day`, or undefined at the end. */
export function nextStop(stops: readonly Day[], day: Day): Day | undefined {
  return stops.find((stop) => stop > day);
}

/** The last stop before `day`, or undefined at the start. */
export function previousStop(stops: readonly Day[], day: Day): Day | undefined {
  return stops.findLast((stop) => stop < day);
}

/** Moves `day` by whole years, kept inside the span (Page Up / Page Down on the slider). */
export function shiftYears(day: Day, years: number): Day {
  const year = Number(day.slice(0, 4)) + years;
  const candidate = `${year}${day.slice(4)}`;
  // 29 February in a common year falls back to 28 February.
  return clampDay(isPartialDate(candidate) ? candidate : `${year}-02-28`);
}

/**
 * The event before or after the current one in `events` (date-ordered). With no current event,
 * the first event after `day` (or the last before it).
 */
export function adjacentEvent(
  events: readonly TimelineEvent[],
  current: string | null,
  day: Day,
  direction: 1 | -1,
): TimelineEvent | undefined {
  const index = current === null ? -1 : events.findIndex((event) => event.id === current);
  if (index >= 0) return events[index + direction];
  return direction > 0
    ? events.find((event) => startOf(event.date) > day)
    : events.findLast((event) => startOf(event.date) < day);
}
