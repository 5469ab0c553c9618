import type { CountryCode } from '../../data/types';
import type { SvgMap } from '../geometry/svgMap';
import type { LabelSet, PlacedLabel } from './labelPlacement';

/**
 * The map as outlines and, placed at build time, its labels for each label set: what the drawn-in
 * map draws, the Leaflet map draws its tiles and labels from, and the downloadable image is made of.
 */
export interface LabelledMap extends SvgMap {
  readonly labels: Readonly<Record<LabelSet, readonly PlacedLabel[]>>;
}

/** The words a label may show, from the page's catalogue: placement measures them. */
export interface LabelWords {
  readonly name: Readonly<Record<CountryCode, string>>;
  readonly short: Readonly<Record<CountryCode, string>>;
}
