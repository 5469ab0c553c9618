import { useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet/hooks';
import { isCountryCode } from '../data/types';
import type { CountryCode } from '../data/types';
import { useLocale } from '../i18n/useLocale';
import type { BakedData } from './bakedShapes';
import type { CountryLook } from './countryStyle';
import type { Box, InsetTile } from './insetTiles';
import { circlesOf, closeUpLabels, labelInView } from './closeUpLabels';
import { labelColors } from './labelColors';
import { fitScale } from './labelFrame';
import { LABEL_FONT, LABEL_SET_BREAK, labelBox } from './labelPlacement';
import { BASE_COLORS } from './palette';
import type { Scheme } from './palette';
import { SVG_UNITS } from './svgMap';
import { useUnitsToLayer } from './useUnitsToLayer';
import { useZoomFollow } from './useZoomFollow';
import { labelTransform, layerTransform } from './zoomFollow';
import type { ZoomTransform } from './zoomFollow';

/** The height of the map's top band of controls, with a margin, in px. */
const CONTROLS_BAND = 48;

interface MapLabelsProps {
  readonly baked: BakedData;
  readonly tiles: readonly InsetTile[];
  readonly looks: Readonly<Record<CountryCode, CountryLook>>;
  readonly scheme: Scheme;
}

/**
 * The labels on the Leaflet map: SVG text in a pane of their own above the shapes, at the points
 * the build placed them (the drawn-in map's), in the set the frame's width picks, at the size they
 * had there. Zooming moves them with the map and keeps their size, so a zoomed-in map has more room
 * around each. No pointer events: a tap goes through to the shape.
 */
export function MapLabels({ baked, tiles, looks, scheme }: MapLabelsProps) {
  const { m } = useLocale();
  const map = useMap();
  const [pane] = useState(() => map.getPane('labels') ?? map.createPane('labels'));
  // Redrawn after a pan too: which labels the frame's edge would cut depends on the view.
  const drawn = useUnitsToLayer(map, SVG_UNITS, 'moveend');
  const { k, ox, oy } = drawn;
  const layer = useRef<SVGSVGElement>(null);
  useZoomFollow(map, drawn, layer, followZoom);
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
  const closeUps = useMemo(
    () =>
      circles ? closeUpLabels(circles, k, font, { name: m.countries, short: m.countryShort }) : [],
    [circles, k, font, m],
  );
  const named = new Set(closeUps.map((label) => label.id));
  const at = (x: number, y: number) => ({ x: x * k + ox, y: y * k + oy });
  // Zoomed in, a label may fall across the frame's edge or under the top band of controls (the
  // zoom buttons, "Show the whole region": 8 px down, at least 32 px tall, styles.css): it is
  // left out rather than cut, as maps do. The whole region's labels all fit by design.
  const from = map.containerPointToLayerPoint([0, zoomedIn ? CONTROLS_BAND : 0]);
  const to = map.containerPointToLayerPoint([size.x, size.y]);
  const inFrame = (point: { x: number; y: number }, text: string) => {
    if (!zoomedIn) return true;
    const [x, y, w, h] = labelBox(point.x, point.y, text, font);
    return x >= from.x && y >= from.y && x + w <= to.x && y + h <= to.y;
  };
  // A state whose label is off screen or at the edge (Russia, Kazakhstan on a map zoomed into the
  // Caucasus) is named at the pole of the part of it on screen, if its name fits there.
  const offFrame = zoomedIn
    ? [
        ...baked.labels[set]
          .filter((l) => !l.leader && !named.has(l.id))
          .filter(
            (l) =>
              !inFrame(at(l.x, l.y), l.form === 'name' ? m.countries[l.id] : m.countryShort[l.id]),
          )
          .map((l) => l.id),
        ...closeUps.filter((l) => !inFrame(at(l.x, l.y), l.text)).map((l) => l.id),
      ].join(' ')
    : '';
  const [fx, fy, tx, ty] = [from.x, from.y, to.x, to.y];
  const inView = useMemo(() => {
    const view: Box = [(fx - ox) / k, (fy - oy) / k, (tx - fx) / k, (ty - fy) / k];
    const found = new Map<CountryCode, { x: number; y: number; text: string }>();
    for (const id of offFrame.split(' ').filter(isCountryCode)) {
      const shape = baked.shapes.find((s) => s.id === id);
      const forms = [m.countries[id], m.countryShort[id]];
      const label = shape && labelInView(shape.d, view, k, font, forms);
      if (label) found.set(id, label);
    }
    return found;
  }, [offFrame, fx, fy, tx, ty, ox, oy, k, font, baked, m]);
  const onPanel = { text: BASE_COLORS[scheme].focus, halo: BASE_COLORS[scheme].border };
  return createPortal(
    <svg ref={layer} className="map-labels" aria-hidden="true" width="1" height="1" fontSize={font}>
      {baked.labels[set].map(({ id, x, y, form, leader }) => {
        // Gives way to a close-up label (inside the state, or the name for a short form).
        if (named.has(id)) return null;
        const point = at(x, y);
        const words = form === 'name' ? m.countries[id] : m.countryShort[id];
        if (!inFrame(point, words)) return null;
        const { text, halo } = leader ? onPanel : labelColors(looks[id].fill, scheme);
        const end = leader ? at(leader[0], leader[1]) : null;
        return (
          <g key={id}>
            {end && <line x1={end.x} y1={end.y} x2={point.x} y2={point.y} stroke={onPanel.text} />}
            <text x={point.x} y={point.y} data-label={id} fill={text} stroke={halo}>
              {words}
            </text>
          </g>
        );
      })}
      {closeUps.map(({ id, x, y, text }) => {
        const point = at(x, y);
        if (!inFrame(point, text)) return null;
        const colors = labelColors(looks[id].fill, scheme);
        return (
          <text
            key={`close-${id}`}
            x={point.x}
            y={point.y}
            data-close-label={id}
            fill={colors.text}
            stroke={colors.halo}
          >
            {text}
          </text>
        );
      })}
      {[...inView].map(([id, { x, y, text }]) => {
        const colors = labelColors(looks[id].fill, scheme);
        return (
          <text
            key={`view-${id}`}
            x={x * k + ox}
            y={y * k + oy}
            data-view-label={id}
            fill={colors.text}
            stroke={colors.halo}
          >
            {text}
          </text>
        );
      })}
      {tiles.map(({ id, labelAt: [x, y] }) => {
        const point = at(x, y);
        return (
          <text
            key={id}
            x={point.x}
            y={point.y}
            data-tile-label={id}
            fill={onPanel.text}
            stroke={onPanel.halo}
          >
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
