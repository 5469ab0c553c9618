import { describe, expect, it } from 'vitest';
import { QUOTES } from '../../../src/data/quotes';
import { LEADING_QUOTES } from '../../../src/data/story';
import { MEETING_QUOTES } from '../../../src/quotes/quoteOrder';

describe('MEETING_QUOTES', () => {
  it('leads with the chosen quotes, in their order, then every other quote once', () => {
    expect(MEETING_QUOTES.slice(0, LEADING_QUOTES.length).map((q) => q.id)).toEqual(LEADING_QUOTES);
    expect([...MEETING_QUOTES].map((q) => q.id).sort()).toEqual(QUOTES.map((q) => q.id).sort());
  });

  it('names only quotes that exist', () => {
    for (const id of LEADING_QUOTES) expect(QUOTES.map((q) => q.id)).toContain(id);
  });

  it('opens with a quote from the Kremlin’s own transcript, not a dangling fragment', () => {
    expect(MEETING_QUOTES[0]?.origin).toBe('kremlin-transcript');
    expect(MEETING_QUOTES[0]?.text).not.toMatch(/^This is evidenced/);
  });
});
