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

type Props = Omit<StatusMapProps, 'geometry' | 'onDrawn' | 'hintId'>;

const subscribeNever = () => () => {};

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
  // With the map already on screen, Leaflet has no hurry: it takes over once the page is idle,
  // so building it never lengthens the tasks of hydration.
  const [idle, setIdle] = useState(false);
  const geometry = hydrated ? (fromPage && idle ? fromPage : loaded) : null;
  const [error, setError] = useState<unknown>(null);
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  useEffect(() => {
    if (fromPage) {
      void loadStatusMap().then(
        () => undefined,
        () => setIdle(true), // let React.lazy meet the failure and the boundary report it
      );
      const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
      const cancel = window.cancelIdleCallback ?? clearTimeout;
      const handle = whenIdle(() => setIdle(true), { timeout: 2000 });
      return () => cancel(handle);
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
          <BakedMap map={baked} looks={props.looks} names={props.names} scheme={props.scheme} />
        ) : (
          !geometry && placeholder
        ))}
      {geometry && (
        <Suspense fallback={baked ? null : placeholder}>
          <StatusMap geometry={geometry} onDrawn={onDrawn} hintId={hintId} {...props} />
        </Suspense>
      )}
    </div>
  );
}
