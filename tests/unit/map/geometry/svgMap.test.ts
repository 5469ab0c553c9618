import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitPadding } from '../../../../src/map/labels/labelFrame';
import { decodePath } from '../../../../src/map/geometry/compactPath';
import { latLng } from 'leaflet';
import type { MultiPolygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import topology from '../../../../src/data/geometry/region.topo.json';
import { fitView, projectedBox } from '../../../../src/map/geometry/fitView';
import { PIXELS_PER_UNIT, REGION_CRS } from '../../../../src/map/leaflet/regionCrs';
import { decodeRegion } from '../../../../src/map/geometry/regionGeometry';
import type { RegionCollection } from '../../../../src/map/geometry/regionGeometry';
import {
  SVG_UNITS,
  svgMap,
  svgMapBoxes,
  svgMapGeometry,
  svgPoint,
} from '../../../../src/map/geometry/svgMap';
import { regionBoxes } from '../../../../src/map/geometry/focusBox';
import type { ProjectedBox } from '../../../../src/map/geometry/fitView';

/** Capitals and corners of the region, [lat, lon]: east of 180 too (Chukotka). */
const KNOWN_POINTS: [number, number][] = [
  [51.17, 71.45], // Astana
  [40.18, 44.51], // Yerevan
  [47.01, 28.86], // Chișinău
  [59.44, 24.75], // Tallinn
  [54.71, 20.51], // Kaliningrad
  [64.73, 177.5], // Anadyr
  [66.0, 190.0], // Chukotka past the antimeridian
];

/** The drawn-in map's padding as its stylesheet writes it: `min(Apx, B%)` of the frame's width. */
const BAKED_PADDING = (() => {
  const css = readFileSync(resolve('src/styles.css'), 'utf8');
  const rule = css.slice(
    css.indexOf('.baked-map {'),
    css.indexOf('}', css.indexOf('.baked-map {')),
  );
  const [, px, percent] = /padding: min\((\d+)px, (\d+)%\)/.exec(rule) ?? [];
  if (!px || !percent) throw new Error('no min(…px, …%) padding on .baked-map');
  return (width: number) => Math.min(Number(px), (width * Number(percent)) / 100);
})();

/** Where an SVG point lands in a width×height box shown with "meet" and the stylesheet's padding. */
function onScreen(point: [number, number], viewBox: string, width: number, height: number) {
  const [minX, minY, w, h] = viewBox.split(' ').map(Number) as [number, number, number, number];
  const padding = BAKED_PADDING(width);
  const [innerW, innerH] = [width - 2 * padding, height - 2 * padding];
  const scale = Math.min(innerW / w, innerH / h);
  return [
    padding + (innerW - w * scale) / 2 + (point[0] - minX) * scale,
    padding + (innerH - h * scale) / 2 + (point[1] - minY) * scale,
  ];
}

const region = decodeRegion(topology as unknown as Topology);
const map = svgMap(region);
const box = projectedBox(
  region.features.filter((f) => !f.properties.context).map((f) => f.geometry),
);

describe('svgPoint', () => {
  it.each(KNOWN_POINTS)(
    'projects (%f, %f) as the Leaflet CRS does, up to one scale',
    (lat, lon) => {
      for (const zoom of [0, 1.37, 3]) {
        const leaflet = REGION_CRS.latLngToPoint(latLng(lat, lon), zoom);
        const factor = (PIXELS_PER_UNIT * 2 ** zoom) / SVG_UNITS;
        const [x, y] = svgPoint(lat, lon);
        expect(x * factor).toBeCloseTo(leaflet.x, 6);
        expect(y * factor).toBeCloseTo(leaflet.y, 6);
      }
    },
  );
});

describe('svgMap', () => {
  // The Leaflet map's pixel for a point: FitRegion's view, then Leaflet's own container point.
  it.each([
    [300, 240],
    [343, 260],
    [760, 475],
    [1200, 640],
  ])('puts every known point where the fitted Leaflet map does, in a %i×%i box', (w, h) => {
    const { center, zoom } = fitView(box, w, h, fitPadding(w), PIXELS_PER_UNIT);
    const middle = REGION_CRS.latLngToPoint(latLng(...center), zoom);
    for (const [lat, lon] of KNOWN_POINTS) {
      const leaflet = REGION_CRS.latLngToPoint(latLng(lat, lon), zoom);
      const [x = NaN, y = NaN] = onScreen(svgPoint(lat, lon), map.viewBox, w, h);
      expect(Math.abs(x - (leaflet.x - middle.x + w / 2))).toBeLessThan(0.05);
      expect(Math.abs(y - (leaflet.y - middle.y + h / 2))).toBeLessThan(0.05);
    }
  });

  it('draws one path per country, backdrop first, in whole relative steps', () => {
    expect(map.shapes.map((s) => s.id)).toEqual(region.features.map((f) => f.id));
    expect(map.shapes.filter((s) => !s.context)).toHaveLength(15);
    for (const shape of map.shapes) expect(shape.d).toMatch(/^(M-?\d+ -?\d+l[-\d ]+z)+$/);
  });

  it('starts each outline at its first vertex, rounded to a whole unit', () => {
    const square: RegionCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'KZ',
          properties: { name: 'Kazakhstan' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [60, 45],
                [70, 45],
                [70, 50],
                [60, 50],
                [60, 45],
              ],
            ],
          },
        },
      ],
    };
    const [shape] = svgMap(square).shapes;
    const start = svgPoint(45, 60).map(Math.round);
    expect(shape?.d.startsWith(`M${start[0]} ${start[1]}l`)).toBe(true);
    // Four corners: four steps of two numbers each, back to the start.
    const steps = shape?.d.slice(shape.d.indexOf('l') + 1, -1).match(/-?\d+/g) ?? [];
    expect(steps).toHaveLength(8);
    const sum = (from: number) => steps.filter((_, i) => i % 2 === from).map(Number);
    expect(sum(0).reduce((a, b) => a + b)).toBe(0);
    expect(sum(1).reduce((a, b) => a + b)).toBe(0);
  });
});

