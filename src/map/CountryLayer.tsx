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
import { COUNTRY_CODES } from '../data/types';
import type { CountryCode } from '../data/types';
import { contextStyle, countryStyle } from './countryStyle';
import type { CountryLook } from './countryStyle';
import { mapTooltip } from './mapTooltip';
import type { Scheme } from './palette';
import type { RegionCollection, RegionFeature } from './regionGeometry';

interface CountryLayerProps {
  readonly geometry: RegionCollection;
  readonly looks: Readonly<Record<CountryCode, CountryLook>>;
  readonly names: Readonly<Record<CountryCode, string>>;
  readonly scheme: Scheme;
  readonly onSelect: (country: CountryCode) => void;
  readonly onDrawn?: () => void;
}

const isCountryCode = (id: unknown): id is CountryCode =>
  typeof id === 'string' && (COUNTRY_CODES as readonly string[]).includes(id);

/**
 * The country shapes. GeoJSON `data` is read once by react-leaflet, so colours change only
 * through the `style` callback, whose identity changes exactly when the looks or scheme do.
 * Leaflet paths are neither focusable nor named (Leaflet#7822): this layer makes each of the
 * 15 a named button, operable with Enter and Space.
 */
export function CountryLayer({
  geometry,
  looks,
  names,
  scheme,
  onSelect,
  onDrawn,
}: CountryLayerProps) {
  const map = useMap();
  const layerRef = useRef<LeafletGeoJSON>(null);
  const onSelectRef = useRef(onSelect);
  const namesRef = useRef(names);
  /** The state whose name the label shows, so a new date can update it in place. */
  const labelled = useRef<CountryCode | null>(null);
  useEffect(() => {
    onSelectRef.current = onSelect;
    namesRef.current = names;
  }, [onSelect, names]);

  const style = useCallback(
    (feature?: Feature): PathOptions =>
      isCountryCode(feature?.id) ? countryStyle(looks[feature.id], scheme) : contextStyle(scheme),
    [looks, scheme],
  );

  // Wire each shape once: focusable, a button, clickable, with its name shown on hover and focus.
  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    const tooltip = mapTooltip(map);
    const cleanups: (() => void)[] = [];
    layer.eachLayer((child) => {
      const path = child as Path & { feature?: RegionFeature };
      const code = path.feature?.id;
      const element = path.getElement();
      if (!isCountryCode(code) || !element) return;
      element.setAttribute('tabindex', '0');
      element.setAttribute('role', 'button');
      element.setAttribute('data-country', code);
      const select = () => onSelectRef.current(code);
      const onKey = (event: Event) => {
        const key = (event as KeyboardEvent).key;
        if (key === 'Enter' || key === ' ') {
          event.preventDefault();
          select();
        }
      };
      const label = (at: Point) => {
        labelled.current = code;
        tooltip.show(namesRef.current[code], at);
      };
      const unlabel = () => {
        labelled.current = null;
        tooltip.hide();
      };
      const onPointer = (event: LeafletMouseEvent) => label(event.containerPoint);
      // Where Leaflet would put a label: the centre of the shape's main polygon.
      const onFocus = () => label(map.latLngToContainerPoint((path as Polygon).getCenter()));
      path.on('click', select);
      path.on('mouseover', onPointer);
      path.on('mousemove', onPointer);
      path.on('mouseout', unlabel);
      element.addEventListener('keydown', onKey);
      element.addEventListener('focus', onFocus);
      element.addEventListener('blur', unlabel);
      cleanups.push(() => {
        path.off('click', select);
        path.off('mouseover', onPointer);
        path.off('mousemove', onPointer);
        path.off('mouseout', unlabel);
        element.removeEventListener('keydown', onKey);
        element.removeEventListener('focus', onFocus);
        element.removeEventListener('blur', unlabel);
      });
    });
    return () => cleanups.forEach((cleanup) => cleanup());
  }, [geometry, map]);

  // Names and selection state follow the date and mode without recreating any layer.
  useEffect(() => {
    layerRef.current?.eachLayer((child) => {
      const path = child as Path & { feature?: RegionFeature };
      const code = path.feature?.id;
      if (!isCountryCode(code)) return;
      const name = names[code];
      const element = path.getElement();
      if (!element) return;
      // Only touch what changed: this runs on every step of the date slider.
      element.setAttribute('aria-pressed', String(looks[code].selected));
      if (element.getAttribute('aria-label') === name) return;
      element.setAttribute('aria-label', name);
      if (labelled.current === code) mapTooltip(map).setText(name);
    });
  }, [names, looks, map]);

  // Effects run in order: by now the shapes are on the map, wired and named.
  useEffect(() => onDrawn?.(), [onDrawn]);

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
