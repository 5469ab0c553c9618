import { useEffect, useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { LatLng, Map as LeafletMap, ZoomAnimEvent } from 'leaflet';
import { zoomTransform } from '../geometry/zoomFollow';
import type { OverlayAnchor, ZoomTransform } from '../geometry/zoomFollow';

/**
 * Keeps an overlay drawn at `anchor` (its own SVG, redrawn by React when a zoom ends) in step with
 * the map while it zooms: Leaflet's animated zoom, a fly to a state, a pinch. `follow` is given
 * the overlay and the transform from where it was drawn to where the map is going, and null once
 * React has drawn it afresh. Without this the tiles and labels would stay put through the
 * animation and jump at its end, while the shapes under them moved.
 */
export function useZoomFollow(
  map: LeafletMap,
  anchor: OverlayAnchor,
  layer: RefObject<SVGSVGElement | null>,
  follow: (layer: SVGSVGElement, transform: ZoomTransform | null) => void,
) {
  const latest = useRef(anchor);
  const { zoom, ox, oy } = anchor;
  useLayoutEffect(() => {
    latest.current = { zoom, ox, oy };
    // Drawn afresh at the map's zoom: no transform left over, in the same frame as the new drawing.
    // Only then: a redraw for another reason (a date step) leaves a running zoom's transform be.
    if (layer.current) follow(layer.current, null);
  }, [zoom, ox, oy, layer, follow]);
  useEffect(() => {
    const apply = (transform: ZoomTransform) => {
      if (layer.current) follow(layer.current, transform);
    };
    const towards = (center: LatLng, zoom: number) => {
      const anchor = latest.current;
      // The layer's top left at the new zoom: the centre's pixel less half the frame, kept where
      // the map's pane has been dragged to (as Leaflet computes its new pixel origin).
      const half = map.getSize().divideBy(2);
      const panned = map.containerPointToLayerPoint([0, 0]);
      const origin = map.project(center, zoom).subtract(half).subtract(panned).round();
      apply(zoomTransform(anchor, map.getZoomScale(zoom, anchor.zoom), origin));
    };
    // An animated zoom announces where it ends; the overlays' CSS transition runs with the map's.
    const onZoomAnim = (event: ZoomAnimEvent) => towards(event.center, event.zoom);
    // A fly or a pinch moves the map frame by frame: the pixel origin is already the new one.
    const onZoom = () => {
      const anchor = latest.current;
      apply(
        zoomTransform(anchor, map.getZoomScale(map.getZoom(), anchor.zoom), map.getPixelOrigin()),
      );
    };
    map.on('zoomanim', onZoomAnim);
    map.on('zoom', onZoom);
    return () => {
      map.off('zoomanim', onZoomAnim);
      map.off('zoom', onZoom);
    };
  }, [map, layer, follow]);
}
