import type { Geometry, Position } from 'geojson';
import { albers, REGION_ALBERS } from './albers';
import { projectedBox } from './fitView';
import type { ProjectedBox } from './fitView';
import type { Box } from './box';
import { decodePath, encodeRing, pathBox } from './compactPath';
import type { Point } from './compactPath';
import type { RegionBoxes } from './focusBox';
import type { RegionCollection } from './regionGeometry';
import { clipRing, toSegment } from './ringGeometry';

/**
 * SVG user units per projected unit. The 15 states' box is ~1.3 units wide, so ~480 units across:
 * whole numbers are then within a pixel of Leaflet's on a map up to ~700 px wide.
 */
export const SVG_UNITS = 360;

/** One country's outline as an SVG path, in the map's SVG coordinates. */
export interface SvgShape {
  readonly id: string;
  readonly context: boolean;
  readonly d: string;
}

/** The map drawn as SVG: the shapes, and the viewBox that frames the 15 states. */
export interface SvgMap {
  readonly viewBox: string;
  readonly shapes: readonly SvgShape[];
}

const projection = albers(REGION_ALBERS);

/**
 * A point in the map's SVG coordinates: the same Albers projection as the Leaflet CRS
 * (regionCrs.ts), y flipped as its Transformation(1, 0, -1, 0) does, times SVG_UNITS. Leaflet's
 * pixel at zoom z is this times 256 · 2^z / SVG_UNITS, so one uniform scale maps one onto the other.
 */
export function svgPoint(lat: number, lon: number): [number, number] {
  const [x, y] = projection.project(lat, lon);
  return [x * SVG_UNITS, -y * SVG_UNITS];
}

/**
 * The viewBox around `box` (projected units). Shown with preserveAspectRatio "xMidYMid meet" in a
 * box padded as FitRegion pads the Leaflet map, it is the view fitView computes: the same scale
 * (the smaller of the two ratios) and the same centre.
 */
export function svgViewBox(box: ProjectedBox): string {
  const round = (value: number) => Math.round(value * 100) / 100;
  const [minX, minY] = [box.minX * SVG_UNITS, -box.maxY * SVG_UNITS];
  const [width, height] = [(box.maxX - box.minX) * SVG_UNITS, (box.maxY - box.minY) * SVG_UNITS];
  return [minX, minY, width, height].map(round).join(' ');
}

/** Douglas–Peucker: the points of `line` that keep it within `tolerance` units of itself. */
function simplify(line: readonly Point[], tolerance: number): readonly Point[] {
  if (line.length < 3) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  // The extremes stay, so the outline's box (what a reader sees as its place) is exact.
  for (const axis of [0, 1]) {
    let [low, high] = [0, 0];
    line.forEach((point, i) => {
      if (point[axis]! < line[low]![axis]!) low = i;
      if (point[axis]! > line[high]![axis]!) high = i;
    });
    keep[low] = keep[high] = 1;
  }
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop() as [number, number];
    let worst = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const [cx, cy] = toSegment(line[i]!, line[first]!, line[last]!);
      const d = cx * cx + cy * cy;
      if (d > worst) [worst, index] = [d, i];
    }
    if (index > 0 && worst > tolerance * tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

/** One ring as "M x y l dx dy … z", whole units, repeated points dropped, relative moves. */
function ringPath(ring: readonly Position[], tolerance: number, clip?: Box): string {
  const projected = ring.map(([lon, lat]) => svgPoint(lat as number, lon as number));
  const points = simplify(clip ? clipRing(projected, clip) : projected, tolerance).map(
    ([x, y]): Point => [Math.round(x), Math.round(y)],
  );
  const kept = points.filter(
    ([x, y], i) => i === 0 || x !== points[i - 1]![0] || y !== points[i - 1]![1],
  );
  // A ring smaller than a unit draws nothing visible: leave it out.
  return kept.length < 3 ? '' : encodeRing(kept);
}

function geometryPath(geometry: Geometry, tolerance: number, clip?: Box): string {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  return polygons
    .flat()
    .map((ring) => ringPath(ring, tolerance, clip))
    .join('');
}

/**
 * The region as SVG paths, one per country, in the order Leaflet draws them (backdrop first).
 * Pure: the build's prerender draws the map with it, and tests check it against the Leaflet CRS.
 * `tolerance` (SVG units) drops points that move the outline by less, as Leaflet's smoothFactor does.
 * The backdrop is cut to the 15 states' box widened by half each way: more than any frame shows
 * around them, and India or Japan in full would be bytes nobody sees.
 */
export function svgMap(geometry: RegionCollection, tolerance = 1): SvgMap {
  const box = projectedBox(
    geometry.features.filter((f) => !f.properties.context).map((f) => f.geometry),
  );
  const [w, h] = [(box.maxX - box.minX) / 2, (box.maxY - box.minY) / 2];
  const clip: Box = [
    (box.minX - w) * SVG_UNITS,
    -(box.maxY + h) * SVG_UNITS,
    (box.maxX - box.minX + 2 * w) * SVG_UNITS,
    (box.maxY - box.minY + 2 * h) * SVG_UNITS,
  ];
  return {
    viewBox: svgViewBox(box),
    shapes: geometry.features.map((f) => {
      const context = f.properties.context === true;
      return {
        id: String(f.id),
        context,
        d: geometryPath(f.geometry, tolerance, context ? clip : undefined),
      };
    }),
  };
}

/**
 * The inverse of svgMap: the outlines as GeoJSON again (latitude and longitude, unprojected). The
 * browser builds the Leaflet map from the paths already in the page, so it downloads no boundaries
 * and draws exactly the outlines the drawn-in map showed.
 */
export function svgMapGeometry(map: SvgMap): RegionCollection {
  const toPosition = (x: number, y: number): Position => {
    const [lat, lon] = projection.unproject(x / SVG_UNITS, -y / SVG_UNITS);
    return [lon, lat];
  };
  return {
    type: 'FeatureCollection',
    features: map.shapes.map(({ id, context, d }) => {
      const polygons = decodePath(d).map((points) => {
        const ring = points.map(([x, y]) => toPosition(x, y));
        ring.push(ring[0]!); // "z": GeoJSON rings repeat their first position
        return [ring];
      });
      return {
        type: 'Feature',
        id,
        properties: context ? { name: id, context: true } : { name: id },
        geometry: { type: 'MultiPolygon', coordinates: polygons },
      };
    }),
  };
}

/**
 * `regionBoxes(svgMapGeometry(map))`, read straight from the paths: SVG units are projected units
 * scaled (y flipped), so no point is unprojected and projected again. What the drawn-in map needs
 * to frame a state while the page hydrates, for a fraction of the outlines' conversion.
 */
export function svgMapBoxes(map: SvgMap): RegionBoxes {
  const projected = (box: Box): ProjectedBox => ({
    minX: box[0] / SVG_UNITS,
    maxX: (box[0] + box[2]) / SVG_UNITS,
    minY: -(box[1] + box[3]) / SVG_UNITS,
    maxY: -box[1] / SVG_UNITS,
  });
  const states: Record<string, ProjectedBox> = {};
  for (const shape of map.shapes) {
    const box = shape.context ? null : pathBox(shape.d);
    if (box) states[shape.id] = projected(box);
  }
  const all = Object.values(states);
  const whole: ProjectedBox = {
    minX: Math.min(...all.map((b) => b.minX)),
    maxX: Math.max(...all.map((b) => b.maxX)),
    minY: Math.min(...all.map((b) => b.minY)),
    maxY: Math.max(...all.map((b) => b.maxY)),
  };
  return { whole, states };
}
