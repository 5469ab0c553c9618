import { QUOTES } from '../data/quotes';
import type { Quote } from '../data/types';
import { LEADING_QUOTES } from '../data/story';

/** Where a quote goes: the leading ones (data/story.ts) in their order, then the rest. */
const rank = (id: string) => {
  const index = LEADING_QUOTES.indexOf(id);
  return index === -1 ? LEADING_QUOTES.length : index;
};

/** The meeting's quotes in the panel's order: the strongest first, the rest as quotes.ts has them. */
export const MEETING_QUOTES: readonly Quote[] = [...QUOTES].sort((a, b) => rank(a.id) - rank(b.id));
