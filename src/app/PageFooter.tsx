import { lazy, Suspense, useState } from 'react';
import { LAST_UPDATED } from '../data/lastUpdated';
import { formatDate } from '../model/dates';

// The embed-code dialog is rarely used: it loads only when asked for.
const EmbedDialog = lazy(() => import('../embed/EmbedDialog'));

/** Credits, licences and the Embed button. */
export function PageFooter() {
  const [embedOpen, setEmbedOpen] = useState(false);
  return (
    <footer className="page-footer">
      <p>
        <button type="button" className="embed-button" onClick={() => setEmbedOpen(true)}>
          Embed this explainer
        </button>
      </p>
      {embedOpen && (
        <Suspense fallback={<p>Loading the embed code…</p>}>
          <EmbedDialog onClose={() => setEmbedOpen(false)} />
        </Suspense>
      )}
      <p>
        Boundaries: Natural Earth (public domain), drawn as internationally recognised (UN General
        Assembly resolution 68/262). Facts: the sources listed above; where they disagree the page
        says so. Map: Leaflet.
      </p>
      <p className="last-updated">
        Last updated <time dateTime={LAST_UPDATED}>{formatDate(LAST_UPDATED, 'long')}</time>. Any
        corrections are listed under the sources.
      </p>
    </footer>
  );
}
