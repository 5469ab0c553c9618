import type { UrlOptions } from '../options/types';
import { outsideFrame } from '../options/urlParams';
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
  const search = toSearch(selection, outsideFrame(options));
  return (
    <footer className="embed-credit">
      <a href={`./${search}`} target="_blank" rel="noopener">
        The CIS explained: full map, timeline and sources ↗
      </a>
    </footer>
  );
}
