import type { CountryCode } from '../../data/types';
import type { Box } from './box';
import { pathBox, transformPath } from './compactPath';
import type { SvgMap } from './svgMap';

/**
 * One small state drawn again, enlarged, in a framed tile off its coast: the callout boxes of
 * election maps. At 375 px the map is ~0.65 px per SVG unit, so a 40 × 50 tile is a 26 × 32 px
 * target where Armenia itself is 6 × 12 px.
 */
export interface InsetTile {
  readonly id: CountryCode;
  /** The tile's frame: the whole of it selects the state. */
  readonly frame: Box;
  /** The state's outline, moved and scaled into the top of the frame. */
  readonly d: string;
  /** Where the tile's label goes: the middle of the band under the outline. */
  readonly labelAt: readonly [number, number];
}

/** Tile size and spacing in SVG units, and the band under the outline that holds the label. */
export const TILE = { width: 40, height: 50, gap: 4, pad: 3, labelBand: 18 } as const;

/**
 * The two rows of tiles, each over open sea or backdrop, clear of the 15 states (a unit test
 * holds them clear): the Baltic states, Belarus and Moldova over the Arctic Ocean in the top left,
 * west to east as on the map; the Caucasus and the two smallest Central Asian states over China in
 * the bottom right. Every state under 24 × 24 px at 375 px has a tile.
 */
export const TILE_ROWS: readonly {
  readonly at: readonly [number, number];
  readonly ids: readonly CountryCode[];
}[] = [
  { at: [-172, -242], ids: ['MD', 'LT', 'BY', 'LV', 'EE'] },
  { at: [40, 64], ids: ['GE', 'AM', 'AZ', 'TJ', 'KG'] },
];

/** The uniform scale and offset that fit `box` into `into`, centred: p ↦ p · scale + offset. */
export function fitTransform(box: Box, into: Box): { scale: number; dx: number; dy: number } {
  const scale = Math.min(into[2] / box[2], into[3] / box[3]);
  return {
    scale,
    dx: into[0] + (into[2] - box[2] * scale) / 2 - box[0] * scale,
    dy: into[1] + (into[3] - box[3] * scale) / 2 - box[1] * scale,
  };
}

/** The tiles of the small states, computed from the map's own outlines (pure, cheap). */
export function insetTiles(map: SvgMap): InsetTile[] {
  const paths = new Map(map.shapes.map((shape) => [shape.id, shape.d]));
  return TILE_ROWS.flatMap(({ at: [x0, y0], ids }) =>
    ids.flatMap((id, i) => {
      const d = paths.get(id);
      const box = d ? pathBox(d) : null;
      if (!d || !box) return [];
      const frame: Box = [x0 + i * (TILE.width + TILE.gap), y0, TILE.width, TILE.height];
      const room: Box = [
        frame[0] + TILE.pad,
        frame[1] + TILE.pad,
        TILE.width - 2 * TILE.pad,
        TILE.height - TILE.labelBand - TILE.pad,
      ];
      const { scale, dx, dy } = fitTransform(box, room);
      const labelAt: [number, number] = [
        frame[0] + TILE.width / 2,
        frame[1] + TILE.height - TILE.labelBand / 2,
      ];
      const tile: InsetTile = { id, frame, d: transformPath(d, scale, dx, dy), labelAt };
      return [tile];
    }),
  );
}
