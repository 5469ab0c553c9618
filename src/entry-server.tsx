import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { DEFAULT_OPTIONS } from './options/defaults';
import { loadAllParts } from './ui/Deferred';
import { EN } from './i18n/en';
import { RU } from './i18n/ru';
import { LANGS } from './i18n/locale';
import type { Lang, Locale } from './i18n/locale';
import type { Messages } from './i18n/messages';
import { EDITIONS, editionPath } from './i18n/editions';
import { LocaleContext } from './i18n/useLocale';
import { loadRegionGeometry } from './map/regionGeometry';
import { provideBakedGeometry } from './map/bakedShapes';

/**
 * The page's HTML in its default state, rendered at build time (scripts/prerender.mjs) so the
 * headline, legend, table, timeline and quotes paint before any JavaScript runs. The map's box is
 * drawn in as SVG from the boundaries, which only this build imports: the browser's first-view
 * JavaScript carries neither them nor the paths (map/bakedShapes.ts).
 */
const LOCALES: Readonly<Record<Lang, Locale<Messages>>> = { en: EN, ru: RU };

/**
 * The pages to prerender: every language × every page. Each has its language, its folder under
 * dist/ and the relative path from it to the site root (for the template's asset URLs).
 */
export const PAGES: readonly { lang: Lang; dir: string; root: string }[] = LANGS.map((lang) => ({
  lang,
  dir: EDITIONS[lang].dir,
  root: editionPath(lang, 'en'),
}));

/** The page's head words and its language, from the catalogue, for the prerender to write in. */
export function head(lang: Lang = 'en'): {
  lang: string;
  title: string;
  description: string;
  noscript: string;
  /** The same page in every language (and x-default, English), relative to this page. */
  alternates: { hreflang: string; href: string }[];
} {
  const { m } = LOCALES[lang];
  return {
    lang,
    title: m.page.title,
    description: m.page.description,
    noscript: m.page.noscript,
    alternates: [
      ...LANGS.map((other) => ({ hreflang: other, href: editionPath(lang, other) })),
      { hreflang: 'x-default', href: editionPath(lang, 'en') },
    ],
  };
}

export async function render(lang: Lang = 'en'): Promise<string> {
  // Below-the-fold parts load on demand in the browser; here they are all rendered into the HTML.
  await loadAllParts();
  provideBakedGeometry(await loadRegionGeometry());
  return renderToString(
    <StrictMode>
      <LocaleContext.Provider value={LOCALES[lang]}>
        <App options={DEFAULT_OPTIONS} notices={[]} />
      </LocaleContext.Provider>
    </StrictMode>,
  );
}
