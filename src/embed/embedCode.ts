import { COUNTRY_CODES } from '../data/types';
import type { CountryCode } from '../data/types';
import { countryPath, EMBED_THEME, pagePath, showsState } from '../options/pages';
import type { Theme, View } from '../options/types';
import { PRESENTATION_PARAMS } from '../options/urlParams';
import { escapeHtml } from '../ui/escapeHtml';

/** What the reader picks in the embed dialog. */
export interface EmbedChoice {
  readonly view: View;
  readonly theme: Theme;
}

/** Starting heights per view, before embed.js sizes the frame to its content. */
export const INITIAL_HEIGHTS = {
  all: 1600,
  map: 820,
  history: 720,
  timeline: 760,
  quotes: 640,
} as const satisfies Record<View, number>;

/**
 * The embed address: the view's own prerendered page under the edition's root at `rootHref`
 * (absolute), embed/map/ and the like, which paints the view from its HTML, with the reader's
 * selection (`search`: country, date, event, mode, quote, as urlState.toSearch writes them) and
 * the theme. A selected state, in a view that shows one, is a folder of its own (embed/map/ge/),
 * whose HTML shows it; the rest stays in the query. An embed is light unless the theme says else.
 */
export function embedUrl(rootHref: string, search: string, choice: EmbedChoice): string {
  const selected = selectedState(search);
  const country = selected && showsState(choice.view) ? selected : null;
  const url = new URL(search, new URL(pagePath({ country, embed: choice.view }), rootHref));
  for (const param of PRESENTATION_PARAMS) url.searchParams.delete(param);
  if (country) url.searchParams.delete('country');
  if (choice.theme !== EMBED_THEME) url.searchParams.set('theme', choice.theme);
  url.hash = '';
  return url.toString();
}

/** The two snippets: self-resizing (iframe + embed.js) and a plain iframe of fixed height. */
export function embedSnippets(
  rootHref: string,
  search: string,
  choice: EmbedChoice,
  /** The frame's title, in the page's language. */
  title: string,
  /** The site root, where embed.js is, from the edition's root: '../' from ru/, else './'. */
  toSiteRoot = './',
): { responsive: string; fixed: string } {
  const src = escapeHtml(embedUrl(rootHref, search, choice));
  const script = escapeHtml(new URL('embed.js', new URL(toSiteRoot, rootHref)).toString());
  const height = INITIAL_HEIGHTS[choice.view];
  const iframe = (extra: string) =>
    `<iframe ${extra}src="${src}" title="${escapeHtml(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
  return {
    responsive: `${iframe('data-cis-explainer ')}\n<script async src="${script}"></script>`,
    fixed: iframe(''),
  };
}

/** The state the reader selected (the query's `country`), if it is one of the 15. */
function selectedState(search: string): CountryCode | null {
  const code = new URLSearchParams(search).get('country')?.toUpperCase();
  return code && (COUNTRY_CODES as readonly string[]).includes(code) ? (code as CountryCode) : null;
}

/**
 * The share image of the selected state (or of the explainer), as the build writes it: og/ge.png,
 * og/ru/ge.png (the rule of site/pageHead.ts cardPath, held to it by a unit test). 1200 × 630.
 */
export function cardUrl(siteHref: string, editionDir: string, search: string): string {
  const country = selectedState(search);
  return new URL(`og/${editionDir}${country ? country.toLowerCase() : 'home'}.png`, siteHref).href;
}

/**
 * Where iframes do not go (RSS, email, AMP placeholders): the state's share image, linked to its
 * page in the edition at `rootHref`. `alt` says what the image shows.
 */
export function imageSnippet(
  rootHref: string,
  siteHref: string,
  editionDir: string,
  search: string,
  alt: string,
): string {
  const country = selectedState(search);
  const page = new URL(country ? countryPath(country) : '', rootHref).href;
  const image = cardUrl(siteHref, editionDir, search);
  return `<a href="${escapeHtml(page)}"><img src="${escapeHtml(image)}" alt="${escapeHtml(alt)}" width="1200" height="630" style="max-width:100%;height:auto;border:0"></a>`;
}
