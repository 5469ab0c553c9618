import { compareNames } from '../../model/compareNames';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';

/** Properties the geometry build writes on each country. */
export interface RegionProperties {
  readonly name: string;
  /** A neighbour drawn only for context, not one of the 15. */
  readonly context?: boolean;
}
export type RegionFeature = Feature<Geometry, RegionProperties> & { id: string };
export type RegionCollection = FeatureCollection<Geometry, RegionProperties> & {
  features: RegionFeature[];
};

/**
 * Loads the boundaries (a separate chunk, so text paints before the map's bytes arrive) and
 * decodes the TopoJSON. Context countries come first so the 15 are drawn on top of them.
 */
export async function loadRegionGeometry(): Promise<RegionCollection> {
  const { default: topology } = await import('../../data/geometry/region.topo.json');
  return decodeRegion(topology as unknown as Topology);
}

/** TopoJSON → GeoJSON, backdrop first, then the 15 in alphabetical order (the Tab order). */
export function decodeRegion(topology: Topology): RegionCollection {
  const object = topology.objects['countries'];
  if (!object) throw new Error('Boundary data has no "countries" object');
  const collection = feature(topology, object) as unknown as RegionCollection;
  const rank = (f: RegionFeature) => (f.properties.context ? 0 : 1);
  const features = [...collection.features].sort(
    (a, b) => rank(a) - rank(b) || compareNames(a.properties.name, b.properties.name),
  );
  return { ...collection, features };
}
