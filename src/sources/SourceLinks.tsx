import { createContext, useContext } from 'react';
import type { SourceId } from '../data/types';
import { PUBLISHERS } from '../data/publishers';
import { sourceAnchor } from '../model/citations';
import { useLocale } from '../i18n/useLocale';
import { usePageRoot } from '../ui/usePageRoot';
import { SOURCES_PATH } from '../options/pages';

/** True where the page shows the sources list, so citations can point to its entries. */
export const SourcesOnPage = createContext(false);

/**
 * "Sources: Kremlin [S2], TASS [S7]": each a link to the source's entry on the sources page, where
 * its title, date and address are. On a page with its own list, SourcesSection takes a plain click
 * to the entry in place; without JavaScript, or from an embed (in a new tab), the link is followed.
 */
export function SourceLinks({
  ids,
  label,
}: {
  readonly ids: readonly SourceId[];
  /** What the links are, before the colon; "Sources" unless given. */
  readonly label?: string;
}) {
  const { m } = useLocale();
  const onPage = useContext(SourcesOnPage);
  // The full page is the edition's root, wherever this page is (an embed's page is a folder down).
  const root = usePageRoot();
  // Each source once, where two facts cited together share one (the meeting's absent and
  // unrepresented states both rest on S3); unknown ids are skipped (the integrity test forbids them).
  const known = [...new Set(ids)].filter((id) => Object.hasOwn(PUBLISHERS, id));
  if (known.length === 0) return null;
  return (
    // Template strings, not adjacent JSX text: each split costs a <!-- --> in the prerendered HTML.
    <span className="source-links">
      {m.sources.label(label ?? m.sources.links)}
      {known.map((id, index) => (
        <span key={id}>
          {index > 0 && ', '}
          <a
            href={`${root}${SOURCES_PATH}#${sourceAnchor(id)}`}
            {...(onPage ? {} : { target: '_blank', rel: 'noopener' })}
          >
            {`${m.publisherName(id)} `}
            <span className="source-id">{`[${id}]`}</span>
          </a>
        </span>
      ))}
    </span>
  );
}
