/** Where the map was when an overlay was last drawn: its zoom and its pixel origin. */
export interface OverlayAnchor {
  readonly zoom: number;
  readonly ox: number;
  readonly oy: number;
}

/** A layer-pixel transform: p ↦ p · scale + (dx, dy). */
export interface ZoomTransform {
  readonly scale: number;
  readonly dx: number;
  readonly dy: number;
}

/**
 * How a layer point drawn at `anchor` moves while the map zooms towards `scale` (the new zoom's
 * scale over the drawn one's) with the pixel origin `origin`. A point drawn at p stands for the
 * world pixel p + o₀; at the new zoom that world pixel is (p + o₀) · s, and its layer point is
 * (p + o₀) · s − o₁: the transform Leaflet's own layers use for their zoom animation.
 */
export function zoomTransform(
  anchor: OverlayAnchor,
  scale: number,
  origin: { readonly x: number; readonly y: number },
): ZoomTransform {
  // ox and oy are minus the drawn pixel origin (see useUnitsToLayer).
  return { scale, dx: -anchor.ox * scale - origin.x, dy: -anchor.oy * scale - origin.y };
}

/** The CSS transform of a whole drawn layer (shapes, tiles): moved and scaled with the map. */
export function layerTransform({ scale, dx, dy }: ZoomTransform): string {
  return `translate(${dx}px, ${dy}px) scale(${scale})`;
}

/**
 * The CSS transform of a label at (x, y): moved with the map but not scaled, so it keeps its size
 * as it travels, as labels do after the zoom.
 */
export function labelTransform({ scale, dx, dy }: ZoomTransform, x: number, y: number): string {
  return `translate(${x * (scale - 1) + dx}px, ${y * (scale - 1) + dy}px)`;
}
