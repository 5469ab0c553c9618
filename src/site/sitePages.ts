import { COUNTRY_CODES } from '../data/types';
import type { CountryCode } from '../data/types';
import { EDITIONS } from '../i18n/editions';
import { LANGS } from '../i18n/locale';
import type { Lang } from '../i18n/locale';
import { HOME, pagePath, STATE_VIEWS } from '../options/pages';
import type { PageKind } from '../options/pages';
import { VIEWS } from '../options/types';

/** One prerendered page: where it lives under the site's root, and what it shows. */
export interface PageSpec extends PageKind {
  readonly lang: Lang;
  /**
   * The page's folder from the site's root: '' for the home page, 'country/ge/' for a state's,
   * 'embed/map/' for an embed, with the edition's folder before it in another language
   * ('ru/country/ge/').
   */
  readonly path: string;
}

/** A page of an edition: its home page, a state's (a country code) or an embed's (a kind). */
export function pageOf(lang: Lang, page: CountryCode | PageKind | null): PageSpec {
  const kind = page === null ? HOME : typeof page === 'string' ? { ...HOME, country: page } : page;
  return { lang, path: `${EDITIONS[lang].dir}${pagePath(kind)}`, ...kind };
}

/** The page a reader reads in full: the embed's page stands for the edition's home page. */
export function fullPage(page: PageSpec): PageSpec {
  return page.embed === null ? page : pageOf(page.lang, page.country);
}

/**
 * Every page the build writes: in each language, the home page, one per state, one per embed
 * view, and one per state for each view that shows a state (embed/map/ge/): an embed's address
 * paints its view, and its state, from its own HTML, as a query picks no file.
 */
export const PAGES: readonly PageSpec[] = LANGS.flatMap((lang) => [
  pageOf(lang, null),
  ...COUNTRY_CODES.map((country) => pageOf(lang, country)),
  ...VIEWS.map((embed) => pageOf(lang, { country: null, embed })),
  ...STATE_VIEWS.flatMap((embed) =>
    COUNTRY_CODES.map((country) => pageOf(lang, { country, embed })),
  ),
]);

/** The pages a reader reads in full, with a share image and a place in the sitemap. */
export const FULL_PAGES: readonly PageSpec[] = PAGES.filter((page) => page.embed === null);

/**
 * The embed a page offers through oEmbed: an embed's page offers itself; a full page, and the
 * whole explainer's embed, the compact map of the same state (about one screen in a story).
 */
export function oembedPage(page: PageSpec): PageSpec {
  return page.embed !== null && page.embed !== 'all'
    ? page
    : pageOf(page.lang, { country: page.country, embed: 'map' });
}

/** Where the build writes the oEmbed document a page names: beside its embed's page. */
export function oembedPath(page: PageSpec): string {
  return `${oembedPage(page).path}oembed.json`;
}
