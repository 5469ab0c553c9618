import type { Quote, Source } from '../data/types';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';

/** The quote's words as plain text: its lead-in, if any, then the quoted words in quotation marks. */
export function quoteWords(quote: Quote, m: Messages): string {
  return quote.lead ? m.quotes.withLead(quote.lead, quote.text) : m.quotes.quoted(quote.text);
}

/** The quote as plain text with its full citation, for copying into a story or a note. */
export function quoteCitation(
  quote: Quote,
  sources: readonly Source[],
  locale: Locale<Messages>,
): string {
  const { m } = locale;
  return m.quotes.citation({
    words: quoteWords(quote, m),
    speaker: m.people[quote.speaker].name,
    role: m.people[quote.speaker].office,
    place: m.meetingFacts.venue,
    date: locale.date(quote.date, 'long'),
    sources: sources.map((source) => `${source.publisher}, ${source.url}`).join('; '),
  });
}
