/**
 * Checks of the timeline's events: a summit lists who came, each event is filed by the category
 * rule at the top of src/data/events.ts, and an event and the status change of the same moment
 * agree on certainty. Each returns the problems found, in plain words; empty when there are none.
 */
import { EN } from '../../src/i18n/en';
import { eventWords } from '../../src/i18n/recordWords';
import type { EventWords } from '../../src/i18n/words';
import type { StatusChange, TimelineEvent } from '../../src/data/types';
import { endOf, isPartialDate, startOf } from '../../src/model/dates';
import { inEffect } from '../../src/model/status';

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Meetings of leaders that do not list who came: a summit names at least two states (host
 * included) or none at all, and where its summary counts the leaders, it lists that many.
 */
export function summitsWithoutAttendees(
  events: readonly TimelineEvent[],
  words: (id: string) => EventWords = (id) => eventWords(EN.m, id),
): string[] {
  return events
    .filter((e) => e.category === 'summits')
    .flatMap((e) => {
      if (e.countries.length === 1)
        return [`event ${e.id}: a summit listing one state (${e.countries[0]})`];
      const counted = /\b(two|three|four|five|six|seven|eight|nine|ten) leaders\b/i.exec(
        words(e.id).summary,
      );
      const count = counted?.[1] ? NUMBER_WORDS.indexOf(counted[1].toLowerCase()) + 2 : null;
      if (count !== null && count !== e.countries.length)
        return [`event ${e.id}: says ${count} leaders but lists ${e.countries.length} states`];
      return [];
    });
}

/** An event whose dates parse (badDates reports the others). */
export function wellDated(e: TimelineEvent): boolean {
  return isPartialDate(e.date) && (e.endDate === undefined || isPartialDate(e.endDate));
}

/** Does a change (as recorded, or as it takes effect) fall within the event's period? */
function changeWithin(change: StatusChange, event: TimelineEvent): boolean {
  const first = startOf(event.date);
  const last = endOf(event.endDate ?? event.date);
  return [change.from, inEffect(change).from].some(
    (from) => startOf(from) <= last && endOf(from) >= first,
  );
}

/**
 * Events filed against the rule written at the top of events.ts: founding events fall in
 * Dec 1991; an announced withdrawal is a crisis; a membership event names its states; a crisis
 * did not change a named state's status, so no status change of one falls in its period.
 */
export function miscategorisedEvents(
  events: readonly TimelineEvent[],
  changes: readonly StatusChange[],
  words: (id: string) => EventWords = (id) => eventWords(EN.m, id),
): string[] {
  return events.filter(wellDated).flatMap((e) => {
    const problems: string[] = [];
    if (e.category === 'founding' && !startOf(e.date).startsWith('1991-12'))
      problems.push(`event ${e.id}: founding, but not in Dec 1991`);
    if (
      /announce[sd]?\b[^.]*\bwithdraw/i.test(`${words(e.id).title}. ${words(e.id).summary}`) &&
      e.category !== 'crises'
    )
      problems.push(`event ${e.id}: announces a withdrawal, so it belongs under crises`);
    if (e.category === 'membership' && e.countries.length === 0)
      problems.push(`event ${e.id}: membership, but names no state`);
    if (e.category === 'crises') {
      const changed = changes.filter((c) => e.countries.includes(c.country) && changeWithin(c, e));
      for (const c of changed)
        problems.push(
          `event ${e.id}: a crisis, but ${c.country}'s status changes then (${c.from})`,
        );
    }
    return problems;
  });
}

/**
 * A status change and a founding or membership event of the same state on the same date tell of
 * one moment: their certainty and contested point must agree (Georgia's withdrawal, say).
 */
export function disagreeingRecords(
  changes: readonly StatusChange[],
  events: readonly TimelineEvent[],
): string[] {
  return changes.flatMap((c) =>
    events
      .filter(
        (e) =>
          (e.category === 'membership' || e.category === 'founding') &&
          e.date === c.from &&
          e.countries.includes(c.country),
      )
      .filter((e) => e.certainty !== c.certainty || e.contested !== c.contested)
      .map(
        (e) =>
          `change ${c.id} is ${c.certainty}${c.contested ? ` (${c.contested})` : ''} but event ${e.id} is ${e.certainty}${e.contested ? ` (${e.contested})` : ''}`,
      ),
  );
}
