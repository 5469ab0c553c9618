import { Suspense, useState } from 'react';
import { useLocale } from '../i18n/useLocale';
import type { UrlOptions } from '../options/types';
import type { Selection } from './selection';
import { toSearch } from './urlState';
import { ImageDownload } from '../image/ImageDownload';
import { usePageRoot } from '../ui/usePageRoot';
import { SuspendingPart } from '../ui/Deferred';
import { deferredPart } from '../ui/deferredParts';
import { imageSubject } from './imageSubject';
import { PeriodLine } from './PeriodLine';

// The embed-code dialog is rarely used: it loads only when asked for.
const EMBED_DIALOG = deferredPart(() => import('../embed/EmbedDialog').then((m) => m.default));

/**
 * Credits, licences, the Embed button, whose code keeps the reader's selection, and beside it
 * Download image, the map as the reader has it.
 */
export function PageFooter({
  selection,
  options,
}: {
  readonly selection: Selection;
  readonly options: UrlOptions;
}) {
  const locale = useLocale();
  const { m } = locale;
  const [embedOpen, setEmbedOpen] = useState(false);
  const root = usePageRoot();
  return (
    <footer className="page-footer">
      <p>
        <button type="button" className="embed-button" onClick={() => setEmbedOpen(true)}>
          {m.embed.button}
        </button>{' '}
        {(options.view === 'all' || options.view === 'map') && (
          <ImageDownload view={() => imageSubject(selection, options, root)} />
        )}
      </p>
      {embedOpen && (
        <Suspense fallback={<p>{m.embed.loading}</p>}>
          <SuspendingPart
            part={EMBED_DIALOG}
            props={{ search: toSearch(selection, options), onClose: () => setEmbedOpen(false) }}
          />
        </Suspense>
      )}
      <p>{m.footer.credits}</p>
      <p>{m.footer.names}</p>
      <p className="period">
        <PeriodLine /> {m.story.period.corrections}
      </p>
    </footer>
  );
}
