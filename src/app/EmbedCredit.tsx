import type { UrlOptions } from '../options/types';
import { outsideFrame } from '../options/urlParams';
import type { Selection } from './selection';
import { toSearch } from './urlState';
import { useLocale } from '../i18n/useLocale';

/** The embed's one-line credit: a link to the full explainer in the same state, in a new tab. */
export function EmbedCredit({
  selection,
  options,
}: {
  readonly selection: Selection;
  readonly options: UrlOptions;
}) {
  const { m } = useLocale();
  const search = toSearch(selection, outsideFrame(options));
  return (
    <footer className="embed-credit">
      <a href={`./${search}`} target="_blank" rel="noopener">
        {m.embed.credit}
      </a>
    </footer>
  );
}
