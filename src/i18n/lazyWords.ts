import type { Lang } from './locale';

/** Words kept out of the first view's catalogue, fetched for one language when first needed. */
export interface LazyWords<T> {
  /** The words in `lang`, loaded once (a failed load is tried again next time). */
  load(lang: Lang): Promise<T>;
  /** The words in `lang` if they have loaded, else undefined. */
  loaded(lang: Lang): T | undefined;
}

/** Per-language words behind dynamic imports: only the page's language is ever fetched. */
export function lazyWords<T>(loaders: Readonly<Record<Lang, () => Promise<T>>>): LazyWords<T> {
  const done = new Map<Lang, T>();
  const pending = new Map<Lang, Promise<T>>();
  return {
    load(lang) {
      let words = pending.get(lang);
      if (!words) {
        words = loaders[lang]().then(
          (value) => {
            done.set(lang, value);
            return value;
          },
          (error: unknown) => {
            pending.delete(lang);
            throw error;
          },
        );
        pending.set(lang, words);
      }
      return words;
    },
    loaded: (lang) => done.get(lang),
  };
}
