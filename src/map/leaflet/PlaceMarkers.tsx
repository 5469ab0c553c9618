import type { CircleMarker as LeafletCircleMarker } from 'leaflet';
import { CircleMarker } from 'react-leaflet/CircleMarker';
import { useMap } from 'react-leaflet/hooks';
import { PLACES } from '../../data/countries';
import { mapTooltip } from './mapTooltip';
import { placeSize } from '../colour/placeStyle';
import { useLocale } from '../../i18n/useLocale';

/**
 * The meeting's venue and the CIS Executive Committee's seat, as named markers, coloured by CSS
 * (`map-place`, paletteCss.ts).
 */
export function PlaceMarkers() {
  const map = useMap();
  const { m } = useLocale();
  return (
    <>
      {(Object.keys(PLACES) as (keyof typeof PLACES)[]).map((key) => {
        const place = PLACES[key];
        const words = m.places[key];
        const size = placeSize(key);
        return (
          <CircleMarker
            key={key}
            center={[place.lat, place.lon]}
            radius={size.radius}
            // A creation-time option: Leaflet sets a path's class once, when it is drawn.
            className={key === 'hermitage' ? 'map-place map-place-venue' : 'map-place'}
            pathOptions={{ weight: size.weight, fillOpacity: 1 }}
            eventHandlers={{
              add: (event) => {
                const element = (event.target as LeafletCircleMarker).getElement();
                element?.setAttribute('role', 'img');
                element?.setAttribute('aria-label', m.map.place(words.name, words.detail));
              },
              mouseover: (event) => mapTooltip(map).show(words.name, event.containerPoint),
              mouseout: () => mapTooltip(map).hide(),
            }}
          />
        );
      })}
    </>
  );
}
