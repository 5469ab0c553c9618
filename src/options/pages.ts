import { COUNTRY_CODES } from '../data/types';
import type { CountryCode } from '../data/types';
import { DEFAULT_OPTIONS, EMBED_THEME } from './defaults';
import { VIEWS } from './types';
import type { UrlOptions, View } from './types';

/**
 * What a prerendered page shows before its query says anything: an edition's home page (both
 * null), a state's page, or an embed of one view, of the default state or, for a view that shows
 * a state (STATE_VIEWS), with a state selected (embed/map/ge/).
 */
export interface PageKind {
  readonly country: CountryCode | null;
  /** The view of an embed's page, or null for a full page. */
  readonly embed: View | null;
}

/** The views that show a selected state, so have an embed page per state: embed/map/ge/. */
export const STATE_VIEWS: readonly View[] = ['all', 'map', 'history'];

/** True when `view` shows a selected state (the timeline and the quotes do not). */
export function showsState(view: View): boolean {
  return STATE_VIEWS.includes(view);
}

/** The home page of an edition. */
export const HOME: PageKind = { country: null, embed: null };

/** A state's page, at its lower-case ISO alpha-2 code. */
export function countryPath(country: CountryCode): string {
  return `country/${country.toLowerCase()}/`;
}

/**
 * The sources and the corrections, on a page of their own below the edition's root: the full
 * page's HTML carries only their heading and a link here (the list comes with its code, as the
 * reader nears it), so a reader without JavaScript follows a citation to this page.
 */
export const SOURCES_PATH = 'sources/';

/** An embed's page: embed/ for the whole explainer, embed/map/ and the like for one view. */
export function embedPath(view: View): string {
  return view === 'all' ? 'embed/' : `embed/${view}/`;
}

/** A page's folder below its edition's root: '', 'country/ge/', 'embed/map/', 'embed/map/ge/'. */
export function pagePath(kind: PageKind): string {
  if (kind.embed !== null) {
    const state = kind.country && showsState(kind.embed) ? `${kind.country.toLowerCase()}/` : '';
    return `${embedPath(kind.embed)}${state}`;
  }
  return kind.country ? countryPath(kind.country) : '';
}

/**
 * The options a page is prerendered with: the one statement of what its HTML shows, read by the
 * prerender to draw it and by the browser to decide whether the HTML can be hydrated as it is.
 */
export function prerenderedOptions(kind: PageKind): UrlOptions {
  return {
    ...DEFAULT_OPTIONS,
    country: kind.country,
    embed: kind.embed !== null,
    view: kind.embed ?? DEFAULT_OPTIONS.view,
    // An embed sits in someone else's story: light unless its publisher chose otherwise, as the
    // build writes it into the embed's <html data-theme>.
    theme: kind.embed !== null ? EMBED_THEME : DEFAULT_OPTIONS.theme,
  };
}

/** From a page's folder back to the site's root: '' → './', 'country/ge/' → '../../'. */
export function rootFrom(path: string): string {
  const depth = path.split('/').filter(Boolean).length;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * From a page back to its edition's root: './', '../../' from a state's page, '../' from embed/.
 * The one place a page's depth below its edition is worked out.
 */
export function editionRoot(kind: PageKind): string {
  return rootFrom(pagePath(kind));
}

/** The state whose page `pathname` is (the address's path, any folder before it), or null. */
export function countryOfPath(pathname: string): CountryCode | null {
  const match = /\/country\/([a-z]{2})\/(?:index\.html)?$/.exec(pathname);
  const code = match?.[1]?.toUpperCase();
  return code && (COUNTRY_CODES as readonly string[]).includes(code) ? (code as CountryCode) : null;
}

export { EMBED_THEME } from './defaults';

const EMBED_PAGE = new RegExp(
  `/embed/(?:(${VIEWS.filter((view) => view !== 'all').join('|')})/)?(?:([a-z]{2})/)?(?:index\\.html)?$`,
);

/** The embed whose page `pathname` is (its view, 'all' for embed/, and its state), or null. */
export function embedOfPath(pathname: string): PageKind | null {
  const match = EMBED_PAGE.exec(pathname);
  if (!match) return null;
  const embed = (match[1] as View | undefined) ?? 'all';
  const code = match[2]?.toUpperCase();
  if (code === undefined) return { country: null, embed };
  const known = (COUNTRY_CODES as readonly string[]).includes(code) && showsState(embed);
  return known ? { country: code as CountryCode, embed } : null;
}

/** The page `pathname` is (a state's, an embed's, else a home page), wherever the site is hosted. */
export function pageOfPath(pathname: string): PageKind {
  return embedOfPath(pathname) ?? { country: countryOfPath(pathname), embed: null };
}

/** The options the page itself decides (its state, whether it is an embed, its view, its colours). */
const PAGE_OPTIONS = [
  'country',
  'embed',
  'view',
  'theme',
] as const satisfies readonly (keyof UrlOptions)[];

/**
 * The options of an address on `kind`'s page: the query's, and the page's own (its state, its
 * embed view) for each of those the query does not name. country/ge/?country=am shows Armenia.
 */
export function onPage(options: UrlOptions, search: string, kind: PageKind): UrlOptions {
  const named = new URLSearchParams(search);
  const page = prerenderedOptions(kind);
  const taken = PAGE_OPTIONS.filter((key) => !named.has(key)).map((key) => [key, page[key]]);
  return { ...options, ...(Object.fromEntries(taken) as Partial<UrlOptions>) };
}
