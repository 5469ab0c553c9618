import type { Lang } from './locale';

/** One edition of the explainer: the folder its pages live in, and its language's own name. */
export interface Edition {
  readonly lang: Lang;
  /** The edition's folder under the site root: '' for English, 'ru/' for Russian. */
  readonly dir: string;
  /** The language's name in that language, for the switch between editions. */
  readonly name: string;
}

/** The editions, English first: English is the x-default a reader without a match gets. */
export const EDITIONS: Readonly<Record<Lang, Edition>> = {
  en: { lang: 'en', dir: '', name: 'English' },
  ru: { lang: 'ru', dir: 'ru/', name: 'Русский' },
};

/** The path from a page of edition `from` to the page of edition `to` (relative, no host). */
export function editionPath(from: Lang, to: Lang): string {
  if (from === to) return './';
  const up = '../'.repeat(EDITIONS[from].dir.split('/').filter(Boolean).length);
  return `${up || './'}${EDITIONS[to].dir}`;
}

/** A relative path followed by another, without a needless "./" between them: '../../' + './ru/'. */
export function joinPath(first: string, then: string): string {
  if (first === './' || first === '') return then;
  return then.startsWith('./') ? `${first}${then.slice(2)}` : `${first}${then}`;
}
