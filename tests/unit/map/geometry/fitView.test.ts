import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { REGION_ALBERS, albers } from '../../../../src/map/geometry/albers';
import { fitView, projectedBox } from '../../../../src/map/geometry/fitView';
import type { ProjectedBox } from '../../../../src/map/geometry/fitView';

const projection = albers(REGION_ALBERS);

describe('projectedBox', () => {
  it('is the box around every vertex of every geometry, however deeply nested', () => {
    const geometries: Geometry[] = [
      { type: 'Point', coordinates: [30, 50] },
      {
        type: 'LineString',
        coordinates: [
          [40, 45],
          [60, 55],
        ],
      },
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [20, 54],
              [22, 55],
              [21, 56],
              [20, 54],
            ],
          ],
          [
            [
              [170, 65],
              [190, 66],
              [180, 70],
              [170, 65],
            ],
          ],
        ],
      },
    ];
    const box = projectedBox(geometries);
    const vertices: [number, number][] = [
      [30, 50],
      [40, 45],
      [60, 55],
      [20, 54],
      [22, 55],
      [21, 56],
      [170, 65],
      [190, 66],
      [180, 70],
    ];
    const projected = vertices.map(([lon, lat]) => projection.project(lat, lon));
    expect(box.minX).toBe(Math.min(...projected.map(([x]) => x)));
    expect(box.maxX).toBe(Math.max(...projected.map(([x]) => x)));
    expect(box.minY).toBe(Math.min(...projected.map(([, y]) => y)));
    expect(box.maxY).toBe(Math.max(...projected.map(([, y]) => y)));
  });

  it('reads GeoJSON positions as [lon, lat]', () => {
    const box = projectedBox([
      { type: 'Point', coordinates: [REGION_ALBERS.lon0, REGION_ALBERS.lat0] },
    ]);
    expect(box.minX).toBeCloseTo(0, 12);
    expect(box.minY).toBeCloseTo(0, 12);
  });

  it('skips geometry collections without coordinates', () => {
    const box = projectedBox([{ type: 'GeometryCollection', geometries: [] }]);
    expect(box).toEqual({ minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity });
  });
});

describe('fitView', () => {
  const BOX: ProjectedBox = { minX: -0.6, minY: -0.3, maxX: 0.9, maxY: 0.25 };

  it.each([
    [800, 600, 20, 256],
    [320, 640, 10, 256],
    [1600, 400, 0, 128],
    [300, 300, 40, 512],
  ])('fits the box in %i×%i with padding %i (zoom-0 scale %i)', (width, height, padding, ppu) => {
    const { center, zoom } = fitView(BOX, width, height, padding, ppu);
    const scale = ppu * 2 ** zoom;
    const boxW = (BOX.maxX - BOX.minX) * scale;
    const boxH = (BOX.maxY - BOX.minY) * scale;
    const usableW = width - 2 * padding;
    const usableH = height - 2 * padding;
    // Fits both dimensions…
    expect(boxW).toBeLessThanOrEqual(usableW + 1e-6);
    expect(boxH).toBeLessThanOrEqual(usableH + 1e-6);
    // …and fills one of them: the zoom is as large as it can be.
    expect(Math.max(boxW / usableW, boxH / usableH)).toBeCloseTo(1, 9);
    // The centre maps back to the middle of the box.
    const [x, y] = projection.project(center[0], center[1]);
    expect(x).toBeCloseTo((BOX.minX + BOX.maxX) / 2, 9);
    expect(y).toBeCloseTo((BOX.minY + BOX.maxY) / 2, 9);
  });

  it('zooms in by one step when the view doubles', () => {
    const small = fitView(BOX, 400, 300, 0, 256).zoom;
    expect(fitView(BOX, 800, 600, 0, 256).zoom).toBeCloseTo(small + 1, 9);
  });

  it('stays finite when the padding eats the whole view', () => {
    const { center, zoom } = fitView(BOX, 10, 10, 40, 256);
    expect(Number.isFinite(zoom)).toBe(true);
    expect(center.every(Number.isFinite)).toBe(true);
  });

  it('fits a box made from real geometry around its centre', () => {
    const box = projectedBox([
      {
        type: 'Polygon',
        coordinates: [
          [
            [20, 40],
            [190, 40],
            [190, 75],
            [20, 75],
            [20, 40],
          ],
        ],
      },
    ]);
    const { center } = fitView(box, 1000, 600, 16, 256);
    const [x, y] = projection.project(...center);
    expect(x).toBeCloseTo((box.minX + box.maxX) / 2, 9);
    expect(y).toBeCloseTo((box.minY + box.maxY) / 2, 9);
  });
});
