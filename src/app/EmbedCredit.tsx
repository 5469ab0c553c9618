import { LAST_UPDATED } from '../data/lastUpdated';
import type { UrlOptions } from '../embed/urlOptions';
import { formatDate } from '../model/dates';
import type { Selection } from './selection';
import { toSearch } from './urlState';

/** The embed's one-line credit: a link to the full explainer in the same state, in a new tab. */
export function EmbedCredit({
  selection,
  options,
}: {
  readonly selection: Selection;
  readonly options: UrlOptions;
}) {
  const search = toSearch(selection, {
    ...options,
    embed: false,
    view: 'all',
    transparent: false,
    childId: null,
  });
  return (
    <footer className="embed-credit">
      <a href={`./${search}`} target="_blank" rel="noopener">
        The CIS explained: full map, timeline and sources ↗
      </a>{' '}
      <span className="last-updated">
        Last updated <time dateTime={LAST_UPDATED}>{formatDate(LAST_UPDATED)}</time>.
      </span>
    </footer>
  );
}
