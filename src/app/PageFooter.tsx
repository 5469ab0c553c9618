import { Suspense, useState } from 'react';
import { useLocale } from '../i18n/useLocale';
import type { UrlOptions } from '../options/types';
import type { Selection } from './selection';
import { toSearch } from './urlState';
import { ImageDownload } from '../image/ImageDownload';
import { usePageRoot } from '../ui/usePageRoot';
import { SuspendingPart } from '../ui/Deferred';
import { PanelBoundary } from '../ui/PanelBoundary';
import { loadEmbedWords } from '../i18n/embedWords';
import type { EmbedDialogWords } from '../i18n/embedWords';
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
  // The dialog's words, asked for as it opens (with its code); null while it is closed.
  const [embedWords, setEmbedWords] = useState<Promise<EmbedDialogWords> | null>(null);
  const root = usePageRoot();
  return (
    <footer className="page-footer">
      <p>
        <button
          type="button"
          className="embed-button"
          onClick={() => setEmbedWords(loadEmbedWords(locale.lang))}
        >
          {m.embed.button}
        </button>{' '}
        {(options.view === 'all' || options.view === 'map') && (
          <ImageDownload view={() => imageSubject(selection, options, root)} />
        )}
      </p>
      {embedWords && (
        // A failed load (the code or the words) is said here; the rest of the page works on.
        <PanelBoundary panel="embed">
          <Suspense fallback={<p>{m.embed.loading}</p>}>
            <SuspendingPart
              part={EMBED_DIALOG}
              props={{
                search: toSearch(selection, options),
                words: embedWords,
                onClose: () => setEmbedWords(null),
              }}
            />
          </Suspense>
        </PanelBoundary>
      )}
      <p>{m.footer.credits}</p>
      <p>{m.footer.names}</p>
      <p className="period">
        <PeriodLine /> {m.story.period.corrections}
      </p>
    </footer>
  );
}