describe('svgMapGeometry', () => {
  it('gives back every point of every outline, in latitude and longitude', () => {
    const again = svgMapGeometry(map);
    expect(again.features.map((f) => f.id)).toEqual(map.shapes.map((s) => s.id));
    expect(again.features.filter((f) => f.properties.context).map((f) => f.id)).toEqual(
      map.shapes.filter((s) => s.context).map((s) => s.id),
    );
    again.features.forEach((feature, i) => {
      const rings = decodePath(map.shapes[i]!.d);
      const geometry = feature.geometry as MultiPolygon;
      expect(geometry.coordinates).toHaveLength(rings.length);
      geometry.coordinates.forEach(([ring], r) => {
        // Projected again, each position is the path's point; the last closes the ring.
        const points = (ring ?? []).slice(0, -1).map(([lon, lat]) => svgPoint(lat!, lon!));
        expect(points).toHaveLength(rings[r]!.length);
        points.forEach(([x, y], p) => {
          expect(Math.abs(x - rings[r]![p]![0])).toBeLessThan(1e-6);
          expect(Math.abs(y - rings[r]![p]![1])).toBeLessThan(1e-6);
        });
      });
    });
  });
});

describe('svgMapBoxes', () => {
  it('gives the boxes regionBoxes finds in the outlines converted back, without converting them', () => {
    const fast = svgMapBoxes(map);
    const slow = regionBoxes(svgMapGeometry(map));
    const close = (a: ProjectedBox, b: ProjectedBox) =>
      (['minX', 'minY', 'maxX', 'maxY'] as const).every((k) => Math.abs(a[k] - b[k]) < 1e-9);
    expect(Object.keys(fast.states).sort()).toEqual(Object.keys(slow.states).sort());
    expect(Object.keys(fast.states)).toHaveLength(15);
    for (const [id, box] of Object.entries(slow.states)) {
      expect(close(fast.states[id]!, box!), id).toBe(true);
    }
    expect(close(fast.whole, slow.whole)).toBe(true);
  });
});
