import { bounds, CRS, latLng, point, Transformation, Util } from 'leaflet';
import type { LatLng, Point } from 'leaflet';
import { albers, REGION_ALBERS } from '../geometry/albers';

const projection = albers(REGION_ALBERS);
/** Pixels per projected unit at zoom 0 (Leaflet's CRS.scale(0)); the region is then ~500 px wide. */
export const PIXELS_PER_UNIT = 256;

/**
 * A Leaflet CRS for the region: Albers equal-area instead of Web Mercator. There are no tiles, so
 * nothing ties the map to Mercator. No longitude wrapping, so Russia runs on past 180 E.
 */
export const REGION_CRS = Util.extend({}, CRS, {
  code: 'CIS:ALBERS',
  projection: {
    project: (latlng: LatLng) => point(...projection.project(latlng.lat, latlng.lng)),
    unproject: (p: Point) => latLng(...projection.unproject(p.x, p.y)),
    bounds: bounds([-2, -2], [2, 2]),
  },
  transformation: new Transformation(1, 0, -1, 0),
  infinite: false,
}) as unknown as CRS;
