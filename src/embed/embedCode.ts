import { embedPath } from '../options/pages';
import type { Theme, View } from '../options/types';
import { PRESENTATION_PARAMS } from '../options/urlParams';

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
 * the theme. The folder says embed and view; an embed keeps its state in the query.
 */
export function embedUrl(rootHref: string, search: string, choice: EmbedChoice): string {
  const url = new URL(search, new URL(embedPath(choice.view), rootHref));
  for (const param of PRESENTATION_PARAMS) url.searchParams.delete(param);
  if (choice.theme !== 'auto') url.searchParams.set('theme', choice.theme);
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
  const src = escapeAttribute(embedUrl(rootHref, search, choice));
  const script = escapeAttribute(new URL('embed.js', new URL(toSiteRoot, rootHref)).toString());
  const height = INITIAL_HEIGHTS[choice.view];
  const iframe = (extra: string) =>
    `<iframe ${extra}src="${src}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
  return {
    responsive: `${iframe('data-cis-explainer ')}\n<script async src="${script}"></script>`,
    fixed: iframe(''),
  };
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
