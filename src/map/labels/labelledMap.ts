import type { CountryCode } from '../../data/types';
import type { SvgMap } from '../geometry/svgMap';
import type { LabelSet, PlacedLabel } from './labelPlacement';

/** The drawn-in map: its outlines and, placed at build time, its labels for each label set. */
export interface BakedData extends SvgMap {
  readonly labels: Readonly<Record<LabelSet, readonly PlacedLabel[]>>;
}

/** The words a label may show, from the page's catalogue: placement measures them. */
export interface LabelWords {
  readonly name: Readonly<Record<CountryCode, string>>;
  readonly short: Readonly<Record<CountryCode, string>>;
}
