import { Suspense, useCallback, useId, useRef, useState } from 'react';
import type { StatusMapProps } from './leaflet/StatusMap';
import { svgViewBox } from './geometry/svgMap';
import { useLocale } from '../i18n/useLocale';
import { SuspendingPart } from '../ui/Deferred';
import { BakedMap } from './baked/BakedMap';
import { useBakedMap } from './baked/BakedMapContext';
import { useBakedFocus } from './baked/useBakedFocus';
import { useZoomedLabels } from './baked/useZoomedLabels';
import { STATUS_MAP } from './statusMapPart';
import { useFocusRequest } from './useFocusRequest';
import { useLeafletGeometry } from './useLeafletGeometry';
import { useSwipeHint } from './useSwipeHint';

type Props = Omit<
  StatusMapProps,
  'geometry' | 'onShapesDrawn' | 'hintId' | 'request' | 'onZoomed' | 'onSwipe' | 'baked'
>;

/**
 * The map's reserved box. It holds the map drawn into the HTML (BakedMap) until the Leaflet map,
 * laid over it in the same place, has drawn its shapes; then the drawn-in one is removed.
 */
export function MapPanel(props: Props) {
  const { m } = useLocale();
  const baked = useBakedMap();
  // The outlines already in the page: the Leaflet map's boundaries, and the drawn-in map's boxes.
  const geometry = useLeafletGeometry(baked);
  const [leafletDrawn, setLeafletDrawn] = useState(false);
  const onShapesDrawn = useCallback(() => setLeafletDrawn(true), []);
  const placeholder = <p className="map-loading">{m.map.loading}</p>;
  const hintId = useId();

  const [request, showWhole] = useFocusRequest(props.selected);
  const [leafletZoomed, setLeafletZoomed] = useState(false);
  const frameRef = useRef<HTMLDivElement>(null);
  const bakedFocus = useBakedFocus(frameRef, baked, request.focus, leafletDrawn);
  const zoomed = leafletDrawn ? leafletZoomed : bakedFocus.zoomed;
  const zoomedBox = !leafletDrawn && zoomed && bakedFocus.box ? svgViewBox(bakedFocus.box) : null;
  const bakedZoom = useZoomedLabels(zoomedBox, baked, bakedFocus.size, m);
  const [swipeHint, onSwipe] = useSwipeHint();

  return (
    <div className="map-frame" ref={frameRef}>
      <p id={hintId} className="visually-hidden">
        {m.map.keysHint}
      </p>
      {!leafletDrawn &&
        (baked ? (
          <BakedMap
            map={baked}
            looks={props.looks}
            names={props.names}
            onSelect={props.onSelect}
            zoom={bakedZoom}
          />
        ) : (
          !geometry && placeholder
        ))}
      {geometry && (
        <Suspense fallback={baked ? null : placeholder}>
          <SuspendingPart
            part={STATUS_MAP}
            props={{
              ...props,
              geometry,
              onShapesDrawn,
              hintId,
              request,
              onZoomed: setLeafletZoomed,
              onSwipe,
              baked,
            }}
          />
        </Suspense>
      )}
      {zoomed && (
        <button type="button" className="map-whole" onClick={showWhole}>
          {m.map.showWhole}
        </button>
      )}
      {/* A live region from the start, so the hint's words are announced when they come. */}
      <p className="map-swipe-hint" role="status" data-shown={swipeHint === 'shown'}>
        {swipeHint === 'never' ? '' : m.map.twoFingers}
      </p>
    </div>
  );
}
