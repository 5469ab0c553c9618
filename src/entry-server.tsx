import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { EN } from './i18n/en';
import { LocaleContext } from './i18n/useLocale';
import { DEFAULT_OPTIONS } from './embed/urlOptions';
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
      <LocaleContext.Provider value={EN}>
        <App options={DEFAULT_OPTIONS} notices={[]} />
      </LocaleContext.Provider>
    </StrictMode>,
  );
}
