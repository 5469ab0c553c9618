import type { QuoteNoteId } from '../../data/types';

/** Notes beside the quotes, keyed by the note's id (quotes.ts). */
export const RU_QUOTE_NOTES = {
  'trade-period':
    '«За 10 месяцев» — у MENAFN и в русском тексте, как его печатают МИР 24 и ВЗГЛЯД (ТАСС); RT пишет о «первых девяти месяцах», а «Известия» называют это товарооборотом между государствами – участниками СНГ, а не товарооборотом России с Содружеством.',
  translation:
    'Английские издания переводят эти слова по-разному; английская формулировка на английской версии страницы — перевод MENAFN.',
  'world-order-wording':
    'Перевод агентства IANS (со ссылкой на ТАСС) передаёт «справедливого» как fair (у MENAFN — just), «при центральной роли ООН» — как «центральная координирующая роль» (a central coordinating role), а ООН называет полностью — United Nations.',
} satisfies Record<QuoteNoteId, string>;
