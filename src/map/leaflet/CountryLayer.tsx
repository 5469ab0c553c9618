import { useCallback, useEffect, useRef } from 'react';
import type {
  GeoJSON as LeafletGeoJSON,
  LeafletMouseEvent,
  Path,
  PathOptions,
  Point,
  Polygon,
} from 'leaflet';
import { GeoJSON } from 'react-leaflet/GeoJSON';
import { useMap } from 'react-leaflet/hooks';
import type { Feature } from 'geojson';
import { isCountryCode } from '../../data/types';
import type { CountryCode } from '../../data/types';
import { contextStyle, countryStyle, outlined } from '../colour/countryStyle';
import type { CountryLook } from '../colour/countryStyle';
import { mapTooltip } from './mapTooltip';
import { useLocale } from '../../i18n/useLocale';
import type { RegionCollection, RegionFeature } from '../geometry/regionGeometry';

interface CountryLayerProps {
  readonly geometry: RegionCollection;
  readonly looks: Readonly<Record<CountryCode, CountryLook>>;
  readonly names: Readonly<Record<CountryCode, string>>;
  readonly onSelect: (country: CountryCode) => void;
  /** Escape on a shape: clear the selection. */
  readonly onClear: () => void;
  /** The id of the hint that says how the keys move between the shapes. */
  readonly hintId: string;
  /** The selected state, if any: where Tab enters the map. */
  readonly selected: CountryCode | null;
  /** Called once the shapes are on the map, wired and named. */
  readonly onShapesDrawn?: () => void;
}

