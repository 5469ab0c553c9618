import { describe, expect, it } from 'vitest';
import { QUOTE_IDS } from '../../../src/data/quoteIds';
import { QUOTES } from '../../../src/data/quotes';

describe('QUOTE_IDS', () => {
  it('are the quotes’ ids, in the panel’s order', () => {
    expect(QUOTES.map((quote) => quote.id)).toEqual([...QUOTE_IDS]);
  });
});
