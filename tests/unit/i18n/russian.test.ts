import { describe, expect, it } from 'vitest';
import { countryHeadline } from '../../../src/site/pageHead';
import { CONTESTED_POINTS } from '../../../src/data/contested';
import { CORRECTIONS } from '../../../src/data/corrections';
import { CORRECTION_TEXTS } from '../../../src/i18n/correctionWords';
import { QUOTE_NOTE_TEXTS } from '../../../src/i18n/quoteNoteWords';
import { EVENTS } from '../../../src/data/events';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { STATUS_CAUSES } from '../../../src/data/causes';
import { ATTENDANCE, COUNTRY_CODES, PEOPLE, QUOTE_NOTES, STATUSES } from '../../../src/data/types';
import { EN } from '../../../src/i18n/en';
import { RU } from '../../../src/i18n/ru';
import type { Locale } from '../../../src/i18n/locale';
import type { Messages } from '../../../src/i18n/messages';

const NBSP = '\u00a0';

describe('the Russian locale', () => {
  it.each([
    ['2025-12-22', 'short', `22 декабря 2025${NBSP}г.`],
    ['2025-12-22', 'long', `22 декабря 2025${NBSP}г.`],
    ['1991-12-08', 'short', `8 декабря 1991${NBSP}г.`],
    ['1994-03-24', 'long', `24 марта 1994${NBSP}г.`],
    ['2005-08', 'long', `август 2005${NBSP}г.`],
    ['1993-12', 'short', `декабрь 1993${NBSP}г.`],
    ['2022', 'short', `2022${NBSP}г.`],
  ] as const)('prints %s (%s) as %j', (date, style, expected) => {
    expect(RU.date(date, style)).toBe(expected);
  });

  it.each([
    ['1991-12-25', '1991-12-26', `25–26 декабря 1991${NBSP}г.`],
    ['2009-04-19', '2009-08-18', `19 апреля – 18 августа 2009${NBSP}г.`],
    ['1994-04-19', '2009-08-18', `19 апреля 1994${NBSP}г. – 18 августа 2009${NBSP}г.`],
    ['1993-12', '1994-04-19', `декабрь 1993${NBSP}г. – 19 апреля 1994${NBSP}г.`],
  ] as const)('writes the range %s to %s as %j, the month and year once', (from, to, expected) => {
    expect(RU.range(from, to)).toBe(expected);
  });

  it.each([
    [1, '1 государство'],
    [2, '2 государства'],
    [3, '3 государства'],
    [5, '5 государств'],
    [8, '8 государств'],
    [11, '11 государств'],
    [15, '15 государств'],
    [21, '21 государство'],
    [22, '22 государства'],
    [0, '0 государств'],
  ])('counts %i states as %j (one, few, many)', (n, expected) => {
    expect(RU.m.legend.count(n)).toBe(expected);
  });

  it.each([
    [1, 'Приехал 1 лидер'],
    [3, 'Приехали 3 лидера'],
    [8, 'Приехали 8 лидеров'],
    [12, 'Приехали 12 лидеров'],
  ])('counts %i leaders as %j', (n, expected) => {
    expect(RU.m.meeting.attended(n)).toBe(expected);
  });

  it('joins lists and orders names as Russian does', () => {
    expect(RU.list(['Армения', 'Беларусь', 'Казахстан'])).toBe('Армения, Беларусь и Казахстан');
    expect(['Эстония', 'азербайджан', 'Армения', 'Ель', 'Ёж'].sort(RU.compare)).toEqual([
      'азербайджан',
      'Армения',
      'Ёж',
      'Ель',
      'Эстония',
    ]);
  });

  it('keeps the catalogue’s country order to Intl.Collator("ru")', () => {
    const byName = [...COUNTRY_CODES].sort((a, b) =>
      new Intl.Collator('ru').compare(RU.m.countries[a], RU.m.countries[b]),
    );
    expect(RU.m.countryOrder).toEqual(byName);
    expect(RU.m.countryOrder[0]).toBe('AZ');
    expect(RU.m.countryOrder.at(-1)).toBe('EE');
  });

  it('names the Charter statuses by the Charter’s terms: «государство – член СНГ»', () => {
    expect(RU.m.statuses.member.label).toBe('Государство – член СНГ');
    expect(RU.m.statuses['member-halted'].label).toBe('Член СНГ, не участвует в работе');
    expect(RU.m.statuses.associate.label).toBe('Ассоциированный член');
    expect(RU.m.map.shapeStatus(RU.m.countries.KZ, RU.m.statuses.member.inline)).toBe(
      'Казахстан — государство – член СНГ',
    );
  });

  it('never names a status «участник»: CIS documents call every participating state so', () => {
    const named = STATUSES.flatMap((s) => [RU.m.statuses[s].label, RU.m.statuses[s].inline]);
    const headlines = COUNTRY_CODES.map((code) => countryHeadline(RU, code));
    expect([...named, ...headlines].filter((text) => /участни/i.test(text))).toEqual([]);
    // Where the two could be confused, the member state's definition says so in plain words.
    expect(RU.m.statuses.member.definition).toMatch(/«государствами – участниками СНГ»/);
  });
});

/** Every id a record carries, and the catalogue entry that must have words for it. */
const RECORD_IDS: readonly [string, (m: Messages) => object, readonly string[]][] = [
  ['statuses', (m) => m.statuses, STATUSES],
  ['attendance', (m) => m.attendance, ATTENDANCE],
  ['countries', (m) => m.countries, COUNTRY_CODES],
  ['capitals', (m) => m.capitals, COUNTRY_CODES],
  ['changeNotes', (m) => m.changeNotes, STATUS_CHANGES.map((c) => c.id)],
  ['events', (m) => m.events, EVENTS.map((e) => e.id)],
  ['causes', (m) => m.causes, STATUS_CAUSES.map((c) => c.change)],
  ['contested', (m) => m.contested, CONTESTED_POINTS.map((c) => c.id)],
  ['people', (m) => m.people, PEOPLE],
];

describe.each([
  ['English', EN],
  ['Russian', RU],
] as [string, Locale<Messages>][])('the %s catalogue', (_name, locale) => {
  it('has a note for every quote note, and no others, in both languages', () => {
    for (const texts of Object.values(QUOTE_NOTE_TEXTS)) {
      expect(Object.keys(texts).sort()).toEqual([...QUOTE_NOTES].sort());
      for (const id of QUOTE_NOTES) expect(texts[id], id).toBeTruthy();
    }
  });

  it('has words for every correction, and no others, in both languages', () => {
    const ids = CORRECTIONS.map((c) => c.id).sort();
    expect(Object.keys(CORRECTION_TEXTS.ru).sort()).toEqual(ids);
    expect(Object.keys(CORRECTION_TEXTS.en).sort()).toEqual(ids);
  });

  it.each(RECORD_IDS)('has words for every id of %s, and no others', (_key, pick, ids) => {
    const entry = pick(locale.m) as Record<string, unknown>;
    expect(Object.keys(entry).sort()).toEqual([...new Set(ids)].sort());
    for (const id of ids) expect(entry[id], id).toBeTruthy();
  });
});

describe('both catalogues', () => {
  /** Every path to a string or function in a catalogue, e.g. "map.zoomIn". */
  const paths = (value: unknown, prefix = ''): string[] =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k))
      : [prefix];

  it('have the same messages, key for key', () => {
    expect(paths(RU.m).sort()).toEqual(paths(EN.m).sort());
  });
});
