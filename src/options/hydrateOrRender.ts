import type { UrlOptions } from './types';
import { drawsAsPrerendered } from './urlParams';

/** What the browser finds when the app starts: the page's HTML and what its address asks for. */
export interface StartingPoint {
  /** Whether the root holds prerendered HTML (a dev server's page, or a failed build, has none). */
  readonly hasHtml: boolean;
  /** The address asked for something it could not have: the notice is not in the HTML. */
  readonly hasNotices: boolean;
  /** What the address asks for. */
  readonly options: UrlOptions;
  /** What the page's HTML shows (options/pages.ts: prerenderedOptions). */
  readonly prerendered: UrlOptions;
}

/**
 * Hydrate the prerendered HTML only when it already shows what was asked for: the same drawn
 * options and no notice. Anything else renders fresh, as hydrating HTML of another state would
 * mismatch (React throws it away anyway, after logging an error).
 */
export function hydrateOrRender(start: StartingPoint): 'hydrate' | 'render' {
  return start.hasHtml && !start.hasNotices && drawsAsPrerendered(start.options, start.prerendered)
    ? 'hydrate'
    : 'render';
}
