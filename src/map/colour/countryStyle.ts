import type { PaintKey } from './palette';

/**
 * A shape's stroke and opacity, in the names of Leaflet's PathOptions (which it satisfies) and of
 * SVG's attributes: the Leaflet map, the drawn-in map and the share card all draw from it.
 */
export interface PathStyle {
  readonly fillOpacity: number;
  readonly weight: number;
  readonly dashArray?: string | undefined;
}

/** How one country is to be drawn; computed by the map from the selection. */
export interface CountryLook {
  /** The fill by name: every view paints it from CSS (paletteCss.ts), so it follows the scheme. */
  readonly paint: PaintKey;
  readonly selected: boolean;
  /** Involved in the highlighted timeline event. */
  readonly highlighted: boolean;
  /** Status known only approximately or contested at this date: drawn with a dashed border. */
  readonly uncertain: boolean;
  /** Another legend entry is picked out: this state steps back. */
  readonly dimmed?: boolean;
}

/** Outlined in the focus colour (`data-edge="focus"`): the selected state, or one of the event. */
export function outlined(look: CountryLook): boolean {
  return look.selected || look.highlighted;
}

/**
 * The Leaflet path style of a post-Soviet state: its weight, dashes and opacity. Pure, so it is
 * tested without a map. No colour: the shapes carry their paint by name and CSS colours them.
 */
export function countryStyle(look: CountryLook): PathStyle {
  const emphasised = outlined(look);
  return {
    fillOpacity: look.dimmed ? 0.25 : 1,
    weight: look.selected ? 3 : look.highlighted ? 2.5 : 1,
    dashArray: look.uncertain && !emphasised ? '4 3' : undefined,
  };
}

/** The style of a neighbouring country drawn only for context (coloured by CSS, as the 15). */
export function contextStyle(): PathStyle {
  return { fillOpacity: 1, weight: 0.8 };
}
