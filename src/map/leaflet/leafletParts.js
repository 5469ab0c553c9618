/**
 * The parts of Leaflet this map uses, imported from Leaflet's own ES modules instead of its
 * full UMD bundle. The build aliases `leaflet` to this file (vite.config.ts), so react-leaflet
 * and our code get the same classes, minus the tiles, canvas, popups, tooltips, overlays and
 * controls the map never shows: about 40 % of Leaflet's bytes, which every reader would download.
 *
 * Everything exported here is the real Leaflet 1.9 class; types still come from @types/leaflet.
 */
// First: Leaflet writes to innerHTML as it loads, which Trusted Types allows only through this.
import './trustedTypesPolicy';
import { Map } from 'leaflet/src/map/Map';
import { svg } from 'leaflet/src/layer/vector/SVG';

// The interaction handlers the map turns on (keyboard and scroll-wheel zoom are off).
import { BoxZoom } from 'leaflet/src/map/handler/Map.BoxZoom';
import { DoubleClickZoom } from 'leaflet/src/map/handler/Map.DoubleClickZoom';
import { Drag } from 'leaflet/src/map/handler/Map.Drag';
import { TouchZoom } from 'leaflet/src/map/handler/Map.TouchZoom';
import { Control } from 'leaflet/src/control/Control';
import { Zoom } from 'leaflet/src/control/Control.Zoom';

Map.BoxZoom = BoxZoom;
Map.DoubleClickZoom = DoubleClickZoom;
Map.Drag = Drag;
Map.TouchZoom = TouchZoom;
Control.Zoom = Zoom;

// Leaflet's own getRenderer picks between SVG and Canvas, which pulls in the Canvas renderer.
// Shapes must be SVG here (they are focusable, named elements), so always use SVG.
Map.include({
  getRenderer(layer) {
    let renderer = layer.options.renderer || this.options.renderer || this._renderer;
    if (!renderer) renderer = this._renderer = svg();
    if (!this.hasLayer(renderer)) this.addLayer(renderer);
    return renderer;
  },
});

export { Map, Control };
export { CRS } from 'leaflet/src/geo/crs/CRS';
export { toBounds as bounds } from 'leaflet/src/geometry/Bounds';
export { toLatLng as latLng } from 'leaflet/src/geo/LatLng';
export { LatLngBounds } from 'leaflet/src/geo/LatLngBounds';
export { toPoint as point } from 'leaflet/src/geometry/Point';
export { Transformation } from 'leaflet/src/geometry/Transformation';
export * as Util from 'leaflet/src/core/Util';
export * as DomUtil from 'leaflet/src/dom/DomUtil';
export { GeoJSON } from 'leaflet/src/layer/GeoJSON';
export { CircleMarker } from 'leaflet/src/layer/vector/CircleMarker';
