import { describe, expect, it } from 'vitest';
import { STATUS_CAUSES, causeOf } from '../../../src/data/causes';
import { EVENTS } from '../../../src/data/events';
import { SOURCES } from '../../../src/data/sources';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { EN_RECORDS } from '../../../src/i18n/en/records';
import { RU_RECORDS } from '../../../src/i18n/ru/records';
import { endOf, startOf } from '../../../src/model/dates';

/** The crises among its states the CIS did not prevent, which the timeline must name. */
const CRISES = [
  'karabakh-ceasefire-1994',
  'russia-georgia-war-2008',
  'crimea-annexation-2014',
  'donbas-war-2014',
  'karabakh-war-2020',
  'kyrgyz-tajik-clashes-2021',
  'russia-invades-ukraine-2022',
  'kyrgyz-tajik-clashes-2022',
  'karabakh-offensive-2023',
];

const sourceIds = new Set(SOURCES.map((s) => s.id));

describe('the crises the CIS did not prevent', () => {
  it.each(CRISES)('%s is on the timeline as a crisis, with sources and words', (id) => {
    const event = EVENTS.find((e) => e.id === id);
    expect(event?.category).toBe('crises');
    expect(event?.sourceIds.length).toBeGreaterThan(0);
    for (const source of event?.sourceIds ?? []) expect(sourceIds).toContain(source);
    expect(EN_RECORDS.events[id as keyof typeof EN_RECORDS.events].title).not.toBe('');
    expect(RU_RECORDS.events[id as keyof typeof RU_RECORDS.events].title).not.toBe('');
  });
});

describe('the cause of each exit or halt', () => {
  const exits = STATUS_CHANGES.filter(
    (c) =>
      c.status === 'withdrawn' ||
      c.status === 'member-halted' ||
      c.status === 'ceased-participation',
  );

  it('is given for every withdrawal, halt and end of participation', () => {
    expect(exits.length).toBeGreaterThan(0);
    for (const change of exits) expect(causeOf(change.id), change.id).toBeDefined();
  });

  it.each(STATUS_CAUSES.map((c) => [c.change, c] as const))(
    '%s: its crises come first, and it has words in both languages',
    (id, cause) => {
      const change = STATUS_CHANGES.find((c) => c.id === id);
      expect(change).toBeDefined();
      for (const eventId of cause.events) {
        const event = EVENTS.find((e) => e.id === eventId);
        expect(event?.category).toBe('crises');
        // A change known only to its year (Moldova's halt, '2022') may follow a crisis that year.
        expect(startOf(event?.date ?? '9999') <= endOf(change?.from ?? '0000')).toBe(true);
      }
      for (const source of cause.sourceIds) expect(sourceIds).toContain(source);
      expect(EN_RECORDS.causes[id as keyof typeof EN_RECORDS.causes]).toMatch(/^after /);
      expect(RU_RECORDS.causes[id as keyof typeof RU_RECORDS.causes]).toMatch(/^после /);
    },
  );
});
