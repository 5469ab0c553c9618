import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { COUNTRY_CODES } from '../data/types';
import type { StatusMapProps } from './leaflet/StatusMap';
import type { ViewRequest } from './leaflet/FitRegion';
import { focusBox, regionBoxes, sameBox, viewOf } from './geometry/focusBox';
import type { RegionCollection } from './geometry/regionGeometry';
import { svgMapGeometry, svgViewBox } from './geometry/svgMap';
import { useLocale } from '../i18n/useLocale';
import { BakedMap } from './baked/BakedMap';
import { bakedShapes } from './baked/bakedShapes';
import type { ZoomedLabels } from './labels/zoomedLabels';

// Leaflet and the boundaries load after the text has painted: the drawn-in map shows meanwhile.
const loadStatusMap = () => import('./leaflet/StatusMap');
const StatusMap = lazy(loadStatusMap);

type Props = Omit<
  StatusMapProps,
  'geometry' | 'onDrawn' | 'hintId' | 'view' | 'onZoomed' | 'onSwipe' | 'baked'
>;

const subscribeNever = () => () => {};

/** How long the two-finger hint stays before it fades. */
const HINT_MS = 2500;

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
    import('./geometry/regionGeometry')
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

  // Selecting a state by any route (a tap, the table, the keys, a link) brings it into view;
  // "Show the whole region" goes back. A new selection is a new request, even of the same view.
  const selected = COUNTRY_CODES.find((code) => props.looks[code].selected) ?? null;
  const [view, setView] = useState<ViewRequest & { readonly of: typeof selected }>({
    focus: selected,
    seq: 0,
    of: selected,
  });
  if (view.of !== selected) setView({ focus: selected, seq: view.seq + 1, of: selected });
  const [leafletZoomed, setLeafletZoomed] = useState(false);
  const frameRef = useRef<HTMLDivElement>(null);
  const bakedBoxes = useMemo(
    () => (fromPage && view.focus ? regionBoxes(fromPage) : null),
    [fromPage, view.focus],
  );
  // The drawn-in map follows the request too, through its viewBox, fitted to its box's shape
  // (its size inside its padding), measured as it is laid out.
  // Its box inside its padding, and the frame's width (which picks the label set), in px.
  const [bakedSize, setBakedSize] = useState<readonly [number, number, number] | null>(null);
  const bakedSvg = () => frameRef.current?.querySelector<SVGSVGElement>('svg.baked-map') ?? null;
  useEffect(() => {
    const svg = bakedSvg();
    if (!svg || drawn) return;
    const observer = new ResizeObserver(() => {
      const css = getComputedStyle(svg);
      const width = svg.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight);
      const height = svg.clientHeight - parseFloat(css.paddingTop) - parseFloat(css.paddingBottom);
      if (width > 0 && height > 0) setBakedSize([width, height, svg.clientWidth]);
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, [drawn]);
  const bakedState = view.focus ? bakedBoxes?.states[view.focus] : undefined;
  const bakedBox = useMemo(
    () =>
      bakedState && bakedBoxes && bakedSize
        ? focusBox(bakedState, bakedBoxes.whole, bakedSize[0], bakedSize[1])
        : null,
    [bakedState, bakedBoxes, bakedSize],
  );
  // Set here, not rendered: the server's HTML always frames the whole region, so hydration never
  // disagrees with it.
  useLayoutEffect(() => {
    const svg = bakedSvg();
    if (svg && baked) svg.setAttribute('viewBox', bakedBox ? svgViewBox(bakedBox) : baked.viewBox);
  }, [baked, bakedBox]);
  const zoomed = drawn
    ? leafletZoomed
    : Boolean(
        bakedBox &&
        bakedBoxes &&
        bakedSize &&
        !sameBox(bakedBox, viewOf(bakedBoxes.whole, bakedSize[0] / bakedSize[1])),
      );

  // Zoomed in, the drawn-in map's labels are placed for its view as the Leaflet map's are, in a
  // chunk of their own loaded then (a state's page): none is drawn meanwhile, so none is ever
  // shown magnified or cut by the frame.
  const zoomedBox = !drawn && zoomed && bakedBox ? svgViewBox(bakedBox) : null;
  const [zoomLabels, setZoomLabels] = useState<ZoomedLabels | null>(null);
  useEffect(() => {
    if (!zoomedBox || !baked || !bakedSize) return;
    let live = true;
    const words = { name: m.countries, short: m.countryShort };
    void import('./labels/zoomedLabels').then(({ zoomedLabels }) => {
      if (live) setZoomLabels(zoomedLabels(baked, zoomedBox, ...bakedSize, words));
    });
    return () => {
      live = false;
    };
  }, [zoomedBox, baked, bakedSize, m]);
  const bakedZoom = zoomedBox ? (zoomLabels?.viewBox === zoomedBox ? zoomLabels : 'pending') : null;

  // The first one-finger swipe on the map says how to move it; then the hint fades, for good.
  const [swipeHint, setSwipeHint] = useState<'never' | 'shown' | 'gone'>('never');
  const onSwipe = useCallback(
    () => setSwipeHint((hint) => (hint === 'never' ? 'shown' : hint)),
    [],
  );
  useEffect(() => {
    if (swipeHint !== 'shown') return;
    const timer = setTimeout(() => setSwipeHint('gone'), HINT_MS);
    return () => clearTimeout(timer);
  }, [swipeHint]);

  return (
    <div className="map-frame" ref={frameRef}>
      <p id={hintId} className="visually-hidden">
        {m.map.keysHint}
      </p>
      {!drawn &&
        (baked ? (
          <BakedMap
            map={baked}
            looks={props.looks}
            names={props.names}
            onSelect={props.onSelect}
            zoom={bakedZoom}
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
            view={view}
            onZoomed={setLeafletZoomed}
            onSwipe={onSwipe}
            baked={baked}
            {...props}
          />
        </Suspense>
      )}
      {zoomed && (
        <button
          type="button"
          className="map-whole"
          onClick={() => setView({ focus: null, seq: view.seq + 1, of: selected })}
        >
          {m.map.showWhole}
        </button>
      )}
      {/* A live region from the start, so the hint's words are announced when they come. */}
      <p className="map-swipe-hint" role="status" data-shown={swipeHint === 'shown'}>
        {swipeHint === 'never' ? '' : m.map.twoFingers}
      </p>
    </div>
  );
}
