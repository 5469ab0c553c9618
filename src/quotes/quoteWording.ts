import type { Quote, SourceId } from '../data/types';
import type { Messages } from '../i18n/messages';

/** The words a page shows for a quote, and the sources that print them. */
export interface Wording {
  /** 'verbatim' words go in quotation marks; 'reported' speech never does. */
  readonly form: 'verbatim' | 'reported';
  /** True for the words as spoken (in the page's language), false for a translation. */
  readonly spoken: boolean;
  /** Reported speech shortened from the outlet's sentence. */
  readonly adapted?: boolean;
  readonly lead?: string;
  readonly text: string;
  readonly sourceIds: readonly SourceId[];
}

/**
 * A page in the language the quote was spoken in shows the spoken words (verbatim, or reported
 * speech where no source quotes the sentence); any other page shows the quote's own wording.
 */
export function wordingOf(quote: Quote, lang: string): Wording {
  const { spoken } = quote;
  if (spoken?.lang === lang)
    return {
      form: spoken.form,
      spoken: true,
      ...(spoken.adapted ? { adapted: true } : {}),
      text: spoken.text,
      sourceIds: spoken.sourceIds,
    };
  return {
    form: 'verbatim',
    spoken: false,
    ...(quote.lead ? { lead: quote.lead } : {}),
    text: quote.text,
    sourceIds: quote.sourceIds,
  };
}

/** The notes that go with the wording shown: those about the translation go only with it. */
export function notesFor(quote: Quote, wording: Wording): Quote['notes'] {
  return wording.spoken ? quote.notes.filter((note) => !note.aboutTranslation) : quote.notes;
}

/** The words as plain text: verbatim words in the language's quotation marks, reported as they are. */
export function wordingText(wording: Wording, m: Messages): string {
  if (wording.form === 'reported') return wording.text;
  return wording.lead
    ? m.quotes.withLead(wording.lead, wording.text)
    : m.quotes.quoted(wording.text);
}
