import { useEffect, useReducer } from 'react';
import type { UrlOptions } from '../options/types';
import { initialSelection, selectionReducer } from './selection';
import { toSearch } from './urlState';

/**
 * The selection, started from the URL's options and written back to the address bar
 * (replaceState, so Back still leaves the page) so it is always a shareable link.
 */
export function useSelection(options: UrlOptions) {
  const [selection, dispatch] = useReducer(selectionReducer, options, initialSelection);
  const search = toSearch(selection, options);
  useEffect(() => {
    if (search === window.location.search) return;
    try {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    } catch {
      // Some sandboxed frames refuse history changes; the page works the same without them.
    }
  }, [search]);
  return [selection, dispatch] as const;
}
