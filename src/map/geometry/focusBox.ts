import type { CountryCode } from '../../data/types';
import { projectedBox } from './fitView';
import type { ProjectedBox } from './fitView';
import type { RegionCollection } from './regionGeometry';

/** What the map should show: a state brought forward, or (null) the whole region. */
export interface FocusRequest {
  readonly focus: CountryCode | null;
  /** A new number for each request, so asking for the whole region twice fits it twice. */
  readonly seq: number;
}

/** How far a selected state is brought forward. */
export interface FocusOptions {
  /** The share of the view's shorter side the state's larger side should fill… */
  readonly share: number;
  /** …but no more than this many CSS pixels: on a large screen, a state keeps its neighbours. */
  readonly maxPixels: number;
  /** The largest magnification over the whole-region view (the map's own maximum zoom). */
  readonly maxGain: number;
  /** Below this magnification the state already reads well: the whole region stays in view. */
  readonly minGain: number;
}

/**
 * A third of the view, at most 100 px: at 375 px (a 343 × 260 map, 311 × 228 inside its padding)
 * the smallest state, Armenia, is then ~76 px across, well past the 40 px a reader needs; on a
 * desktop map it is 100 px, with the region around it for context.
 */
export const FOCUS: FocusOptions = { share: 1 / 3, maxPixels: 100, maxGain: 16, minGain: 1.25 };

/** `box` widened or heightened about its centre to the view's `aspect` (width / height). */
export function viewOf(box: ProjectedBox, aspect: number): ProjectedBox {
  const [w, h] = [box.maxX - box.minX, box.maxY - box.minY];
  const [viewW, viewH] = w / h > aspect ? [w, w / aspect] : [h * aspect, h];
  const [cx, cy] = [(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2];
  return { minX: cx - viewW / 2, minY: cy - viewH / 2, maxX: cx + viewW / 2, maxY: cy + viewH / 2 };
}

/**
 * The part of the map to show so that the state in `state` reads at a useful size: magnified over
 * the whole-region view (`whole`, shown in a `width` × `height` CSS px view) until its larger side
 * fills `share` of the view's shorter side (at most `maxPixels`), centred on it, but never past
 * the whole region's frame, so the reader keeps the neighbours and never sees empty margins. A
 * state already that large leaves the whole region in view. Boxes in projected units; the result
 * has the view's aspect, so it fits Leaflet (fitView) and the drawn-in map's viewBox alike.
 */
export function focusBox(
  state: ProjectedBox,
  whole: ProjectedBox,
  width: number,
  height: number,
  options: FocusOptions = FOCUS,
): ProjectedBox {
  const view = viewOf(whole, width / height);
  const [viewW, viewH] = [view.maxX - view.minX, view.maxY - view.minY];
  // The state's larger side in pixels at the whole-region scale, and the size it should have.
  const across = (Math.max(state.maxX - state.minX, state.maxY - state.minY) * width) / viewW;
  const wanted = Math.min(options.share * Math.min(width, height), options.maxPixels);
  const gain = Math.min(wanted / across, options.maxGain);
  if (!(gain >= options.minGain)) return view;
  const [w, h] = [viewW / gain, viewH / gain];
  const clamp = (centre: number, half: number, low: number, high: number) =>
    Math.min(Math.max(centre, low + half), high - half);
  const cx = clamp((state.minX + state.maxX) / 2, w / 2, view.minX, view.maxX);
  const cy = clamp((state.minY + state.maxY) / 2, h / 2, view.minY, view.maxY);
  return { minX: cx - w / 2, minY: cy - h / 2, maxX: cx + w / 2, maxY: cy + h / 2 };
}

/** The same box: the view has not moved (within `tolerance` of its size). */
export function sameBox(a: ProjectedBox, b: ProjectedBox, tolerance = 1e-3): boolean {
  const size = Math.max(a.maxX - a.minX, a.maxY - a.minY);
  return (
    Math.abs(a.minX - b.minX) <= tolerance * size &&
    Math.abs(a.minY - b.minY) <= tolerance * size &&
    Math.abs(a.maxX - b.maxX) <= tolerance * size &&
    Math.abs(a.maxY - b.maxY) <= tolerance * size
  );
}

/** Each of the 15 states' projected box, and the box of all of them (what the whole frame fits). */
export interface RegionBoxes {
  readonly whole: ProjectedBox;
  readonly states: Readonly<Partial<Record<string, ProjectedBox>>>;
}

export function regionBoxes(geometry: RegionCollection): RegionBoxes {
  const states = geometry.features.filter((f) => !f.properties.context);
  return {
    whole: projectedBox(states.map((f) => f.geometry)),
    states: Object.fromEntries(states.map((f) => [String(f.id), projectedBox([f.geometry])])),
  };
}
