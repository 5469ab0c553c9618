import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import type { StatusMapProps } from './StatusMap';
import type { RegionCollection } from './regionGeometry';
import { svgMapGeometry } from './svgMap';
import { useLocale } from '../i18n/useLocale';
import { BakedMap } from './BakedMap';
import { bakedShapes } from './bakedShapes';

// Leaflet and the boundaries load after the text has painted: the drawn-in map shows meanwhile.
const loadStatusMap = () => import('./StatusMap');
const StatusMap = lazy(loadStatusMap);

type Props = Omit<StatusMapProps, 'geometry' | 'onDrawn' | 'hintId' | 'baked'>;

const subscribeNever = () => () => {};

/** The first signs of a reader about to use the map: any of these loads the Leaflet map. */
const INTENT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll'];

/**
 * The map's reserved box. It holds the map drawn into the HTML (BakedMap) until the Leaflet map,
 * laid over it in the same place, has drawn its shapes; then the drawn-in one is removed.
 */
export function MapPanel(props: Props) {
  const { m } = useLocale();
  const baked = bakedShapes();
  // False in the server's HTML and while hydrating it, true from then on: the server's HTML has the
  // drawn-in map only, and the Leaflet map joins it after hydration.
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  // The outlines already in the page are the Leaflet map's too: no boundaries to download.
  const fromPage = useMemo(() => (baked ? svgMapGeometry(baked) : null), [baked]);
  const [loaded, setLoaded] = useState<RegionCollection | null>(null);
  // With the map already on screen, Leaflet has no hurry: it loads at the reader's first sign of
  // life (a pointer, a key, a touch, a scroll), so a reader who only reads never pays for it and
  // building it never lengthens the tasks of hydration.
  const [wanted, setWanted] = useState(false);
  const geometry = hydrated ? (fromPage && wanted ? fromPage : loaded) : null;
  const [error, setError] = useState<unknown>(null);
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  useEffect(() => {
    if (fromPage) {
      // Once, for whichever comes first; React.lazy then meets any load failure and the panel's
      // boundary reports it.
      const start = () => {
        stop();
        setWanted(true);
      };
      const stop = () => {
        for (const type of INTENT_EVENTS) window.removeEventListener(type, start, true);
      };
      for (const type of INTENT_EVENTS)
        window.addEventListener(type, start, { capture: true, passive: true });
      return stop;
    }
    // A page without the drawn-in map (the development server): load the boundaries themselves.
    let live = true;
    void loadStatusMap(); // fetch Leaflet while the boundaries load, not after
    import('./regionGeometry')
      .then(({ loadRegionGeometry }) => loadRegionGeometry())
      .then(
        (region) => live && setLoaded(region),
        (failure: unknown) =>
          live && setError(failure ?? new Error('Boundary data failed to load')),
      );
    return () => {
      live = false;
    };
  }, [fromPage]);
  // Rethrown in render so the panel's error boundary shows its message.
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const placeholder = <p className="map-loading">{m.map.loading}</p>;
  const hintId = useId();
  return (
    <div className="map-frame">
      <p id={hintId} className="visually-hidden">
        {m.map.keysHint}
      </p>
      {!drawn &&
        (baked ? (
          <BakedMap
            map={baked}
            looks={props.looks}
            names={props.names}
            scheme={props.scheme}
            onSelect={props.onSelect}
          />
        ) : (
          !geometry && placeholder
        ))}
      {geometry && (
        <Suspense fallback={baked ? null : placeholder}>
          <StatusMap
            geometry={geometry}
            onDrawn={onDrawn}
            hintId={hintId}
            baked={baked}
            {...props}
          />
        </Suspense>
      )}
    </div>
  );
}
