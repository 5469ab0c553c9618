/**
 * The facts an independent check found wrong, each held to its corrected value (a test that fails
 * on the old one), and the corrections log that tells readers about them.
 */
import { describe, expect, it } from 'vitest';
import { CONTESTED_POINTS } from '../../../src/data/contested';
import { CORRECTIONS } from '../../../src/data/corrections';
import { COUNTRIES, PLACES } from '../../../src/data/countries';
import { EVENTS } from '../../../src/data/events';
import { MEETING, MEETING_RECORDS } from '../../../src/data/meeting';
import { QUOTES } from '../../../src/data/quotes';
import { SOURCES } from '../../../src/data/sources';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { STATUS_INFO } from '../../../src/data/statuses';
import { EN } from '../../../src/i18n/en';
import { RU } from '../../../src/i18n/ru';
import { correctionText } from '../../../src/i18n/correctionWords';
import { QUOTE_NOTE_TEXTS } from '../../../src/i18n/quoteNoteWords';
import { contestedWords, eventWords } from '../../../src/i18n/recordWords';

const event = (id: string) => {
  const found = EVENTS.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};
const change = (id: string) => {
  const found = STATUS_CHANGES.find((c) => c.id === id);
  if (!found) throw new Error(`no status change ${id}`);
  return found;
};
const sorted = (codes: readonly string[]) => [...codes].sort();

/**
 * Every reader-visible string of the facts, for the wording rules (not the corrections log,
 * which quotes the old wording on purpose).
 */
const ALL_TEXT = JSON.stringify([
  STATUS_CHANGES,
  EVENTS,
  QUOTES,
  MEETING,
  MEETING_RECORDS,
  CONTESTED_POINTS,
  COUNTRIES,
  PLACES,
  STATUS_INFO,
  // The words; the corrections log, which quotes the old, wrong wording on purpose, is apart.
  EN.m,
]);
/** The English words of a record: the catalogue holds the prose the checks are about. */
const words = { event: (id: string) => eventWords(EN.m, id) };