/** Keys that move the focus between the shapes, in the page's alphabetical order of names. */
const MOVES: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * The country shapes. GeoJSON `data` is read once by react-leaflet, so weights, dashes and
 * opacity change only through the `style` callback, whose identity changes exactly when the looks
 * do. Colours are CSS, as on the drawn-in map: each shape carries its paint by name (`data-paint`,
 * `data-edge`, `data-context`: paletteCss.ts), which overrides the colours Leaflet writes as
 * attributes, so the shapes follow the scheme with the rest of the page. Leaflet paths are neither
 * focusable nor named (Leaflet#7822): this layer makes each of the 15 a named button, operable
 * with Enter and Space.
 */
export function CountryLayer({
  geometry,
  looks,
  names,
  onSelect,
  onClear,
  hintId,
  selected,
  onShapesDrawn,
}: CountryLayerProps) {
  const map = useMap();
  // The page's language orders the shapes for the keys (Intl.Collator order, from the catalogue).
  const { countryOrder } = useLocale().m;
  const layerRef = useRef<LeafletGeoJSON>(null);
  const onSelectRef = useRef(onSelect);
  const onClearRef = useRef(onClear);
  const namesRef = useRef(names);
  /** The shapes in name order: the map is one tab stop, the arrow keys move along this. */
  const shapes = useRef<Element[]>([]);
  /** The state whose name the label shows, so a new date can update it in place. */
  const labelled = useRef<CountryCode | null>(null);
  useEffect(() => {
    onSelectRef.current = onSelect;
    onClearRef.current = onClear;
    namesRef.current = names;
  }, [onSelect, onClear, names]);

  const style = useCallback(
    (feature?: Feature): PathOptions =>
      isCountryCode(feature?.id) ? countryStyle(looks[feature.id]) : contextStyle(),
    [looks],
  );

  // Wire each shape once: focusable, a button, clickable, with its name shown on hover and focus.
  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    const tooltip = mapTooltip(map);
    const cleanups: (() => void)[] = [];
    shapes.current = [];
    /** Roving tabindex: only `element` is in the Tab order. */
    const makeStop = (element: Element) =>
      shapes.current.forEach((shape) =>
        shape.setAttribute('tabindex', shape === element ? '0' : '-1'),
      );
    layer.eachLayer((child) => {
      const path = child as Path & { feature?: RegionFeature };
      const code = path.feature?.id;
      const element = path.getElement();
      if (!element) return;
      if (!isCountryCode(code)) {
        element.setAttribute('data-context', '');
        return;
      }
      element.setAttribute('tabindex', '-1');
      element.setAttribute('role', 'button');
      element.setAttribute('data-country', code);
      element.setAttribute('aria-describedby', hintId);
      shapes.current.push(element);
      const select = () => onSelectRef.current(code);
      const onKey = (event: Event) => {
        const { key } = event as KeyboardEvent;
        const move = MOVES[key];
        if (move) {
          const all = shapes.current;
          const next = all[move(all.indexOf(element), all.length)];
          event.preventDefault();
          if (!next) return;
          makeStop(next);
          (next as SVGElement).focus();
        } else if (key === 'Enter' || key === ' ') {
          event.preventDefault();
          select();
        } else if (key === 'Escape') {
          event.preventDefault();
          onClearRef.current();
        }
      };
      const onFocusStop = () => makeStop(element);
      const label = (at: Point) => {
        labelled.current = code;
        tooltip.show(namesRef.current[code], at);
      };
      const unlabel = () => {
        labelled.current = null;
        tooltip.hide();
      };
      // A pointer resting on the map gets mouse events when the page scrolls under it (the focus
      // scrolls the map into view): they have no movement and must not take the label from the
      // shape the keyboard is on.
      const keyboardHasLabel = (event: LeafletMouseEvent) => {
        const { movementX, movementY } = event.originalEvent;
        return (
          !movementX &&
          !movementY &&
          shapes.current.some((shape) => shape === document.activeElement)
        );
      };
      const onPointer = (event: LeafletMouseEvent) => {
        if (!keyboardHasLabel(event)) label(event.containerPoint);
      };
      const onPointerOut = (event: LeafletMouseEvent) => {
        if (!keyboardHasLabel(event)) unlabel();
      };
      // Where Leaflet would put a label: the centre of the shape's main polygon.
      const onFocus = () => label(map.latLngToContainerPoint((path as Polygon).getCenter()));
      path.on('click', select);
      path.on('mouseover', onPointer);
      path.on('mousemove', onPointer);
      path.on('mouseout', onPointerOut);
      element.addEventListener('keydown', onKey);
      element.addEventListener('focus', onFocus);
      element.addEventListener('focus', onFocusStop);
      element.addEventListener('blur', unlabel);
      cleanups.push(() => {
        path.off('click', select);
        path.off('mouseover', onPointer);
        path.off('mousemove', onPointer);
        path.off('mouseout', onPointerOut);
        element.removeEventListener('keydown', onKey);
        element.removeEventListener('focus', onFocus);
        element.removeEventListener('focus', onFocusStop);
        element.removeEventListener('blur', unlabel);
      });
    });
    // The keys move in the language's alphabetical order; Tab first enters at its first state.
    const rank = (shape: Element) =>
      countryOrder.indexOf(shape.getAttribute('data-country') as CountryCode);
    shapes.current.sort((a, b) => rank(a) - rank(b));
    if (shapes.current[0]) makeStop(shapes.current[0]);
    return () => cleanups.forEach((cleanup) => cleanup());
  }, [geometry, map, hintId, countryOrder]);

  // Paints, names and selection state follow the date and mode without recreating any layer.
  useEffect(() => {
    layerRef.current?.eachLayer((child) => {
      const path = child as Path & { feature?: RegionFeature };
      const code = path.feature?.id;
      if (!isCountryCode(code)) return;
      const name = names[code];
      const element = path.getElement();
      if (!element) return;
      // Only touch what changed: this runs on every step of the date slider.
      const look = looks[code];
      setIfChanged(element, 'data-paint', look.paint);
      setIfChanged(element, 'data-edge', outlined(look) ? 'focus' : null);
      element.setAttribute('aria-pressed', String(look.selected));
      if (element.getAttribute('aria-label') === name) return;
      element.setAttribute('aria-label', name);
      if (labelled.current === code) mapTooltip(map).setText(name);
    });
  }, [names, looks, map]);

  // Tab enters the map at the selected state (or, with none, where the reader last was).
  useEffect(() => {
    const all = shapes.current;
    const stop = all.find((shape) => shape.getAttribute('data-country') === selected);
    if (stop) all.forEach((shape) => shape.setAttribute('tabindex', shape === stop ? '0' : '-1'));
  }, [selected]);

  // Effects run in order: by now the shapes are on the map, wired and named.
  useEffect(() => onShapesDrawn?.(), [onShapesDrawn]);

  return (
    <GeoJSON
      ref={layerRef}
      data={geometry}
      style={style}
      interactive
      onEachFeature={(feature, layer) => {
        if (!isCountryCode(feature.id)) (layer as Path).options.interactive = false;
      }}
    />
  );
}

/** Sets (or, for null, removes) an attribute only when its value changes. */
function setIfChanged(element: Element, name: string, value: string | null) {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}
