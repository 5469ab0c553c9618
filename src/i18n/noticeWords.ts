import type { EN_NOTICES } from './en/notices';
import type { Lang } from './locale';

/** The notices' words: English's shape, its strings widened. */
export type NoticeWords = {
  readonly intro: string;
  readonly reasons: { readonly [K in keyof (typeof EN_NOTICES)['reasons']]: string };
  readonly dismiss: string;
};

const LOADERS: Readonly<Record<Lang, () => Promise<NoticeWords>>> = {
  en: () => import('./en/notices').then((module) => module.EN_NOTICES),
  ru: () => import('./ru/notices').then((module) => module.RU_NOTICES),
};

const loaded = new Map<Lang, NoticeWords>();
const loading = new Map<Lang, Promise<NoticeWords>>();

/**
 * The notices' words in `lang`, loaded once. Only a page whose address has a setting it cannot use
 * shows a notice: the rest never fetch these, and a page with one loads them before it draws.
 */
export function loadNoticeWords(lang: Lang): Promise<NoticeWords> {
  let words = loading.get(lang);
  if (!words) {
    words = LOADERS[lang]().then(
      (value) => {
        loaded.set(lang, value);
        return value;
      },
      (error: unknown) => {
        loading.delete(lang); // a later notice tries again
        throw error;
      },
    );
    loading.set(lang, words);
  }
  return words;
}

/** The notices' words in `lang` if they have loaded, else undefined. */
export function noticeWords(lang: Lang): NoticeWords | undefined {
  return loaded.get(lang);
}
