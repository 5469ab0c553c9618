import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { headTags } from './app/headTags';
import { pageHead } from './app/pageHead';
import type { PageSpec } from './app/sitePages';
import { shareCardSvg } from './app/shareCard';
import { countryHeadline } from './app/pageHead';
import { STATUS_CHANGES } from './data/statusChanges';
import { STATUSES } from './data/types';
import { DATASETS } from './downloads/datasets';
import { toCsv } from './downloads/csv';
import { DEFAULT_OPTIONS } from './options/defaults';
import { editionRoot } from './options/pages';
import { loadAllParts } from './ui/Deferred';
import { PageRoot } from './ui/usePageRoot';
import { EN } from './i18n/en';
import { RU } from './i18n/ru';
import type { Lang, Locale } from './i18n/locale';
import type { Messages } from './i18n/messages';
import { LocaleContext } from './i18n/useLocale';
import { loadRegionGeometry } from './map/regionGeometry';
import { bakedShapes, provideBakedGeometry } from './map/bakedShapes';
import { statusesAt } from './model/status';
import { TIMELINE_END } from './model/timeline';

export { PAGES } from './app/sitePages';
export { rootFrom } from './options/pages';
export { EDITIONS } from './i18n/editions';
export { CARD_SIZE, cardPath, dataPath } from './app/pageHead';
export { CARD_FONT } from './app/shareCard';
export { robotsWithSitemap, sitemapXml } from './app/sitemap';

/**
 * A page's HTML, rendered at build time (scripts/prerender.mjs) so the headline, legend, table,
 * timeline and quotes paint before any JavaScript runs; a state's page with that state selected.
 * The map's box is drawn in as SVG from the boundaries, which only this build imports: the
 * browser's first-view JavaScript carries neither them nor the paths (map/bakedShapes.ts).
 */
const LOCALES: Readonly<Record<Lang, Locale<Messages>>> = { en: EN, ru: RU };

export async function render(page: PageSpec): Promise<string> {
  const locale = LOCALES[page.lang];
  // Below-the-fold parts load on demand in the browser; here they are all rendered into the HTML.
  await loadAllParts();
  await bake(locale);
  return renderToString(
    <StrictMode>
      <LocaleContext.Provider value={locale}>
        <PageRoot.Provider value={editionRoot(page.country)}>
          <App options={{ ...DEFAULT_OPTIONS, country: page.country }} notices={[]} />
        </PageRoot.Provider>
      </LocaleContext.Provider>
    </StrictMode>,
  );
}

/** A page's head words and tags, from the catalogue and the page (app/pageHead.ts). */
export function head(page: PageSpec, siteUrl: string | null) {
  const locale = LOCALES[page.lang];
  const words = pageHead(locale, page, siteUrl);
  return { ...words, noscript: locale.m.page.noscript, tags: headTags(words) };
}

/** A page's share image as SVG, from the same outlines and colours as the page's map. */
export async function card(page: PageSpec): Promise<string> {
  const locale = LOCALES[page.lang];
  const map = await bake(locale);
  const { m } = locale;
  const labels = Object.fromEntries(STATUSES.map((s) => [s, m.statuses[s].label]));
  return shareCardSvg(map, statusesAt(STATUS_CHANGES, TIMELINE_END), page.country, {
    kicker: m.pages.site,
    title: page.country ? m.countries[page.country] : m.page.heading,
    subtitle: page.country ? countryHeadline(locale, page.country) : m.page.dek,
    source: m.pages.cardSource,
    labels: labels as Record<(typeof STATUSES)[number], string>,
  });
}

/** The downloads as static files too, so the page's Dataset can point search engines at them. */
export function dataFiles(lang: Lang): { name: string; csv: string; json: string }[] {
  return DATASETS.map((make) => make(LOCALES[lang])).map((d) => ({
    name: d.name,
    csv: toCsv(d.columns, d.rows),
    json: JSON.stringify(d.rows, null, 2),
  }));
}

let geometry: Awaited<ReturnType<typeof loadRegionGeometry>> | null = null;
let bakedIn: string | null = null;

/** The drawn-in map, its labels placed for the words of the page's language (once per language). */
async function bake(locale: Locale<Messages>) {
  geometry ??= await loadRegionGeometry();
  if (bakedIn !== locale.lang) {
    provideBakedGeometry(geometry, { name: locale.m.countries, short: locale.m.countryShort });
    bakedIn = locale.lang;
  }
  return bakedShapes()!;
}
