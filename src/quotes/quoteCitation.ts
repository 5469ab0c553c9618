import type { Quote, Source } from '../data/types';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { wordingOf, wordingText } from './quoteWording';

/** The quote's words as the page shows them, as plain text (the quote list's buttons). */
export function quoteWords(quote: Quote, locale: Locale<Messages>): string {
  return wordingText(wordingOf(quote, locale.lang), locale.m);
}

/**
 * The quote as plain text with its full citation, in the page's language, for copying into a
 * story or a note. `sources` are the records of the shown wording's source ids.
 */
export function quoteCitation(
  quote: Quote,
  sources: readonly Source[],
  locale: Locale<Messages>,
): string {
  const { m } = locale;
  const wording = wordingOf(quote, locale.lang);
  const parts = {
    words: wordingText(wording, m),
    speaker: m.people[quote.speaker].name,
    role: m.people[quote.speaker].office,
    place: m.meetingFacts.venue,
    date: locale.date(quote.date, 'long'),
    sources: sources
      .map((source) => `${m.publisherName(source.id) ?? source.publisher}, ${source.url}`)
      .join('; '),
  };
  return wording.form === 'reported' ? m.quotes.citationReported(parts) : m.quotes.citation(parts);
}
