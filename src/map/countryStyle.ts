import type { PathOptions } from 'leaflet';
import { BASE_COLORS } from './palette';
import type { Scheme } from './palette';
import type { PaintKey } from './paletteCss';

/** How one country is to be drawn; computed by the map from the selection. */
export interface CountryLook {
  readonly fill: string;
  /** The fill by name, for the drawn-in map, whose colours come from CSS (paletteCss.ts). */
  readonly paint: PaintKey;
  readonly selected: boolean;
  /** Involved in the highlighted timeline event. */
  readonly highlighted: boolean;
  /** Status known only approximately or contested at this date: drawn with a dashed border. */
  readonly uncertain: boolean;
  /** Another legend entry is picked out: this state steps back. */
  readonly dimmed?: boolean;
}

/** The Leaflet path style of a post-Soviet state. Pure, so it is tested without a map. */
export function countryStyle(look: CountryLook, scheme: Scheme): PathOptions {
  const base = BASE_COLORS[scheme];
  const emphasised = look.selected || look.highlighted;
  return {
    fillColor: look.fill,
    fillOpacity: look.dimmed ? 0.25 : 1,
    color: emphasised ? base.focus : base.border,
    weight: look.selected ? 3 : look.highlighted ? 2.5 : 1,
    dashArray: look.uncertain && !emphasised ? '4 3' : undefined,
  };
}

/** The style of a neighbouring country drawn only for context. */
export function contextStyle(scheme: Scheme): PathOptions {
  const base = BASE_COLORS[scheme];
  return { fillColor: base.context, fillOpacity: 1, color: base.contextBorder, weight: 0.8 };
}
