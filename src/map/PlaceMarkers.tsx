import type { CircleMarker as LeafletCircleMarker } from 'leaflet';
import { CircleMarker } from 'react-leaflet/CircleMarker';
import { useMap } from 'react-leaflet/hooks';
import { PLACES } from '../data/countries';
import { mapTooltip } from './mapTooltip';
import type { Scheme } from './palette';
import { placeStyle } from './placeStyle';
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
        const style = placeStyle(key, scheme);
        return (
          <CircleMarker
            key={key}
            center={[place.lat, place.lon]}
            radius={style.radius}
            pathOptions={{
              color: style.stroke,
              weight: style.weight,
              fillColor: style.fill,
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
