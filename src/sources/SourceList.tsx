import { memo } from 'react';
import type { Source } from '../data/types';
import { formatDate } from '../model/dates';
import { sourceAnchor } from '../model/citations';

/** Every source the page cites, once, each with an anchor that citations link to. */
// Memoised: it need not re-render while the reader scrubs through time.
export const SourceList = memo(function SourceList({
  sources,
}: {
  readonly sources: readonly Source[];
}) {
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <p>
        Every fact on this page cites one or more of these. Where sources disagree, the page says so
        rather than picking one.
      </p>
      <ol className="source-list">
        {sources.map((source) => (
          <li key={source.id} id={sourceAnchor(source.id)}>
            <span className="source-id">[{source.id}]</span> {source.title}. {source.publisher}
            {source.date && <>, {formatDate(source.date)}</>}.{' '}
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
