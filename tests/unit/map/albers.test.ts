import { describe, expect, it } from 'vitest';
import { REGION_ALBERS, albers } from '../../../src/map/albers';

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

  it('preserves area: equal lat/lon cells at one latitude have equal projected areas', () => {
    const area = (lat: number, lon: number) => {
      const [ax, ay] = projection.project(lat, lon);
      const [bx, by] = projection.project(lat, lon + 1);
      const [cx, cy] = projection.project(lat + 1, lon + 1);
      const [dx, dy] = projection.project(lat + 1, lon);
      return Math.abs(
        (ax * by - bx * ay + bx * cy - cx * by + cx * dy - dx * cy + dx * ay - ax * dy) / 2,
      );
    };
    expect(area(50, 30)).toBeCloseTo(area(50, 170), 6);
  });
});
