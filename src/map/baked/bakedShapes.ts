import { svgMap } from '../geometry/svgMap';
import type { RegionCollection } from '../geometry/regionGeometry';
import { isCountryCode } from '../../data/types';
import { placeLabels } from '../labels/labelPlacement';
import type { LabelForm, LabelSet, PlacedLabel } from '../labels/labelPlacement';
import type { LabelledMap, LabelWords } from '../labels/labelledMap';
import { BAKED_ATTRS } from '../colour/bakedAttributes';

/**
 * Where the drawn-in map's outlines come from. The build's prerender computes them from the
 * boundaries (provideBakedGeometry); in the browser they are read back from the page's own HTML,
 * so the first-view JavaScript carries neither the boundaries nor the paths, and the app can
 * recolour the drawn-in map (a deep link, a date step) before Leaflet has arrived.
 */
let baked: LabelledMap | null = null;

/** The server render: draw the map from these boundaries, its labels fitted to these words. */
export function provideBakedGeometry(geometry: RegionCollection, words: LabelWords): void {
  const map = svgMap(geometry);
  baked = {
    ...map,
    labels: {
      wide: placeLabels(map.shapes, words, 'wide'),
      narrow: placeLabels(map.shapes, words, 'narrow'),
    },
  };
}

/** The class of the drawn-in map's <svg>, by which the browser finds it again. */
export const BAKED_MAP_CLASS = 'baked-map';

/** The outlines, if the server provided them or the page holds them; otherwise null. */
export function bakedShapes(): LabelledMap | null {
  if (baked || typeof document === 'undefined') return baked;
  baked = readBakedMap(document);
  return baked;
}

/**
 * The drawn-in map read back from the HTML BakedMap wrote (null if the page has none): its
 * outlines and both label sets, equal to the LabelledMap it was drawn from.
 */
export function readBakedMap(root: ParentNode): LabelledMap | null {
  const svg = root.querySelector(`svg.${BAKED_MAP_CLASS}`);
  const viewBox = svg?.getAttribute('viewBox');
  if (!svg || !viewBox) return null;
  const shapes = [...svg.querySelectorAll(`path[${BAKED_ATTRS.shape}]`)].map((path) => ({
    id: path.getAttribute(BAKED_ATTRS.shape) ?? '',
    context: path.hasAttribute(BAKED_ATTRS.context),
    d: path.getAttribute('d') ?? '',
  }));
  const labels: Record<LabelSet, PlacedLabel[]> = { wide: [], narrow: [] };
  for (const text of svg.querySelectorAll(`text[${BAKED_ATTRS.label}]`)) {
    const id = text.getAttribute(BAKED_ATTRS.label);
    const set = text.getAttribute(BAKED_ATTRS.set);
    if (!isCountryCode(id) || (set !== 'wide' && set !== 'narrow')) continue;
    const form: LabelForm = text.getAttribute(BAKED_ATTRS.form) === 'name' ? 'name' : 'short';
    labels[set].push({
      id,
      x: Number(text.getAttribute('x')),
      y: Number(text.getAttribute('y')),
      form,
      ...leaderOf(text.getAttribute(BAKED_ATTRS.leader)),
    });
  }
  return { viewBox, shapes, labels };
}

/** A label's leader point, from its data-leader attribute ("x y"), if it has one. */
function leaderOf(value: string | null): { leader?: [number, number] } {
  const [x, y] = (value ?? '').split(' ').map(Number);
  return value && Number.isFinite(x) && Number.isFinite(y) ? { leader: [x!, y!] } : {};
}
