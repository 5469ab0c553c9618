import type { UrlOptions } from '../options/types';
import { outsideFrame } from '../options/urlParams';
import { countryPath, SOURCES_PATH } from '../options/pages';
import type { Selection } from './selection';
import { toSearch } from './urlState';
import { useLocale } from '../i18n/useLocale';
import { ImageDownload } from '../image/ImageDownload';
import { usePageRoot } from '../ui/usePageRoot';
import { imageSubject } from './imageSubject';
import { PeriodLine } from './PeriodLine';

/**
 * The embed's one-line credit: a link to the full explainer in the same state, in a new tab; and
 * Download image, when the frame shows the map.
 */
export function EmbedCredit({
  selection,
  options,
}: {
  readonly selection: Selection;
  readonly options: UrlOptions;
}) {
  const locale = useLocale();
  const { m } = locale;
  const search = toSearch({ ...selection, country: null }, outsideFrame(options));
  // The edition's home page, from an embed's page (embed/map/) as from the home page itself; a
  // selected state's own page, which shows it without JavaScript too.
  const root = usePageRoot();
  const path = selection.country ? countryPath(selection.country) : '';
  return (
    <footer className="embed-credit">
      <a href={`${root}${path}${search}`} target="_blank" rel="noopener">
        {m.embed.credit}
      </a>{' '}
      <span className="period">
        <PeriodLine compact />
      </span>{' '}
      {/* The corrections log is on the sources page; the whole explainer's frame, which showed
          it, links to it. The compact views keep their height. */}
      {options.view === 'all' && (
        <>
          <a href={`${root}${SOURCES_PATH}#corrections-title`} target="_blank" rel="noopener">
            {m.story.corrections.link}
          </a>{' '}
        </>
      )}
      {(options.view === 'all' || options.view === 'map') && (
        <ImageDownload view={() => imageSubject(selection, options, root)} />
      )}
    </footer>
  );
}
