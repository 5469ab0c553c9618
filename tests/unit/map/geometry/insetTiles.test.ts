import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import topology from '../../../../src/data/geometry/region.topo.json';
import { COUNTRY_CODES } from '../../../../src/data/types';
import { pathBox, transformPath } from '../../../../src/map/geometry/compactPath';
import { fitTransform, insetTiles } from '../../../../src/map/geometry/insetTiles';
import { fitScale } from '../../../../src/map/labels/labelFrame';
import { boxInRing, inRing } from '../../../../src/map/geometry/ringGeometry';
import { decodePath } from '../../../../src/map/geometry/compactPath';
import { decodeRegion } from '../../../../src/map/geometry/regionGeometry';
import { svgMap } from '../../../../src/map/geometry/svgMap';

const map = svgMap(decodeRegion(topology as unknown as Topology));
const tiles = insetTiles(map);
/** The map's frames at their default sizes: a phone at 375 px, a desktop at 1280 px. */
const PHONE = fitScale(map.viewBox, 343, 260);
const DESKTOP = fitScale(map.viewBox, 812, 507.5);

const rings = decodePath;

describe('inset geometry', () => {
  it('fits a box into another, centred, keeping its shape', () => {
    const { scale, dx, dy } = fitTransform([10, 20, 4, 8], [0, 0, 40, 40]);
    expect(scale).toBe(5);
    // (10, 20) → left edge centred horizontally: 40 − 4·5 = 20 spare, 10 each side
    expect([10 * scale + dx, 20 * scale + dy]).toEqual([10, 0]);
    expect([14 * scale + dx, 28 * scale + dy]).toEqual([30, 40]);
  });

  it('moves and scales a compact path, its box with it', () => {
    const d = 'M10 20l4 0 0 8 -4 0z';
    expect(pathBox(d)).toEqual([10, 20, 4, 8]);
    const moved = transformPath(d, 5, -40, -100);
    expect(pathBox(moved)).toEqual([10, 0, 20, 40]);
  });
});

describe('the tiles of the small states', () => {
  it('give every state under 24 × 24 px on a phone a tile of at least 24 × 24 px', () => {
    const tiled = new Set(tiles.map((tile) => tile.id));
    for (const shape of map.shapes) {
      if (shape.context || !COUNTRY_CODES.includes(shape.id as never)) continue;
      const [, , w, h] = pathBox(shape.d)!;
      if (w * PHONE >= 24 && h * PHONE >= 24) continue;
      expect(tiled.has(shape.id as never), `${shape.id} is ${w * PHONE} × ${h * PHONE} px`).toBe(
        true,
      );
    }
    for (const { id, frame } of tiles) {
      expect(frame[2] * PHONE, id).toBeGreaterThanOrEqual(24);
      expect(frame[3] * PHONE, id).toBeGreaterThanOrEqual(24);
    }
  });

  it('lie clear of every one of the 15 states, and of each other', () => {
    const states = map.shapes.filter((s) => !s.context && COUNTRY_CODES.includes(s.id as never));
    for (const { id, frame } of tiles)
      for (const state of states)
        for (const ring of rings(state.d)) {
          // Neither any point of the state in the tile, nor the tile inside the state.
          const inside = ring.some(
            ([x, y]) =>
              x >= frame[0] &&
              x <= frame[0] + frame[2] &&
              y >= frame[1] &&
              y <= frame[1] + frame[3],
          );
          expect(inside, `${id} tile over ${state.id}`).toBe(false);
          expect(inRing(frame[0], frame[1], ring), `${id} tile in ${state.id}`).toBe(false);
        }
    tiles.forEach((a, i) =>
      tiles.slice(i + 1).forEach((b) => {
        const apart =
          a.frame[0] + a.frame[2] <= b.frame[0] ||
          b.frame[0] + b.frame[2] <= a.frame[0] ||
          a.frame[1] + a.frame[3] <= b.frame[1] ||
          b.frame[1] + b.frame[3] <= a.frame[1];
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }),
    );
  });

  it('stay inside the map frame at both default sizes', () => {
    const [minX, minY, w, h] = map.viewBox.split(' ').map(Number) as number[];
    for (const [scale, width, height] of [
      [PHONE, 343, 260],
      [DESKTOP, 812, 507.5],
    ] as const) {
      // The frame around the viewBox, in SVG units: the padding and the "meet" letterbox.
      const spareX = (width / scale - w!) / 2;
      const spareY = (height / scale - h!) / 2;
      for (const { id, frame } of tiles) {
        expect(frame[0], id).toBeGreaterThanOrEqual(minX! - spareX);
        expect(frame[1], id).toBeGreaterThanOrEqual(minY! - spareY);
        expect(frame[0] + frame[2], id).toBeLessThanOrEqual(minX! + w! + spareX);
        expect(frame[1] + frame[3], id).toBeLessThanOrEqual(minY! + h! + spareY);
      }
    }
  });

  it('draw each state whole inside its tile, above the label band', () => {
    for (const { id, frame, d, labelAt } of tiles) {
      const [x, y, w, h] = pathBox(d)!;
      expect(
        boxInRing(
          [x, y, w, h],
          [
            [frame[0], frame[1]],
            [frame[0] + frame[2], frame[1]],
            [frame[0] + frame[2], labelAt[1] - 6],
            [frame[0], labelAt[1] - 6],
          ],
        ),
        id,
      ).toBe(true);
    }
  });
});
