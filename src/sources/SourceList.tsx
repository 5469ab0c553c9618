import { memo } from 'react';
import type { Source } from '../data/types';
import { sourceAnchor } from '../model/citations';
import { useLocale } from '../i18n/useLocale';

/** Every source the page cites, once, each with an anchor that citations link to. */
// Memoised: it need not re-render while the reader scrubs through time.
export const SourceList = memo(function SourceList({
  sources,
  intro,
}: {
  readonly sources: readonly Source[];
  readonly intro?: string | undefined;
}) {
  const locale = useLocale();
  const { m } = locale;
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{m.sources.heading}</h2>
      <p>{intro ?? m.sources.intro}</p>
      <ol className="source-list">
        {sources.map((source) => (
          <li key={source.id} id={sourceAnchor(source.id)}>
            {/* One text node each: adjacent JSX text costs a <!-- --> apiece in the prerendered HTML. */}
            <span className="source-id">{`[${source.id}]`}</span>
            {` ${source.title}. ${m.sources.byline(
              m.publisherName(source.id) ?? source.publisher,
              source.date ? locale.date(source.date) : null,
            )} `}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {displayUrl(source.url)}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
});

function displayUrl(url: string): string {
  try {
    const { hostname } = new URL(url);
    return hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
