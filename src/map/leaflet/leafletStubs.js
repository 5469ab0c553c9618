/**
 * Stand-ins for the two Leaflet classes that L.GeoJSON imports only for point features (Marker)
 * and circles (Circle). The region's geometry has neither, so the build swaps these in for
 * GeoJSON's imports (vite.config.ts) and leaves markers, icons and marker dragging out of the
 * bundle. GeoJSON calls `include` on both when it loads, so they keep that one method.
 */
class PointFeature {
  static include() {
    return this;
  }

  constructor() {
    throw new Error('The region map draws no point features: Leaflet markers are not bundled.');
  }
}

export class Marker extends PointFeature {}
export class Circle extends PointFeature {}
