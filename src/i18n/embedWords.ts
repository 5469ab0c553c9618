import type { EmbedDialogWords } from './en/embedDialog';
import type { Lang } from './locale';
import { lazyWords } from './lazyWords';

export type { EmbedDialogWords } from './en/embedDialog';

const WORDS = lazyWords<EmbedDialogWords>({
  en: () => import('./en/embedDialog').then((module) => module.EN_EMBED_DIALOG),
  ru: () => import('./ru/embedDialog').then((module) => module.RU_EMBED_DIALOG),
});

/**
 * The embed dialog's words in `lang`, loaded once, with the dialog: like its code, they are no
 * part of the first view, and only the page's language is fetched (a failed load is tried again
 * at the next opening).
 */
export function loadEmbedWords(lang: Lang): Promise<EmbedDialogWords> {
  return WORDS.load(lang);
}
