import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet/hooks';
import { isCountryCode } from '../../data/types';
import type { CountryCode } from '../../data/types';
import { SmallStateTiles } from '../baked/SmallStateTiles';
import type { CountryLook } from '../colour/countryStyle';
import type { InsetTile } from '../geometry/insetTiles';
import { SVG_UNITS } from '../geometry/svgMap';
import { useUnitsToLayer } from './useUnitsToLayer';
import { useZoomFollow } from './useZoomFollow';
import { layerTransform } from '../geometry/zoomFollow';
import type { ZoomTransform } from '../geometry/zoomFollow';

interface MapInsetsProps {
  readonly tiles: readonly InsetTile[];
  readonly looks: Readonly<Record<CountryCode, CountryLook>>;
  readonly onSelect: (country: CountryCode) => void;
}

/**
 * The small states' tiles on the Leaflet map, in a pane of their own above the shapes: the drawn-in
 * map's tiles, drawn by the same component in the same place (its SVG units scaled to the map's
 * pixels), coloured and outlined as the states are. Extra targets for a pointer or a thumb, hidden
 * from assistive technology: the named shapes are the map's one tab stop.
 */
export function MapInsets({ tiles, looks, onSelect }: MapInsetsProps) {
  const map = useMap();
  const [pane] = useState(() => map.getPane('insets') ?? map.createPane('insets'));
  const anchor = useUnitsToLayer(map, SVG_UNITS);
  const { k, ox, oy } = anchor;
  const layer = useRef<SVGSVGElement>(null);
  useZoomFollow(map, anchor, layer, followZoom);
  // Two quick taps on two tiles are two choices, not the map's double-tap zoom: the double click
  // stops at the pane (natively, before it reaches the map's container).
  useEffect(() => {
    const stop = (event: Event) => event.stopPropagation();
    pane.addEventListener('dblclick', stop);
    return () => pane.removeEventListener('dblclick', stop);
  }, [pane]);
  return createPortal(
    <svg
      ref={layer}
      className="map-inset-layer leaflet-zoom-animated"
      width="1"
      height="1"
      aria-hidden="true"
      onClick={(event) => {
        const id = (event.target as Element).closest('[data-inset]')?.getAttribute('data-inset');
        if (isCountryCode(id)) onSelect(id);
      }}
    >
      <g transform={`translate(${ox} ${oy}) scale(${k})`}>
        <SmallStateTiles tiles={tiles} looks={looks} />
      </g>
    </svg>,
    pane,
  );
}

/** The tiles are drawn like the shapes: moved and scaled with the map through a zoom. */
function followZoom(layer: SVGSVGElement, transform: ZoomTransform | null) {
  layer.style.transform = transform ? layerTransform(transform) : '';
}