describe('the corrected facts', () => {
  it('1. UN observer status: granted on 24 Mar 1994, with the UN statement as a source', () => {
    const un = event('un-observer-status');
    expect(un.date).toBe('1994-03-24');
    expect(un.sourceIds).toContain('T7');
    expect(SOURCES.find((s) => s.id === 'T7')?.url).toMatch(/sgsm5987/);
  });

  it('3. Dushanbe: the Heads of State Council met on 10 Oct 2025 only, nine leaders present', () => {
    const dushanbe = event('dushanbe-summit-2025');
    expect(dushanbe.date).toBe('2025-10-10');
    expect(dushanbe.endDate).toBeUndefined();
    expect(sorted(dushanbe.countries)).toEqual(
      sorted(['AZ', 'AM', 'BY', 'KZ', 'KG', 'RU', 'TJ', 'TM', 'UZ']),
    );
    expect(dushanbe.sourceIds).toContain('S18');
  });

  it('4. 21 Dec 2025: Armenia, Belarus and Kazakhstan took part too (Izvestia)', () => {
    const council = event('eurasian-council-2025');
    expect(council.countries).toEqual(expect.arrayContaining(['AM', 'BY', 'KZ']));
    expect(council.sourceIds).toContain('S10');
  });

  it('5. Azerbaijan’s statement: only “busy work schedule” inside quotation marks', () => {
    const azerbaijan = MEETING_RECORDS.find((r) => r.country === 'AZ');
    const quoted = [
      ...(EN.m.meetingFacts.notes[azerbaijan!.country] ?? '').matchAll(/“([^”]*)”/g),
    ].map((m) => m[1]);
    expect(quoted).toEqual(['busy work schedule']);
    expect(ALL_TEXT).not.toMatch(/“regularly participates/);
  });

  it('6. the crash toll: 67 on board, 38 killed; the December 2024 meeting not contested', () => {
    expect(CONTESTED_POINTS.some((p) => p.id === 'C16')).toBe(true);
    const toll = contestedWords(EN.m, 'C16');
    expect(toll.detail).toMatch(/67 on board \(62 passengers and five crew\)/);
    expect(toll.detail).toMatch(/38 were killed/);
    expect(toll.detail).not.toMatch(/of the 62 on board/);
    const meeting = event('informal-meeting-2024');
    expect(meeting.certainty).toBe('confirmed');
    expect(meeting.contested).toBeUndefined();
    expect(event('azerbaijan-airlines-crash').contested).toBe('C16');
  });

  it.each([
    ['alma-ata-protocol', 'confirmed'],
    ['belovezha-accords', 'confirmed'],
    ['ipa-agreement', 'confirmed'],
    ['georgia-withdrawal-effective', 'confirmed'],
  ] as const)('7. event %s is %s', (id, certainty) => {
    expect(event(id).certainty).toBe(certainty);
  });

  it('7. the Alma-Ata Protocol keeps no sentence about a misquoted date', () => {
    expect(words.event('alma-ata-protocol').summary).not.toMatch(/22 Dec/);
  });

  it('7. the IPA Convention: 26 May 1995, with 1996 as a note', () => {
    expect(words.event('ipa-agreement').summary).toMatch(
      /26 May 1995 \(a Moldovan outlet gives 1996\)/,
    );
  });

  it.each([
    ['md-founding-party-1994', 'confirmed', undefined],
    ['ge-member-1994', 'single-source', undefined],
    ['ge-withdrawn-2009', 'confirmed', undefined],
  ] as const)('7. status change %s is %s', (id, certainty, contested) => {
    expect(change(id).certainty).toBe(certainty);
    expect(change(id).contested).toBe(contested);
  });

  it('8. Georgia’s announced withdrawal of August 2008 is a crisis, as Ukraine’s of 2014', () => {
    expect(event('georgia-withdrawal-announced').category).toBe('crises');
    expect(event('ukraine-2014').category).toBe('crises');
  });

  it('9. Afghanistan is never said to be an observer in the present tense', () => {
    expect(ALL_TEXT).not.toMatch(/Afghanistan(?:'s parliament)? is\b[^."]*observer/i);
    expect(CORRECTIONS.some((c) => c.id === 'afghanistan-observer')).toBe(true);
    const correction = correctionText('en', 'afghanistan-observer');
    expect(correction).toMatch(/held that status from 2006/);
    expect(correction).toMatch(/not sat since August 2021/);
  });

  it.each([
    ['informal-summit-oct-2022', ['AZ', 'AM', 'BY', 'KZ', 'RU', 'TJ', 'TM', 'UZ']],
    ['informal-summit-2023', ['AZ', 'AM', 'BY', 'KZ', 'KG', 'RU', 'TJ', 'TM', 'UZ']],
    ['informal-summit-2018', []],
  ] as const)('10. summit %s lists its attendees', (id, countries) => {
    expect(sorted(event(id).countries)).toEqual(sorted(countries));
  });

  it('12. Moldova’s status on 22 Dec 2025 rests on a report of that day (S3)', () => {
    expect(STATUS_INFO['member-halted'].sourceIds).toEqual(['S3']);
    expect(change('md-member-halted-2022').sourceIds).toEqual(expect.arrayContaining(['S3']));
  });

  it('13. one name for the room, St George Hall; the world-order lead as MENAFN has it', () => {
    expect(ALL_TEXT).not.toMatch(/St George(?:’|'|\\u2019)s Hall|Georgievsky/);
    expect(EN.m.meetingFacts.venue.startsWith('St George Hall,')).toBe(true);
    expect(QUOTES.find((q) => q.id === 'world-order')?.lead).toBe('All CIS members');
  });
});

describe('the third check (4 Dec 2026)', () => {
  it('C17: no summit in 2020 only, and the 2024 meeting’s place cited to the Kremlin', () => {
    const ru = contestedWords(RU.m, 'C17').detail;
    expect(ru).not.toMatch(/с 2019 по 2021/);
    expect(ru).toMatch(/в 2020\u00a0г\. его не было/);
    for (const { m } of [EN, RU]) {
      const sentences = contestedWords(m, 'C17').detail.split(/(?<=\.) /);
      const about2024 = sentences.filter((s) => s.includes('2024'));
      expect(about2024, m.page.title).toHaveLength(1);
      expect(about2024[0]).toMatch(/Kremlin|Кремля/);
      expect(about2024[0]).not.toMatch(/Armenpress|Арменпресс/);
    }
    expect(CONTESTED_POINTS.find((p) => p.id === 'C17')?.sourceIds).toContain('I7');
  });

  it('says what was seen of the Russian trade words: the outlets, not a Kremlin text', () => {
    for (const { m, lang } of [EN, RU]) {
      const text = `${contestedWords(m, 'C1').detail} ${QUOTE_NOTE_TEXTS[lang]['trade-period']}`;
      expect(text).not.toMatch(/Kremlin-based|тексту? Кремля|тексте Кремля/);
      expect(text).toMatch(/VZGLYAD|ВЗГЛЯД/);
    }
    const note = QUOTES.flatMap((q) => q.notes).find((n) => n.id === 'trade-period');
    expect(note?.sourceIds).toEqual(expect.arrayContaining(['S14', 'R1']));
  });

  it('says in Russian what the other world-order translation differs in', () => {
    const note = QUOTE_NOTE_TEXTS.ru['world-order-wording'];
    expect(note).toMatch(/IANS/);
    expect(note).toMatch(/fair/);
    expect(note).toMatch(/координирующая роль/);
    expect(note).not.toMatch(/«общепризнанных принципов»/);
  });

  it('cites the outlets that put “busy work schedule” in quotation marks', () => {
    const az = MEETING_RECORDS.find((r) => r.country === 'AZ');
    expect(az?.sourceIds).toEqual(expect.arrayContaining(['S6', 'S8']));
  });

  it('amends the Charter correction with Belarus, and the Azerbaijan one with the page’s note', () => {
    expect(correctionText('en', 'charter-in-force')).toMatch(/Belarus .*22 January 1994/);
    expect(correctionText('ru', 'charter-in-force')).toMatch(/Беларусь .*22 января 1994/);
    expect(correctionText('en', 'azerbaijan-statement')).toMatch(/^Our note/);
    expect(correctionText('en', 'azerbaijan-statement')).not.toMatch(/statement put/);
  });

  it('gives one id to one address, and dates the Russian quotes’ sources', () => {
    const urls = SOURCES.map((s) => s.url);
    expect(urls.filter((url, i) => urls.indexOf(url) !== i)).toEqual([]);
    for (const id of ['S14', 'R4', 'R7'])
      expect(SOURCES.find((s) => s.id === id)?.date, id).toBe('2025-12-22');
  });

  it('says the Charter binds a later state from the deposit of its ratification', () => {
    expect(eventWords(EN.m, 'charter-in-force').summary).toMatch(/deposits its instrument/);
    expect(eventWords(RU.m, 'charter-in-force').summary).toMatch(/сдачи .*грамоты на хранение/);
  });
});

describe('the corrections log', () => {
  it('lists the reader-visible corrections: 1–6 and 9 at least', () => {
    // Corrections of corrections and source-only changes are not listed (issue #32).
    expect(CORRECTIONS.map((c) => c.id)).not.toContain('corrections-amended');
    expect(CORRECTIONS.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'un-observer-date',
        'charter-in-force',
        'dushanbe-date',
        'eurasian-council-attendance',
        'azerbaijan-statement',
        'crash-toll',
        'afghanistan-observer',
        'georgia-member-years',
        'informal-summit-2020',
        'russian-member-term',
      ]),
    );
  });

  it('says in plain words what the page said and what is right', () => {
    expect(correctionText('en', 'un-observer-date')).toBe(
      'The UN observer date was given as 30 March 1994; it is 24 March 1994, when the General Assembly granted the CIS observer status by consensus.',
    );
    for (const correction of CORRECTIONS) {
      expect(correctionText('en', correction.id), correction.id).toMatch(/^[A-Z“].*[.”]$/);
    }
  });
});
