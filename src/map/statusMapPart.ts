import { deferredPart } from '../ui/deferredParts';

/**
 * The Leaflet map (map/leaflet/), loaded after the text has painted: the drawn-in map shows
 * meanwhile. Never prerendered: Leaflet reads `window` as it loads, and the page's HTML has the
 * drawn-in map in its place.
 */
export const STATUS_MAP = deferredPart(
  () => import('./leaflet/StatusMap').then((module) => module.StatusMap),
  { prerender: false },
);
