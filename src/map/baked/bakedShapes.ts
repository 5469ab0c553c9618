import { svgMap } from '../geometry/svgMap';
import type { RegionCollection } from '../geometry/regionGeometry';
import { isCountryCode } from '../../data/types';
import { placeLabels } from '../labels/labelPlacement';
import type { LabelForm, LabelSet, PlacedLabel } from '../labels/labelPlacement';
import type { LabelledMap, LabelWords } from '../labels/labelledMap';
import { BAKED_ATTRS } from '../colour/bakedAttributes';

/**
 * The drawn-in map, for the build's prerender: drawn from these boundaries, its labels fitted to
 * these words. In the browser the map is read back from the page's own HTML (readBakedMap), so
 * the first-view JavaScript carries neither the boundaries nor the paths, and the app can
 * recolour the drawn-in map (a deep link, a date step) before Leaflet has arrived. Either way the
 * composition root passes it down (BakedMapContext).
 */
export function bakeMap(geometry: RegionCollection, words: LabelWords): LabelledMap {
  const map = svgMap(geometry);
  return {
    ...map,
    labels: {
      wide: placeLabels(map.shapes, words, 'wide'),
      narrow: placeLabels(map.shapes, words, 'narrow'),
    },
  };
}

/** The class of the drawn-in map's <svg>, by which the browser finds it again. */
export const BAKED_MAP_CLASS = 'baked-map';

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
