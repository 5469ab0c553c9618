import { useCallback, useEffect, useRef } from 'react';
import type { GeoJSON as LeafletGeoJSON, Path, PathOptions } from 'leaflet';
import { GeoJSON } from 'react-leaflet/GeoJSON';
import type { Feature } from 'geojson';
import { COUNTRY_CODES } from '../data/types';
import type { CountryCode } from '../data/types';
import { contextStyle, countryStyle } from './countryStyle';
import type { CountryLook } from './countryStyle';
import type { Scheme } from './palette';
import type { RegionCollection, RegionFeature } from './regionGeometry';

interface CountryLayerProps {
  readonly geometry: RegionCollection;
  readonly looks: Readonly<Record<CountryCode, CountryLook>>;
  readonly names: Readonly<Record<CountryCode, string>>;
  readonly scheme: Scheme;
  readonly onSelect: (country: CountryCode) => void;
}

const isCountryCode = (id: unknown): id is CountryCode =>
  typeof id === 'string' && (COUNTRY_CODES as readonly string[]).includes(id);

/**
 * The country shapes. GeoJSON `data` is read once by react-leaflet, so colours change only
 * through the `style` callback, whose identity changes exactly when the looks or scheme do.
 * Leaflet paths are neither focusable nor named (Leaflet#7822): this layer makes each of the
 * 15 a named button, operable with Enter and Space.
 */
export function CountryLayer({ geometry, looks, names, scheme, onSelect }: CountryLayerProps) {
  const layerRef = useRef<LeafletGeoJSON>(null);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  const style = useCallback(
    (feature?: Feature): PathOptions =>
      isCountryCode(feature?.id) ? countryStyle(looks[feature.id], scheme) : contextStyle(scheme),
    [looks, scheme],
  );

  // Wire each shape once: focusable, a button, clickable, with a tooltip on hover and focus.
  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
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
      const onFocus = () => path.openTooltip();
      const onBlur = () => path.closeTooltip();
      path.on('click', select);
      element.addEventListener('keydown', onKey);
      element.addEventListener('focus', onFocus);
      element.addEventListener('blur', onBlur);
      cleanups.push(() => {
        path.off('click', select);
        element.removeEventListener('keydown', onKey);
        element.removeEventListener('focus', onFocus);
        element.removeEventListener('blur', onBlur);
      });
    });
    return () => cleanups.forEach((cleanup) => cleanup());
  }, [geometry]);

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
      // A text node, never a string: Leaflet would set a string as HTML.
      const content = document.createElement('span');
      content.textContent = name;
      if (path.getTooltip()) path.setTooltipContent(content);
      else path.bindTooltip(content, { sticky: true, className: 'country-tooltip' });
    });
  }, [names, looks]);

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
