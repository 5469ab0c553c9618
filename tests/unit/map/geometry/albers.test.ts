import { describe, expect, it } from 'vitest';
import { REGION_ALBERS, albers } from '../../../../src/map/geometry/albers';

const projection = albers(REGION_ALBERS);

describe('albers', () => {
  it('puts the origin (central meridian, latitude of origin) at 0, 0', () => {
    const [x, y] = projection.project(REGION_ALBERS.lat0, REGION_ALBERS.lon0);
    expect(x).toBeCloseTo(0, 12);
    expect(y).toBeCloseTo(0, 12);
  });

  it('sends east to +x and north to +y around the centre', () => {
    const [x0, y0] = projection.project(56, 82);
    expect(projection.project(56, 90)[0]).toBeGreaterThan(x0);
    expect(projection.project(60, 82)[1]).toBeGreaterThan(y0);
  });

  const points: [number, number][] = [];
  for (let lat = 35; lat <= 82; lat += 3.5) {
    for (let lon = 19; lon <= 191; lon += 8.6) points.push([lat, lon]);
  }
  points.push([54.7, 20.5], [66, 190], [65, -170 + 360], [35.1, 60], [81.8, 58]);

  it(`round-trips ${points.length} points across the region, Kaliningrad to Chukotka`, () => {
    for (const [lat, lon] of points) {
      const [x, y] = projection.project(lat, lon);
      const [lat2, lon2] = projection.unproject(x, y);
      expect(lat2, `${lat},${lon}`).toBeCloseTo(lat, 9);
      expect(lon2, `${lat},${lon}`).toBeCloseTo(lon, 9);
    }
  });

  it('keeps Chukotka east of the antimeridian as lon 190, not -170', () => {
    const [, lon] = projection.unproject(...projection.project(66, 190));
    expect(lon).toBeCloseTo(190, 9);
  });

  /** Projected area of the cell [lat, lat+1] × [lon, lon+1], its curved parallels finely sampled. */
  const cellArea = (lat: number, lon: number) => {
    const steps = 200;
    const ring: [number, number][] = [];
    for (let i = 0; i <= steps; i += 1) ring.push(projection.project(lat, lon + i / steps));
    for (let i = steps; i >= 0; i -= 1) ring.push(projection.project(lat + 1, lon + i / steps));
    let twice = 0;
    ring.forEach(([x0, y0], i) => {
      const [x1, y1] = ring[(i + 1) % ring.length]!;
      twice += x0 * y1 - x1 * y0;
    });
    return Math.abs(twice / 2);
  };
  /** The same cell's area on the sphere, up to a constant: R² · Δλ · (sin φ2 − sin φ1). */
  const sphereArea = (lat: number) =>
    Math.sin(((lat + 1) * Math.PI) / 180) - Math.sin((lat * Math.PI) / 180);

  it('preserves area: a cell at 70°N and one at 40°N keep their ratio on the sphere', () => {
    // Any conic keeps cells at one latitude equal; only an equal-area one keeps this ratio
    // (an equidistant conic with the same parallels is off by several per cent).
    const ratio = cellArea(70, 100) / cellArea(40, 60);
    expect(ratio).toBeCloseTo(sphereArea(70) / sphereArea(40), 4);
    expect(ratio).toBeLessThan(0.5);
  });

  it('preserves area: equal lat/lon cells at one latitude have equal projected areas', () => {
    expect(cellArea(50, 30)).toBeCloseTo(cellArea(50, 170), 6);
  });
});
