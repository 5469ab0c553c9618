import type { CountryCode } from '../data/types';
import type { SvgMap } from './svgMap';

/** A rectangle in the map's SVG units: x, y (top left), width, height. */
export type Box = readonly [number, number, number, number];

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

/** The numbers of a compact path ("M x y l dx dy … z", as svgMap writes them), per ring. */
function pathRings(d: string): number[][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => {
      const numbers = (part.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
      let [x, y] = numbers as [number, number];
      const ring = [[x, y]];
      for (let i = 2; i + 1 < numbers.length; i += 2) {
        x += numbers[i]!;
        y += numbers[i + 1]!;
        ring.push([x, y]);
      }
      return ring;
    });
}

/** The box around a compact path. */
export function pathBox(d: string): Box {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of pathRings(d))
    for (const [x, y] of ring as [number, number][]) {
      [minX, minY, maxX, maxY] = [
        Math.min(minX, x),
        Math.min(minY, y),
        Math.max(maxX, x),
        Math.max(maxY, y),
      ];
    }
  return [minX, minY, maxX - minX, maxY - minY];
}

/** The uniform scale and offset that fit `box` into `into`, centred: p ↦ p · scale + offset. */
export function fitTransform(box: Box, into: Box): { scale: number; dx: number; dy: number } {
  const scale = Math.min(into[2] / box[2], into[3] / box[3]);
  return {
    scale,
    dx: into[0] + (into[2] - box[2] * scale) / 2 - box[0] * scale,
    dy: into[1] + (into[3] - box[3] * scale) / 2 - box[1] * scale,
  };
}

/** A compact path moved by p ↦ p · scale + (dx, dy), still compact (relative steps). */
export function transformPath(d: string, scale: number, dx: number, dy: number): string {
  // Rounded once, as absolute points, so the steps' rounding never adds up along a ring.
  const round = (n: number) => Math.round(n * 10) / 10;
  return pathRings(d)
    .map((ring) => {
      const points = ring.map(([x, y]) => [round(x! * scale + dx), round(y! * scale + dy)]);
      const steps = points
        .slice(1)
        .flatMap(([x, y], i) => [round(x! - points[i]![0]!), round(y! - points[i]![1]!)]);
      const numbers = steps.map((n, i) => (i > 0 && n >= 0 ? ` ${n}` : `${n}`)).join('');
      return `M${points[0]![0]} ${points[0]![1]}l${numbers}z`;
    })
    .join('');
}

/** The tiles of the small states, computed from the map's own outlines (pure, cheap). */
export function insetTiles(map: SvgMap): InsetTile[] {
  const paths = new Map(map.shapes.map((shape) => [shape.id, shape.d]));
  return TILE_ROWS.flatMap(({ at: [x0, y0], ids }) =>
    ids.flatMap((id, i) => {
      const d = paths.get(id);
      if (!d) return [];
      const frame: Box = [x0 + i * (TILE.width + TILE.gap), y0, TILE.width, TILE.height];
      const room: Box = [
        frame[0] + TILE.pad,
        frame[1] + TILE.pad,
        TILE.width - 2 * TILE.pad,
        TILE.height - TILE.labelBand - TILE.pad,
      ];
      const { scale, dx, dy } = fitTransform(pathBox(d), room);
      const labelAt: [number, number] = [
        frame[0] + TILE.width / 2,
        frame[1] + TILE.height - TILE.labelBand / 2,
      ];
      const tile: InsetTile = { id, frame, d: transformPath(d, scale, dx, dy), labelAt };
      return [tile];
    }),
  );
}
