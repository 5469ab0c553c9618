import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { DEFAULT_OPTIONS } from './options/defaults';
import { loadAllParts } from './ui/Deferred';
import { EN } from './i18n/en';
import { LocaleContext } from './i18n/useLocale';
import { loadRegionGeometry } from './map/regionGeometry';
import { provideBakedGeometry } from './map/bakedShapes';

/**
 * The page's HTML in its default state, rendered at build time (scripts/prerender.mjs) so the
 * headline, legend, table, timeline and quotes paint before any JavaScript runs. The map's box is
 * drawn in as SVG from the boundaries, which only this build imports: the browser's first-view
 * JavaScript carries neither them nor the paths (map/bakedShapes.ts).
 */
/** The page's head words and its language, from the catalogue, for the prerender to write in. */
export function head(): { lang: string; title: string; description: string; noscript: string } {
  const { m } = EN;
  return {
    lang: EN.lang,
    title: m.page.title,
    description: m.page.description,
    noscript: m.page.noscript,
  };
}

export async function render(): Promise<string> {
  // Below-the-fold parts load on demand in the browser; here they are all rendered into the HTML.
  await loadAllParts();
  provideBakedGeometry(await loadRegionGeometry(), {
    name: EN.m.countries,
    short: EN.m.countryShort,
  });
  return renderToString(
    <StrictMode>
      <LocaleContext.Provider value={EN}>
        <App options={DEFAULT_OPTIONS} notices={[]} />
      </LocaleContext.Provider>
    </StrictMode>,
  );
}
