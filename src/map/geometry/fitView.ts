import type { Geometry, Position } from 'geojson';
import { albers, REGION_ALBERS } from './albers';

/** A box in unit-sphere projected coordinates. */
export interface ProjectedBox {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

const projection = albers(REGION_ALBERS);

/**
 * The projected box around geometries. Leaflet's fitBounds projects only two corners of a
 * latitude/longitude box, which in a conic projection misses the curved edges, so fit on this.
 */
export function projectedBox(geometries: readonly Geometry[]): ProjectedBox {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (coords: unknown): void => {
    if (typeof (coords as Position)[0] === 'number') {
      const [lon, lat] = coords as Position;
      const [x, y] = projection.project(lat as number, lon as number);
      [minX, minY, maxX, maxY] = [
        Math.min(minX, x),
        Math.min(minY, y),
        Math.max(maxX, x),
        Math.max(maxY, y),
      ];
    } else (coords as unknown[]).forEach(visit);
  };
  for (const geometry of geometries) if ('coordinates' in geometry) visit(geometry.coordinates);
  return { minX, minY, maxX, maxY };
}

/**
 * The centre (lat, lon) and zoom that fit `box` into a `width`×`height` pixel view with
 * `padding` pixels each side, for a CRS whose zoom-0 scale is `pixelsPerUnit`.
 */
export function fitView(
  box: ProjectedBox,
  width: number,
  height: number,
  padding: number,
  pixelsPerUnit: number,
): { center: [number, number]; zoom: number } {
  const usableW = Math.max(1, width - 2 * padding);
  const usableH = Math.max(1, height - 2 * padding);
  const scale = Math.min(usableW / (box.maxX - box.minX), usableH / (box.maxY - box.minY));
  const zoom = Math.log2(scale / pixelsPerUnit);
  const center = projection.unproject((box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2);
  return { center, zoom };
}
