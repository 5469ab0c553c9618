import type { CircleMarker as LeafletCircleMarker } from 'leaflet';
import { CircleMarker } from 'react-leaflet/CircleMarker';
import { Tooltip } from 'react-leaflet/Tooltip';
import { PLACES } from '../data/countries';
import { BASE_COLORS } from './palette';
import type { Scheme } from './palette';

/** The meeting's venue and the CIS Executive Committee's seat, as named, focusable markers. */
export function PlaceMarkers({ scheme }: { readonly scheme: Scheme }) {
  return (
    <>
      {Object.entries(PLACES).map(([key, place]) => (
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
              element?.setAttribute('aria-label', `${place.name}: ${place.detail}`);
            },
          }}
        >
          <Tooltip>{place.name}</Tooltip>
        </CircleMarker>
      ))}
    </>
  );
}
