import { useEffect, useReducer, useRef } from 'react';
import type { Dispatch } from 'react';
import { DEFAULT_OPTIONS } from '../options/defaults';
import type { UrlOptions } from '../options/types';
import { countryPath, editionRoot, pagePath, showsState } from '../options/pages';
import { initialSelection, selectionReducer } from './selection';
import type { Selection, SelectionAction } from './selection';
import { toSearch } from './urlState';

/** How long the address waits for the date or mode to stop changing before it follows them. */
const ADDRESS_QUIET_MS = 300;

/**
 * Where the page's address lives: the site's root as an absolute address, and how to read the
 * options back from the address (for Back and Forward). Only the browser's page has one.
 */
export interface SiteAddress {
  readonly root: string;
  readonly read: () => UrlOptions;
  /** What the page's own HTML shows (options/pages.ts): its folder says it, the query need not. */
  readonly prerendered: UrlOptions;
}

/** What useSelection gives the app. */
export interface SelectionState {
  readonly selection: Selection;
  readonly dispatch: Dispatch<SelectionAction>;
  /** The way from the address's folder back to the site's root; null when the address keeps its folder. */
  readonly root: string | null;
  /** The address: its page's path from the edition's root, and its query. */
  readonly address: { readonly path: string; readonly search: string };
}

/**
 * The selection, started from the URL's options and written back to the address bar so it is
 * always a shareable link. With a site address (the full page), a selected state's address is its
 * own page (country/ge/), the rest in the query: choosing another state is a new history entry,
 * Back and Forward restore what the address holds. Otherwise (an embed, a test) only the query
 * changes, with replaceState, so Back still leaves the page.
 */
export function useSelection(options: UrlOptions, site?: SiteAddress): SelectionState {
  const [selection, dispatch] = useReducer(selectionReducer, options, initialSelection);
  const managed = site !== undefined && !options.embed;
  // An embed opened on a state (embed/map/ge/, as the embed dialog writes it, or the older
  // embed/map/?country=GE) keeps the state in its folder: replaced, not pushed, so Back still
  // leaves the frame's page. One opened without a state keeps its folder and takes a state in the
  // query, as before: a deeper folder would change every relative address on the page, and React
  // would then drop the parts still kept as server HTML, shrinking the frame under the reader.
  const embedView =
    site && options.country !== null && inEmbedFolder(options, site.prerendered)
      ? options.view
      : null;
  const inFolder = managed || embedView !== null;
  // A full page's state is its own page (country/ge/) wherever this runs, the build's prerender
  // included, which writes no address but draws the links to it from the other edition (and the
  // browser keeps a server-drawn link's address).
  const path = !options.embed
    ? selection.country
      ? countryPath(selection.country)
      : ''
    : embedView !== null
      ? pagePath({ country: selection.country, embed: embedView })
      : '';
  const search = toSearch(
    inFolder ? { ...selection, country: null } : selection,
    site ? besidePage(options, site.prerendered) : options,
    site?.prerendered.theme,
  );
  // The first write only tidies the address it was opened at (?country=ge → country/ge/):
  // replaced, or Back would return to an address that moves forward again.
  const opened = useRef(true);
  useEffect(() => {
    const { location, history } = window;
    const first = opened.current;
    opened.current = false;
    const write = (change: () => void) => {
      try {
        change();
      } catch {
        // Some sandboxed frames refuse history changes; the page works the same without them.
      }
    };
    if (inFolder && site) {
      const target = new URL(`${path}${search}`, site.root);
      if (target.pathname !== location.pathname) {
        if (first || !managed)
          write(() => history.replaceState(history.state, '', `${target.href}${location.hash}`));
        else write(() => history.pushState(null, '', target.href));
        return;
      }
      if (target.search === location.search) return;
      return replaceSoon(() =>
        history.replaceState(history.state, '', `${target.href}${location.hash}`),
      );
    }
    if (search === location.search) return;
    return replaceSoon(() =>
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`),
    );

    // A query-only change (the date, the mode) waits until the reader pauses: each history
    // change is a same-document navigation, which costs the browser a frame's worth of work
    // (it fetches the page's icon again), and the slider or Play would make one per step.
    // Cancelled by the next change, written at once if the page is left meanwhile.
    function replaceSoon(replace: () => void) {
      if (first) return write(replace);
      const flush = () => {
        window.clearTimeout(timer);
        window.removeEventListener('pagehide', flush);
        write(replace);
      };
      const timer = window.setTimeout(flush, ADDRESS_QUIET_MS);
      window.addEventListener('pagehide', flush);
      return () => {
        window.clearTimeout(timer);
        window.removeEventListener('pagehide', flush);
      };
    }
  }, [managed, inFolder, path, search, site]);
  useEffect(() => {
    if (!managed) return;
    const restore = () => dispatch({ type: 'restore', options: site.read() });
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, [managed, site]);
  // Where nothing writes the address (the prerender), a full page's query still leaves its state
  // to the folder, as the written address does.
  const address = {
    path,
    search: options.embed || inFolder ? search : toSearch({ ...selection, country: null }, options),
  };
  return {
    selection,
    dispatch,
    root: inFolder ? editionRoot({ country: selection.country, embed: embedView }) : null,
    address,
  };
}

/** True on an embed's page of a view that shows a state, the query naming no other view. */
function inEmbedFolder(options: UrlOptions, page: UrlOptions): boolean {
  return options.embed && page.embed && options.view === page.view && showsState(page.view);
}

/** The presentation options an address on the page must say: an embed's folder says its view. */
function besidePage(options: UrlOptions, page: UrlOptions): UrlOptions {
  if (!page.embed || !options.embed) return options;
  const view = options.view === page.view ? DEFAULT_OPTIONS.view : options.view;
  return { ...options, embed: false, view };
}
