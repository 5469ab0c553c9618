import type { QuoteNoteId } from '../../data/types';

/** Notes beside the quotes, keyed by the note's id (quotes.ts). */
export const EN_QUOTE_NOTES = {
  'trade-period':
    '“First 10 months” per MENAFN and in the Russian words as Mir24 and VZGLYAD (TASS) print them; RT says “first nine months”, and Izvestia calls it trade among CIS member states rather than Russia’s trade with the Commonwealth.',
  translation:
    'Spoken in Russian; this English wording is MENAFN’s, and other outlets translate it differently.',
  'world-order-wording':
    'Another agency, IANS (citing TASS), renders it as “a fair world order … with a central coordinating role for the United Nations”.',
} satisfies Record<QuoteNoteId, string>;
