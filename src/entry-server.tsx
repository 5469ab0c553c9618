import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { headTags } from './site/headTags';
import { pageHead } from './site/pageHead';
import { FULL_PAGES, PAGES } from './site/sitePages';
import type { PageSpec } from './site/sitePages';
import { CARD_FONT, shareCardSvg } from './site/shareCard';
import { cardPath, countryHeadline, dataPath, periodWords } from './site/pageHead';
import { robotsWithSitemap, sitemapXml } from './site/sitemap';
import { oembedDocument } from './site/oembed';
import { oembedPath } from './site/sitePages';
import { contentSecurityPolicy } from './site/contentSecurityPolicy';
import { hostHeaders, metaPolicy } from './site/hostHeaders';
import { hostFiles } from './site/hostConfigs';
import { EDITIONS } from './i18n/editions';
import { STATUS_CHANGES } from './data/statusChanges';
import { STATUSES } from './data/types';
import { DATASETS } from './downloads/datasets';
import { toCsv } from './downloads/csv';
import {
  EMBED_THEME,
  SOURCES_PATH,
  editionRoot,
  prerenderedOptions,
  rootFrom,
} from './options/pages';
import { SourcesOnPage } from './sources/SourceLinks';
import { SourcesPage } from './app/SourcesPage';
import { escapeHtml } from './ui/escapeHtml';
import { loadAllParts } from './ui/deferredParts';
import { PageRoot } from './ui/usePageRoot';
import { EN } from './i18n/en';
import { RU } from './i18n/ru';
import type { Lang, Locale } from './i18n/locale';
import type { Messages } from './i18n/messages';
import { LocaleContext } from './i18n/useLocale';
import { loadRegionGeometry } from './map/geometry/regionGeometry';
import { bakeMap } from './map/baked/bakedShapes';
import { BakedMapContext } from './map/baked/BakedMapContext';
import type { LabelledMap } from './map/labels/labelledMap';
import { statusesAt } from './model/status';
import { TIMELINE_END } from './model/timeline';

/**
 * A page's HTML, rendered at build time (scripts/prerender.mjs) so the headline, legend, table,
 * timeline and quotes paint before any JavaScript runs; a state's page with that state selected.
 * The map's box is drawn in as SVG from the boundaries, which only this build imports: the
 * browser's first-view JavaScript carries neither them nor the paths (map/baked/bakedShapes.ts).
 */
const LOCALES: Readonly<Record<Lang, Locale<Messages>>> = { en: EN, ru: RU };

async function render(page: PageSpec): Promise<string> {
  const locale = LOCALES[page.lang];
  // Below-the-fold parts load on demand in the browser; here they are all rendered into the HTML.
  await loadAllParts();
  const map = await bake(locale);
  return renderToString(
    <StrictMode>
      <LocaleContext.Provider value={locale}>
        <PageRoot.Provider value={editionRoot(page)}>
          <BakedMapContext.Provider value={map}>
            <App options={prerenderedOptions(page)} notices={[]} />
          </BakedMapContext.Provider>
        </PageRoot.Provider>
      </LocaleContext.Provider>
    </StrictMode>,
  );
}

/** An edition's sources page (sources/, ru/sources/): where it is written, below the site's root. */
function sourcesPath(lang: Lang): string {
  return `${EDITIONS[lang].dir}${SOURCES_PATH}`;
}

/** An edition's sources page: the list and the corrections, as HTML with no script to run. */
function renderSources(lang: Lang): string {
  return renderToString(
    <StrictMode>
      <LocaleContext.Provider value={LOCALES[lang]}>
        <PageRoot.Provider value={rootFrom(SOURCES_PATH)}>
          <SourcesOnPage.Provider value={true}>
            <SourcesPage />
          </SourcesOnPage.Provider>
        </PageRoot.Provider>
      </LocaleContext.Provider>
    </StrictMode>,
  );
}

/** The sources page's head: its title and description, and its address where the site's is known. */
function sourcesHead(lang: Lang, siteUrl: string | null) {
  const { m } = LOCALES[lang];
  const title = `${m.sources.page.title} — ${m.pages.site}`;
  const description = m.sources.page.description;
  const canonical = siteUrl
    ? `\n    <link rel="canonical" href="${escapeHtml(`${siteUrl}${sourcesPath(lang)}`)}" />`
    : '';
  return {
    lang,
    title,
    tags: `<meta name="description" content="${escapeHtml(description)}" />${canonical}`,
  };
}

