import { svgMap } from './svgMap';
import type { SvgMap } from './svgMap';
import type { RegionCollection } from './regionGeometry';

/**
 * Where the drawn-in map's outlines come from. The build's prerender computes them from the
 * boundaries (provideBakedGeometry); in the browser they are read back from the page's own HTML,
 * so the first-view JavaScript carries neither the boundaries nor the paths, and the app can
 * recolour the drawn-in map (a deep link, a date step) before Leaflet has arrived.
 */
let baked: SvgMap | null = null;

/** The server render: draw the map from these boundaries. */
export function provideBakedGeometry(geometry: RegionCollection): void {
  baked = svgMap(geometry);
}

/** The class of the drawn-in map's <svg>, by which the browser finds it again. */
export const BAKED_MAP_CLASS = 'baked-map';

/** The outlines, if the server provided them or the page holds them; otherwise null. */
export function bakedShapes(): SvgMap | null {
  if (baked || typeof document === 'undefined') return baked;
  const svg = document.querySelector(`svg.${BAKED_MAP_CLASS}`);
  const viewBox = svg?.getAttribute('viewBox');
  if (!svg || !viewBox) return null;
  const shapes = [...svg.querySelectorAll('path[data-shape]')].map((path) => ({
    id: path.getAttribute('data-shape') ?? '',
    context: path.hasAttribute('data-context'),
    d: path.getAttribute('d') ?? '',
  }));
  baked = { viewBox, shapes };
  return baked;
}
