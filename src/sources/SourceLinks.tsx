import { createContext, useContext } from 'react';
import type { SourceId } from '../data/types';
import { SOURCES } from '../data/sources';
import { resolveSources, sourceAnchor } from '../model/citations';

/** True where the page shows the sources list, so citations can point to its entries. */
export const SourcesOnPage = createContext(false);

/** "Sources: Kremlin, TASS" — each a link to the source's entry (or, without a list, to the source). */
export function SourceLinks({
  ids,
  label = 'Sources',
}: {
  readonly ids: readonly SourceId[];
  readonly label?: string;
}) {
  const onPage = useContext(SourcesOnPage);
  const sources = resolveSources(ids, SOURCES);
  if (sources.length === 0) return null;
  return (
    <span className="source-links">
      {label}:{' '}
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 && ', '}
          <a
            href={onPage ? `#${sourceAnchor(source.id)}` : source.url}
            title={source.title}
            {...(onPage ? {} : { target: '_blank', rel: 'noopener noreferrer' })}
          >
            {source.publisher} <span className="source-id">[{source.id}]</span>
          </a>
        </span>
      ))}
    </span>
  );
}
