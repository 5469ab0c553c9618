import type { ImageWords } from './en/image';
import type { Lang } from './locale';
import { lazyWords } from './lazyWords';

export type { ImageWords } from './en/image';

const WORDS = lazyWords<ImageWords>({
  en: () => import('./en/image').then((module) => module.EN_IMAGE),
  ru: () => import('./ru/image').then((module) => module.RU_IMAGE),
});

/**
 * The image's words in `lang`, loaded once, with the image's dialog: like its code, they are no
 * part of the first view, and only the page's language is fetched.
 */
export function loadImageWords(lang: Lang): Promise<ImageWords> {
  return WORDS.load(lang);
}
