import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet/hooks';
import { fitView } from '../geometry/fitView';
import { focusBox, regionBoxes } from '../geometry/focusBox';
import type { FocusRequest } from '../geometry/focusBox';
import { PIXELS_PER_UNIT } from './regionCrs';
import type { RegionCollection } from '../geometry/regionGeometry';
import { fitPadding } from '../labels/labelFrame';

interface FitRegionProps {
  readonly geometry: RegionCollection;
  readonly request: FocusRequest;
  /** Whether the map now shows another view than the whole region (a state, the reader's zoom). */
  readonly onZoomed?: (zoomed: boolean) => void;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Fits the 15 states into the map on load and whenever the map's box changes size, or the state
 * asked for (focusBox.ts: readable, within the whole frame). A new request flies there, unless the
 * reader prefers reduced motion; the first fit and a resize jump, so nothing moves on its own.
 */
export function FitRegion({ geometry, request, onZoomed }: FitRegionProps) {
  const map = useMap();
  const boxes = useMemo(() => regionBoxes(geometry), [geometry]);
  const onZoomedRef = useRef(onZoomed);
  useEffect(() => {
    onZoomedRef.current = onZoomed;
  }, [onZoomed]);
  /** The whole-region zoom and centre for the current size: "zoomed" is any view but this. */
  const whole = useRef<ReturnType<typeof fitView> | null>(null);
  const first = useRef(true);
  const requestRef = useRef(request);

  const fit = useCallback(
    (animate: boolean) => {
      const { x, y } = map.getSize();
      if (x === 0 || y === 0) return;
      const padding = fitPadding(x);
      whole.current = fitView(boxes.whole, x, y, padding, PIXELS_PER_UNIT);
      map.setMinZoom(whole.current.zoom - 0.5);
      map.setMaxZoom(whole.current.zoom + 4);
      const { focus } = requestRef.current;
      const state = focus ? boxes.states[focus] : undefined;
      const [width, height] = [x - 2 * padding, y - 2 * padding];
      const box = state ? focusBox(state, boxes.whole, width, height) : boxes.whole;
      const { center, zoom } = fitView(box, x, y, padding, PIXELS_PER_UNIT);
      if (animate && !reducedMotion()) map.flyTo(center, zoom, { duration: 0.5 });
      else map.setView(center, zoom, { animate: false });
    },
    [map, boxes],
  );

  // A new request: the first fit jumps (it matches the drawn-in map beneath), later ones fly.
  useEffect(() => {
    requestRef.current = request;
    fit(!first.current);
    first.current = false;
  }, [fit, request]);

  // The box changes with the layout (rotation, an embed resized by its host): refit then.
  useEffect(() => {
    let size = map.getSize();
    const observer = new ResizeObserver(() => {
      map.invalidateSize({ animate: false });
      const now = map.getSize();
      if (now.equals(size)) return; // the observer's first call, or no real change
      size = now;
      fit(false);
    });
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map, fit]);

  useEffect(() => {
    const report = () => {
      const target = whole.current;
      if (!target) return;
      const zoom = map.getZoom();
      const offset = map
        .project(map.getCenter(), zoom)
        .distanceTo(map.project(target.center, zoom));
      onZoomedRef.current?.(Math.abs(zoom - target.zoom) > 0.01 || offset > 2);
    };
    map.on('moveend', report);
    report();
    return () => {
      map.off('moveend', report);
    };
  }, [map]);
  return null;
}
