import type { Quote, Source } from '../data/types';
import { formatDate } from '../model/dates';

/** The quote's words as plain text: its lead-in, if any, then the quoted words in quotation marks. */
export function quoteWords(quote: Quote): string {
  return quote.lead ? `${quote.lead} “${quote.text}”` : `“${quote.text}”`;
}

/** The quote as plain text with its full citation, for copying into a story or a note. */
export function quoteCitation(quote: Quote, sources: readonly Source[]): string {
  const words = quoteWords(quote);
  const cited = sources.map((source) => `${source.publisher}, ${source.url}`).join('; ');
  return `${words} — ${quote.speaker}, ${quote.role}. ${quote.place}, ${formatDate(quote.date, 'long')}. Source: ${cited}`;
}
