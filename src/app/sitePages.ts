import { COUNTRY_CODES } from '../data/types';
import type { CountryCode } from '../data/types';
import { EDITIONS } from '../i18n/editions';
import { LANGS } from '../i18n/locale';
import type { Lang } from '../i18n/locale';
import { countryPath } from '../options/pages';

/** One prerendered page: where it lives under the site's root, and what it shows selected. */
export interface PageSpec {
  readonly lang: Lang;
  /**
   * The page's folder from the site's root: '' for the home page, 'country/ge/' for a state's,
   * with the edition's folder before it in another language ('ru/country/ge/').
   */
  readonly path: string;
  readonly country: CountryCode | null;
}

/** A page of an edition: its home page, or a state's. */
export function pageOf(lang: Lang, country: CountryCode | null): PageSpec {
  return { lang, path: `${EDITIONS[lang].dir}${country ? countryPath(country) : ''}`, country };
}

/** Every page the build writes: in each language, the home page, then one per state. */
export const PAGES: readonly PageSpec[] = LANGS.flatMap((lang) => [
  pageOf(lang, null),
  ...COUNTRY_CODES.map((country) => pageOf(lang, country)),
]);
