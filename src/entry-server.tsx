import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { DEFAULT_OPTIONS } from './options/defaults';
import { loadAllParts } from './ui/Deferred';

/**
 * The page's HTML in its default state, rendered at build time (scripts/prerender.mjs) so the
 * headline, legend, table, timeline and quotes paint before any JavaScript runs. The map's box is
 * reserved and fills in once Leaflet and the boundaries arrive.
 */
export async function render(): Promise<string> {
  // Below-the-fold parts load on demand in the browser; here they are all rendered into the HTML.
  await loadAllParts();
  return renderToString(
    <StrictMode>
      <App options={DEFAULT_OPTIONS} notices={[]} />
    </StrictMode>,
  );
}
