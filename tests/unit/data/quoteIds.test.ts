import { describe, expect, it } from 'vitest';
import { QUOTE_IDS } from '../../../src/data/quoteIds';
import { QUOTES } from '../../../src/data/quotes';
import { MEETING_SOURCES } from '../../../src/data/meetingSources';
import { SOURCES } from '../../../src/data/sources';

describe('QUOTE_IDS', () => {
  it('are the quotes’ ids, in the panel’s order', () => {
    expect(QUOTES.map((quote) => quote.id)).toEqual([...QUOTE_IDS]);
  });
});

describe('MEETING_SOURCES', () => {
  it('hold every source a quote, its Russian words or a note cites, as SOURCES has it', () => {
    const cited = QUOTES.flatMap((quote) => [
      ...quote.sourceIds,
      ...(quote.spoken?.sourceIds ?? []),
      ...quote.notes.flatMap((note) => note.sourceIds),
    ]);
    expect(cited.length).toBeGreaterThan(5);
    for (const id of cited) {
      expect(
        MEETING_SOURCES.find((source) => source.id === id),
        id,
      ).toEqual(SOURCES.find((source) => source.id === id));
    }
  });
});