/** A page's head words and tags, from the catalogue and the page (site/pageHead.ts). */
function head(page: PageSpec, siteUrl: string | null) {
  const locale = LOCALES[page.lang];
  const words = pageHead(locale, page, siteUrl);
  return { ...words, noscript: locale.m.page.noscript, tags: headTags(words) };
}

/** A page's share image as SVG, from the same outlines and colours as the page's map. */
async function card(page: PageSpec): Promise<string> {
  const locale = LOCALES[page.lang];
  const map = await bake(locale);
  const { m } = locale;
  const labels = Object.fromEntries(STATUSES.map((s) => [s, m.statuses[s].label]));
  return shareCardSvg(map, statusesAt(STATUS_CHANGES, TIMELINE_END), page.country, {
    kicker: m.pages.site,
    title: page.country ? m.countries[page.country] : m.page.heading,
    subtitle: page.country ? countryHeadline(locale, page.country) : m.page.dek,
    source: m.pages.cardSource,
    period: periodWords(locale, 'card'),
    labels: labels as Record<(typeof STATUSES)[number], string>,
  });
}

/** The oEmbed document a page names (site/oembed.ts), where the build writes it and its JSON. */
function oembed(page: PageSpec, siteUrl: string): { path: string; json: string } {
  const document = oembedDocument(LOCALES[page.lang], page, siteUrl);
  return { path: oembedPath(page), json: `${JSON.stringify(document, null, 2)}\n` };
}

/** The downloads as static files too, so the page's Dataset can point search engines at them. */
function dataFiles(lang: Lang): { name: string; csv: string; json: string }[] {
  return DATASETS.map((make) => make(LOCALES[lang])).map((d) => ({
    name: d.name,
    csv: toCsv(d.columns, d.rows),
    json: JSON.stringify(d.rows, null, 2),
  }));
}

let geometry: Awaited<ReturnType<typeof loadRegionGeometry>> | null = null;
const baked = new Map<Lang, LabelledMap>();

/** The drawn-in map, its labels placed for the words of the page's language (once per language). */
async function bake(locale: Locale<Messages>) {
  geometry ??= await loadRegionGeometry();
  let map = baked.get(locale.lang);
  if (!map) {
    map = bakeMap(geometry, { name: locale.m.countries, short: locale.m.countryShort });
    baked.set(locale.lang, map);
  }
  return map;
}

/**
 * Everything scripts/prerender.mjs takes from this build, as one typed object: the pages to
 * write, how to draw each (HTML body, head, share image), the downloads, the sitemap and the
 * security policy.
 */
export interface SiteEntry {
  /** Every page the build writes; FULL_PAGES, those with a share image and a sitemap entry. */
  readonly pages: readonly PageSpec[];
  readonly fullPages: readonly PageSpec[];
  readonly editions: typeof EDITIONS;
  readonly render: (page: PageSpec) => Promise<string>;
  readonly head: (page: PageSpec, siteUrl: string | null) => ReturnType<typeof head>;
  readonly card: (page: PageSpec) => Promise<string>;
  /** With a site URL: the oEmbed document the page names (pages share them: write each once). */
  readonly oembed: typeof oembed;
  readonly cardFont: string;
  readonly cardPath: (page: PageSpec) => string;
  readonly dataFiles: typeof dataFiles;
  readonly dataPath: typeof dataPath;
  readonly rootFrom: (path: string) => string;
  readonly sitemapXml: typeof sitemapXml;
  readonly robotsWithSitemap: typeof robotsWithSitemap;
  readonly contentSecurityPolicy: typeof contentSecurityPolicy;
  /** Every host's configuration (`_headers`, nginx, Caddy, Apache, Vercel) from the policy. */
  readonly hostFiles: (policy: string, base: string) => Readonly<Record<string, string>>;
  readonly metaPolicy: typeof metaPolicy;
  /** The colour scheme an embed's page is written in (its <html data-theme>). */
  readonly embedTheme: typeof EMBED_THEME;
  /** Each edition's sources page: where it goes, its body and its head. */
  readonly sourcesPath: typeof sourcesPath;
  readonly renderSources: typeof renderSources;
  readonly sourcesHead: typeof sourcesHead;
}

export const site: SiteEntry = {
  pages: PAGES,
  fullPages: FULL_PAGES,
  editions: EDITIONS,
  render,
  head,
  card,
  oembed,
  cardFont: CARD_FONT,
  cardPath,
  dataFiles,
  dataPath,
  rootFrom,
  sitemapXml,
  robotsWithSitemap,
  contentSecurityPolicy,
  hostFiles: (policy, base) => hostFiles(hostHeaders(policy), base),
  metaPolicy,
  embedTheme: EMBED_THEME,
  sourcesPath,
  renderSources,
  sourcesHead,
};
