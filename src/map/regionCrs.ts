import L from 'leaflet';
import { albers, REGION_ALBERS } from './albers';

const projection = albers(REGION_ALBERS);
/** Pixels per projected unit at zoom 0 (Leaflet's CRS.scale(0)); the region is then ~500 px wide. */
export const PIXELS_PER_UNIT = 256;

/**
 * A Leaflet CRS for the region: Albers equal-area instead of Web Mercator. There are no tiles, so
 * nothing ties the map to Mercator. No longitude wrapping, so Russia runs on past 180 E.
 */
export const REGION_CRS = L.Util.extend({}, L.CRS, {
  code: 'CIS:ALBERS',
  projection: {
    project: (latlng: L.LatLng) => L.point(...projection.project(latlng.lat, latlng.lng)),
    unproject: (point: L.Point) => L.latLng(...projection.unproject(point.x, point.y)),
    bounds: L.bounds([-2, -2], [2, 2]),
  },
  transformation: new L.Transformation(1, 0, -1, 0),
  infinite: false,
}) as unknown as L.CRS;
