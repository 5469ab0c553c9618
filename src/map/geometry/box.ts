/**
 * A rectangle in the map's SVG units: x, y (its top left), width, height. The one box of the
 * drawn-in map's geometry: tiles, label boxes, an outline's bounds, a clip, the view on screen.
 */
export type Box = readonly [x: number, y: number, width: number, height: number];

/** Whether two boxes share any area. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
}
