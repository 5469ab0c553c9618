import type { QuoteNoteId } from '../data/types';
import type { Lang } from './locale';
import { EN_QUOTE_NOTES } from './en/quoteNotes';
import { RU_QUOTE_NOTES } from './ru/quoteNotes';

/**
 * The notes beside the quotes, per language. Kept out of the first view's catalogue: only the
 * quotes panel shows them, and its code (with these) loads as the reader nears it.
 */
export const QUOTE_NOTE_TEXTS: Readonly<Record<Lang, Readonly<Record<QuoteNoteId, string>>>> = {
  en: EN_QUOTE_NOTES,
  ru: RU_QUOTE_NOTES,
};
