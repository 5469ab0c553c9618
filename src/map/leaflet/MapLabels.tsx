import { useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet/hooks';
import type { CountryCode } from '../../data/types';
import { useLocale } from '../../i18n/useLocale';
import type { LabelledMap } from '../labels/labelledMap';
import type { CountryLook } from '../colour/countryStyle';
import type { Box } from '../geometry/box';
import type { InsetTile } from '../geometry/insetTiles';
import { circlesOf, labelsToDraw } from '../labels/closeUpLabels';
import { CONTROLS_BAND, fitScale } from '../labels/labelFrame';
import { LABEL_FONT, LABEL_SET_BREAK } from '../labels/labelPlacement';
import { SVG_UNITS } from '../geometry/svgMap';
import { useUnitsToLayer } from './useUnitsToLayer';
import { useZoomFollow } from './useZoomFollow';
import { labelTransform, layerTransform } from '../geometry/zoomFollow';
import type { ZoomTransform } from '../geometry/zoomFollow';

interface MapLabelsProps {
  readonly baked: LabelledMap;
  readonly tiles: readonly InsetTile[];
  readonly looks: Readonly<Record<CountryCode, CountryLook>>;
}

/**
 * The labels on the Leaflet map: SVG text in a pane of their own above the shapes, at the points
 * the build placed them (the drawn-in map's), in the set the frame's width picks, at the size they
 * had there. Zooming moves them with the map and keeps their size, so a zoomed-in map has more room
 * around each. No pointer events: a tap goes through to the shape. Coloured by CSS, as the drawn-in
 * map's labels (`data-on`, paletteCss.ts).
 */
export function MapLabels({ baked, tiles, looks }: MapLabelsProps) {
  const { m } = useLocale();
  const map = useMap();
  const [pane] = useState(() => map.getPane('labels') ?? map.createPane('labels'));
  // Redrawn after a pan too: which labels the frame's edge would cut depends on the view.
  const anchor = useUnitsToLayer(map, SVG_UNITS, 'moveend');
  const { k, ox, oy } = anchor;
  const layer = useRef<SVGSVGElement>(null);
  useZoomFollow(map, anchor, layer, followZoom);
  const size = map.getSize();
  const set = size.x < LABEL_SET_BREAK ? 'narrow' : 'wide';
  // Pixels per unit with the whole region in the frame: the labels' size is set there.
  const whole = fitScale(baked.viewBox, size.x, size.y);
  const font = LABEL_FONT[set] * whole;
  // Zoomed in, a small state has room for its own name: measured when first needed.
  const zoomedIn = k > whole * 1.2;
  const circles = useMemo(
    () => (zoomedIn ? circlesOf(baked.shapes, baked.labels[set]) : null),
    [baked, set, zoomedIn],
  );
  // Zoomed in, a label may fall across the frame's edge or under the top band of controls (the
  // zoom buttons, "Show the whole region": 8 px down, at least 32 px tall, styles.css): the view
  // the labels must keep to, in SVG units, is the frame below that band.
  const from = map.containerPointToLayerPoint([0, CONTROLS_BAND]);
  const to = map.containerPointToLayerPoint([size.x, size.y]);
  const [fx, fy, tx, ty] = [from.x, from.y, to.x, to.y];
  // Worked out when the view or the words change, never on a date step.
  const labels = useMemo(() => {
    const view: Box | null = zoomedIn
      ? [(fx - ox) / k, (fy - oy) / k, (tx - fx) / k, (ty - fy) / k]
      : null;
    const words = { name: m.countries, short: m.countryShort };
    return labelsToDraw(baked.shapes, baked.labels[set], circles, view, k, font, words);
  }, [baked, set, circles, zoomedIn, fx, fy, tx, ty, ox, oy, k, font, m]);
  const at = (x: number, y: number) => ({ x: x * k + ox, y: y * k + oy });
  return createPortal(
    <svg ref={layer} className="map-labels" aria-hidden="true" width="1" height="1" fontSize={font}>
      {labels.map(({ id, x, y, text, kind, leader }) => {
        const point = at(x, y);
        // A label beside its state (with a leader) stands on the backdrop, not on its state.
        const on = leader ? 'panel' : looks[id].paint;
        const end = leader ? at(leader[0], leader[1]) : null;
        return (
          <g key={`${kind}-${id}`}>
            {end && <line x1={end.x} y1={end.y} x2={point.x} y2={point.y} data-on="panel" />}
            <text
              x={point.x}
              y={point.y}
              data-label={kind === 'placed' ? id : undefined}
              data-close-label={kind === 'close' ? id : undefined}
              data-view-label={kind === 'view' ? id : undefined}
              data-on={on}
            >
              {text}
            </text>
          </g>
        );
      })}
      {tiles.map(({ id, labelAt: [x, y] }) => {
        const point = at(x, y);
        return (
          <text key={id} x={point.x} y={point.y} data-tile-label={id} data-on="panel">
            {m.countryShort[id]}
          </text>
        );
      })}
    </svg>,
    pane,
  );
}

/**
 * Labels travel with the map through a zoom but keep their size; a leader line's ends move with
 * the map, so the line is moved and scaled (its stroke does not scale: non-scaling-stroke).
 */
function followZoom(layer: SVGSVGElement, transform: ZoomTransform | null) {
  for (const text of layer.querySelectorAll('text')) {
    const x = Number(text.getAttribute('x'));
    const y = Number(text.getAttribute('y'));
    text.style.transform = transform ? labelTransform(transform, x, y) : '';
  }
  for (const line of layer.querySelectorAll('line')) {
    line.style.transform = transform ? layerTransform(transform) : '';
  }
}
