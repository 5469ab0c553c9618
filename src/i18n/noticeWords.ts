import type { EN_NOTICES } from './en/notices';
import type { Lang } from './locale';
import { lazyWords } from './lazyWords';

/** The notices' words: English's shape, its strings widened. */
export type NoticeWords = {
  readonly intro: string;
  readonly reasons: { readonly [K in keyof (typeof EN_NOTICES)['reasons']]: string };
  readonly dismiss: string;
};

const WORDS = lazyWords<NoticeWords>({
  en: () => import('./en/notices').then((module) => module.EN_NOTICES),
  ru: () => import('./ru/notices').then((module) => module.RU_NOTICES),
});

/**
 * The notices' words in `lang`, loaded once. Only a page whose address has a setting it cannot use
 * shows a notice: the rest never fetch these, and a page with one loads them before it draws.
 */
export function loadNoticeWords(lang: Lang): Promise<NoticeWords> {
  return WORDS.load(lang);
}

/** The notices' words in `lang` if they have loaded, else undefined. */
export function noticeWords(lang: Lang): NoticeWords | undefined {
  return WORDS.loaded(lang);
}
