import { describe, expect, it } from 'vitest';
import { QUOTES } from '../../../src/data/quotes';
import { SOURCES } from '../../../src/data/sources';
import { RUSSIAN_REPORTED, RUSSIAN_VERBATIM } from '../../fixtures/quotesRu';

const quote = (id: string) => QUOTES.find((q) => q.id === id);
const urlsOf = (ids: readonly string[]) => ids.map((id) => SOURCES.find((s) => s.id === id)?.url);

describe('the quotes in Russian', () => {
  it('has a Russian form for every quote', () => {
    for (const q of QUOTES) expect(q.spoken?.lang, q.id).toBe('ru');
  });

  it.each(Object.entries(RUSSIAN_VERBATIM))(
    '%s: the words are verbatim, a stretch of what the outlets print, cited to those outlets',
    (id, { passage, outlets }) => {
      const spoken = quote(id)?.spoken;
      expect(spoken?.form).toBe('verbatim');
      expect(spoken?.text.length).toBeGreaterThan(80);
      expect(passage).toContain(spoken?.text);
      expect(urlsOf(spoken?.sourceIds ?? [])).toEqual(outlets);
    },
  );

  it.each(Object.entries(RUSSIAN_REPORTED))(
    '%s: reported speech only, the outlet’s sentence as printed or marked adapted, cited to it',
    (id, { words, outlet, adapted }) => {
      const spoken = quote(id)?.spoken;
      expect(spoken?.form).toBe('reported');
      expect(spoken?.text).toBe(words);
      expect(spoken?.adapted ?? false).toBe(adapted);
      expect(urlsOf(spoken?.sourceIds ?? [])).toEqual([outlet]);
    },
  );

  it('quotes verbatim exactly the three quotes the outlets print in quotation marks', () => {
    const verbatim = QUOTES.filter((q) => q.spoken?.form === 'verbatim').map((q) => q.id);
    expect(verbatim.sort()).toEqual(Object.keys(RUSSIAN_VERBATIM).sort());
  });
});
