import type { CircleMarker as LeafletCircleMarker } from 'leaflet';
import { CircleMarker } from 'react-leaflet/CircleMarker';
import { useMap } from 'react-leaflet/hooks';
import { PLACES } from '../data/countries';
import { mapTooltip } from './mapTooltip';
import { BASE_COLORS } from './palette';
import type { Scheme } from './palette';
import { useLocale } from '../i18n/useLocale';

/** The meeting's venue and the CIS Executive Committee's seat, as named, focusable markers. */
export function PlaceMarkers({ scheme }: { readonly scheme: Scheme }) {
  const map = useMap();
  const { m } = useLocale();
  return (
    <>
      {(Object.keys(PLACES) as (keyof typeof PLACES)[]).map((key) => {
        const place = PLACES[key];
        const words = m.places[key];
        return (
          <CircleMarker
            key={key}
            center={[place.lat, place.lon]}
            radius={key === 'hermitage' ? 6 : 4.5}
            pathOptions={{
              color: BASE_COLORS[scheme].focus,
              weight: 2,
              fillColor: key === 'hermitage' ? '#ffd23f' : BASE_COLORS[scheme].border,
              fillOpacity: 1,
            }}
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
