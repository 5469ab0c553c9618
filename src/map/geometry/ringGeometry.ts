import type { Box } from './box';
import type { Point } from './compactPath';

/** A closed ring of points (the first not repeated at the end), in the map's SVG units. */
export type Ring = readonly Point[];

/** The step from p to the nearest point of the segment a–b. */
export function toSegment(p: Point, a: Point, b: Point): [number, number] {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2
    ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2))
    : 0;
  return [a[0] + t * dx - p[0], a[1] + t * dy - p[1]];
}

/** The ring's area (shoelace formula), whatever its winding. */
export function area(ring: Ring): number {
  let sum = 0;
  ring.forEach(([x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length]!;
    sum += x * ny - nx * y;
  });
  return Math.abs(sum / 2);
}

/** Even–odd point-in-ring test. */
export function inRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance from (x, y) to the ring's outline, negative outside. */
export function signedDistance(x: number, y: number, ring: Ring): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    best = Math.min(best, Math.hypot(...toSegment([x, y], ring[j]!, ring[i]!)));
  return inRing(x, y, ring) ? best : -best;
}

/**
 * The part of a closed ring inside a box (Sutherland–Hodgman: clipped by each of the box's sides
 * in turn; a point on a side is inside).
 */
export function clipRing(ring: Ring, [bx, by, bw, bh]: Box): [number, number][] {
  // Each side as an axis and a limit, and whether inside is above or below the limit.
  const sides = [
    [0, bx, 1],
    [1, by, 1],
    [0, bx + bw, -1],
    [1, by + bh, -1],
  ] as const;
  let points: readonly Point[] = ring;
  for (const [axis, limit, sign] of sides) {
    const inside = (p: Point) => sign * (p[axis] - limit) >= 0;
    const out: Point[] = [];
    points.forEach((p, i) => {
      const q = points[(i + 1) % points.length]!;
      if (inside(p)) out.push(p);
      if (inside(p) !== inside(q)) {
        const t = (limit - p[axis]) / (q[axis] - p[axis]);
        out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
      }
    });
    points = out;
    if (points.length === 0) break;
  }
  return points.map((p) => [p[0], p[1]]);
}

/** Whether segment a–b crosses the box's interior or edge. */
export function segmentHitsBox([ax, ay]: Point, [bx, by]: Point, [x, y, w, h]: Box): boolean {
  // Liang–Barsky clipping: does any part of the segment lie inside the box?
  let [t0, t1] = [0, 1];
  const [dx, dy] = [bx - ax, by - ay];
  for (const [p, q] of [
    [-dx, ax - x],
    [dx, x + w - ax],
    [-dy, ay - y],
    [dy, y + h - ay],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Whether the box lies wholly inside the ring, its outline nowhere crossing it. */
export function boxInRing(box: Box, ring: Ring): boolean {
  if (!inRing(box[0] + box[2] / 2, box[1] + box[3] / 2, ring)) return false;
  return !ring.some((a, i) => segmentHitsBox(a, ring[(i + 1) % ring.length]!, box));
}
