import type { Box } from './box';

/** A point in the map's SVG units. */
export type Point = readonly [number, number];

/**
 * The compact outline format of the drawn-in map, in one place: each ring "M x y l dx dy … z",
 * its first point absolute and every other a step from the one before, numbers separated by a
 * space or by a minus sign, rings one after another. svgMap writes it, the page and the Leaflet
 * map read it back (bakedShapes.ts, svgMapGeometry), the tiles move it (insetTiles.ts) and the
 * labels measure it (labelPlacement.ts).
 */

/**
 * One ring in the compact form. `points` are absolute and written as they are (round them first);
 * `step` rounds each step, where points with decimals would leave a difference's float error.
 */
export function encodeRing(points: readonly Point[], step = (n: number) => n): string {
  const steps = points
    .slice(1)
    .flatMap(([x, y], i) => [step(x - points[i]![0]), step(y - points[i]![1])]);
  // A minus sign separates numbers as well as a space does.
  const numbers = steps.map((n, i) => (i > 0 && n >= 0 ? ` ${n}` : `${n}`)).join('');
  return `M${points[0]![0]} ${points[0]![1]}l${numbers}z`;
}

/** A compact path's rings, as absolute points (the closing "z" adds no point). */
export function decodePath(d: string): Point[][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => {
      const n = (part.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
      let [x, y] = n as [number, number];
      const ring: [number, number][] = [[x, y]];
      for (let i = 2; i + 1 < n.length; i += 2) ring.push([(x += n[i]!), (y += n[i + 1]!)]);
      return ring;
    });
}

/** The box around a compact path, or null for an empty one. */
export function pathBox(d: string): Box | null {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of decodePath(d))
    for (const [x, y] of ring) {
      [minX, minY, maxX, maxY] = [
        Math.min(minX, x),
        Math.min(minY, y),
        Math.max(maxX, x),
        Math.max(maxY, y),
      ];
    }
  return minX <= maxX ? [minX, minY, maxX - minX, maxY - minY] : null;
}

/** A compact path moved by p ↦ p · scale + (dx, dy), still compact (relative steps). */
export function transformPath(d: string, scale: number, dx: number, dy: number): string {
  // Rounded once, as absolute points, so the steps' rounding never adds up along a ring.
  const round = (n: number) => Math.round(n * 10) / 10;
  return decodePath(d)
    .map((ring) =>
      encodeRing(
        ring.map(([x, y]): Point => [round(x * scale + dx), round(y * scale + dy)]),
        round,
      ),
    )
    .join('');
}
