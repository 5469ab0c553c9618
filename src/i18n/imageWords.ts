import type { ImageWords } from './en/image';
import type { Lang } from './locale';

export type { ImageWords } from './en/image';

const LOADERS: Readonly<Record<Lang, () => Promise<ImageWords>>> = {
  en: () => import('./en/image').then((module) => module.EN_IMAGE),
  ru: () => import('./ru/image').then((module) => module.RU_IMAGE),
};

const loaded = new Map<Lang, Promise<ImageWords>>();

/**
 * The image's words in `lang`, loaded once, with the image's dialog: like its code, they are no
 * part of the first view, and only the page's language is fetched.
 */
export function loadImageWords(lang: Lang): Promise<ImageWords> {
  let words = loaded.get(lang);
  if (!words) {
    words = LOADERS[lang]();
    loaded.set(lang, words);
  }
  return words;
}
