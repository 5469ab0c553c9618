import { useEffect, useMemo, useState } from 'react';
import './leaflet.css';
import { MapContainer } from 'react-leaflet/MapContainer';
import { ZoomControl } from 'react-leaflet/ZoomControl';
import { useLocale } from '../../i18n/useLocale';
import type { CountryCode } from '../../data/types';
import { REGION_CRS } from './regionCrs';
import { CountryLayer } from './CountryLayer';
import { FitRegion } from './FitRegion';
import { PlaceMarkers } from './PlaceMarkers';
import { TouchGestures } from './TouchGestures';
import type { CountryLook } from '../colour/countryStyle';
import type { RegionCollection } from '../geometry/regionGeometry';
import type { FocusRequest } from '../geometry/focusBox';
import type { LabelledMap } from '../labels/labelledMap';
import { insetTiles } from '../geometry/insetTiles';
import { MapInsets } from './MapInsets';
import { MapLabels } from './MapLabels';

export interface StatusMapProps {
  readonly geometry: RegionCollection;
  readonly looks: Readonly<Record<CountryCode, CountryLook>>;
  /** Accessible names of the shapes, e.g. "Kazakhstan — member state". */
  readonly names: Readonly<Record<CountryCode, string>>;
  readonly showPlaces: boolean;
  readonly onSelect: (country: CountryCode) => void;
  /** Escape on the map: clear the selection. */
  readonly onClear: () => void;
  /** The id of the hint that says how the keys move between the shapes. */
  readonly hintId: string;
  /** Called once the shapes are on the map, so the drawn-in map beneath can go. */
  readonly onShapesDrawn?: () => void;
  /** The selected state, if any: where Tab enters the map. */
  readonly selected: CountryCode | null;
  /** The state to bring into view, or the whole region. */
  readonly request: FocusRequest;
  /** Whether the map shows less than the whole region, after each move. */
  readonly onZoomed?: (zoomed: boolean) => void;
  /** One finger swiped across the map (and so scrolled the page): time for the two-finger hint. */
  readonly onSwipe: () => void;
  /** The drawn-in map, whose tiles and build-time labels the Leaflet map draws again. */
  readonly baked?: LabelledMap | null;
}

/**
 * The Leaflet map: no tile layer, only the bundled boundaries, in an equal-area projection.
 * Creation-time props are set once; colours change through CountryLayer's style callback.
 */
export function StatusMap(props: StatusMapProps) {
  const { m } = useLocale();
  // The shapes are built in a task of their own, after the map itself: one long task on a slow
  // phone becomes two shorter ones, and the page stays responsive in between.
  const [drawShapes, setDrawShapes] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDrawShapes(true));
    return () => clearTimeout(timer);
  }, []);
  const tiles = useMemo(() => (props.baked ? insetTiles(props.baked) : []), [props.baked]);
  return (
    <MapContainer
      crs={REGION_CRS}
      center={[56, 82]}
      zoom={1}
      zoomSnap={0}
      zoomDelta={0.5}
      scrollWheelZoom={false}
      keyboard={false}
      attributionControl={false}
      zoomControl={false}
      className="status-map"
      aria-label={m.map.label}
    >
      <ZoomControl zoomInTitle={m.map.zoomIn} zoomOutTitle={m.map.zoomOut} />
      {/* First: its effect sets the view before the shapes are added, so they are drawn once. */}
      <TouchGestures onSwipe={props.onSwipe} />
      <FitRegion geometry={props.geometry} request={props.request} onZoomed={props.onZoomed} />
      {drawShapes && (
        <CountryLayer
          geometry={props.geometry}
          looks={props.looks}
          names={props.names}
          onSelect={props.onSelect}
          onClear={props.onClear}
          hintId={props.hintId}
          onShapesDrawn={props.onShapesDrawn}
          selected={props.selected}
        />
      )}
      {drawShapes && props.baked && (
        <MapInsets tiles={tiles} looks={props.looks} onSelect={props.onSelect} />
      )}
      {drawShapes && props.baked && (
        <MapLabels baked={props.baked} tiles={tiles} looks={props.looks} />
      )}
      {drawShapes && props.showPlaces && <PlaceMarkers />}
    </MapContainer>
  );
}
