import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet/hooks';
import { fitView, projectedBox } from './fitView';
import { PIXELS_PER_UNIT } from './regionCrs';
import type { RegionCollection } from './regionGeometry';

/** Fits the 15 states into the map on load and whenever the map's box changes size. */
export function FitRegion({ geometry }: { readonly geometry: RegionCollection }) {
  const map = useMap();
  const box = useMemo(
    () =>
      projectedBox(geometry.features.filter((f) => !f.properties.context).map((f) => f.geometry)),
    [geometry],
  );
  useEffect(() => {
    const fit = () => {
      const { x, y } = map.getSize();
      if (x === 0 || y === 0) return;
      const padding = Math.min(16, x / 20);
      const { center, zoom } = fitView(box, x, y, padding, PIXELS_PER_UNIT);
      map.setMinZoom(zoom - 0.5);
      map.setMaxZoom(zoom + 4);
      map.setView(center, zoom, { animate: false });
    };
    fit();
    // The box changes with the layout (rotation, an embed resized by its host): refit then.
    const observer = new ResizeObserver(() => {
      map.invalidateSize({ animate: false });
      fit();
    });
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map, box]);
  return null;
}
