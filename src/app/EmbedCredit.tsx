import type { UrlOptions } from '../options/types';
import { outsideFrame } from '../options/urlParams';
import { EMBED_THEME, countryPath } from '../options/pages';
import { DEFAULT_OPTIONS } from '../options/defaults';
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
  // The frame's own default colours (light) are the publisher's, not the reader's: the full page
  // follows the reader's system unless the publisher chose something else.
  const outside = outsideFrame(options);
  const theme = outside.theme === EMBED_THEME ? DEFAULT_OPTIONS.theme : outside.theme;
  const search = toSearch({ ...selection, country: null }, { ...outside, theme });
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
      {/* The corrections log stays on the full page; the frame links to it. */}
      <a href={`${root}#corrections-title`} target="_blank" rel="noopener">
        {m.story.corrections.link}
      </a>{' '}
      {(options.view === 'all' || options.view === 'map') && (
        <ImageDownload view={() => imageSubject(selection, options, root)} />
      )}
    </footer>
  );
}
