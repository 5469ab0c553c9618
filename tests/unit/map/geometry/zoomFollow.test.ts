import { describe, expect, it } from 'vitest';
import {
  labelTransform,
  layerTransform,
  zoomTransform,
} from '../../../../src/map/geometry/zoomFollow';

/** A layer point as Leaflet places it: the world pixel (units · 2^zoom) less the pixel origin. */
const layerPoint = (u: [number, number], zoom: number, origin: [number, number]) => [
  u[0] * 2 ** zoom - origin[0],
  u[1] * 2 ** zoom - origin[1],
];

/** Applies "translate(dx px, dy px) scale(s)" (origin 0 0) to a point. */
function applyCss(css: string, [x, y]: number[]) {
  const match = /translate\(([-\d.e]+)px, ([-\d.e]+)px\)(?: scale\(([-\d.e]+)\))?/.exec(css);
  if (!match) throw new Error(`not a transform: ${css}`);
  const s = match[3] === undefined ? 1 : Number(match[3]);
  return [x! * s + Number(match[1]), y! * s + Number(match[2])];
}

describe('zoomTransform', () => {
  // Drawn at zoom 2 with the origin (300, 120); the map zooms to 3.5 with the origin (1310, 590).
  const drawnOrigin: [number, number] = [300, 120];
  const newOrigin: [number, number] = [1310, 590];
  const drawn = { zoom: 2, ox: -drawnOrigin[0], oy: -drawnOrigin[1] };
  const transform = zoomTransform(drawn, 2 ** 1.5, { x: newOrigin[0], y: newOrigin[1] });

  it.each([[[100, 50]], [[0, 0]], [[412.5, 233.25]]] as [[number, number]][])(
    'takes the point drawn at %j to where the map puts it after the zoom',
    (u) => {
      const before = layerPoint(u, 2, drawnOrigin);
      const after = layerPoint(u, 3.5, newOrigin);
      const moved = applyCss(layerTransform(transform), before);
      expect(moved[0]).toBeCloseTo(after[0]!, 6);
      expect(moved[1]).toBeCloseTo(after[1]!, 6);
    },
  );

  it('moves a label to the same place, without scaling it', () => {
    const u: [number, number] = [180, 75];
    const [x, y] = layerPoint(u, 2, drawnOrigin);
    const css = labelTransform(transform, x!, y!);
    expect(css).not.toContain('scale');
    const moved = applyCss(css, [x!, y!]);
    const after = layerPoint(u, 3.5, newOrigin);
    expect(moved[0]).toBeCloseTo(after[0]!, 6);
    expect(moved[1]).toBeCloseTo(after[1]!, 6);
  });

  it('is no move at all when neither the zoom nor the origin changed', () => {
    const still = zoomTransform(drawn, 1, { x: drawnOrigin[0], y: drawnOrigin[1] });
    expect(still.scale).toBe(1);
    expect(still.dx).toBeCloseTo(0, 9);
    expect(still.dy).toBeCloseTo(0, 9);
  });
});
