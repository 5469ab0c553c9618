import { useEffect, useReducer } from 'react';
import type { Map as LeafletMap } from 'leaflet';

/**
 * The map's SVG units (svgMap.ts) as Leaflet layer pixels: point = (x, y) · k − origin. The CRS
 * maps projected (x, y) to scale · (x, −y), and SVG units are projected units · SVG_UNITS with y
 * flipped, so k is the CRS scale over SVG_UNITS. Straight from the projected plane, no latitude in
 * between: the tiles lie partly beyond the North Pole's arc, where a conic projection has no point.
 * Re-rendered when the zoom or the frame changes (useZoomFollow carries the drawing meanwhile).
 */
export function useUnitsToLayer(
  map: LeafletMap,
  svgUnits: number,
  /** Map events that redraw the caller as well: 'moveend' for what depends on the view. */
  alsoOn = '',
): { k: number; ox: number; oy: number; zoom: number } {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const events = `zoomend viewreset resize ${alsoOn}`.trim();
    map.on(events, redraw);
    return () => {
      map.off(events, redraw);
    };
  }, [map, alsoOn]);
  const zoom = map.getZoom();
  const k = map.options.crs!.scale(zoom) / svgUnits;
  const origin = map.getPixelOrigin();
  return { k, ox: -origin.x, oy: -origin.y, zoom };
}
