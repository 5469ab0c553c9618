import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { svgMapGeometry } from './geometry/svgMap';
import type { SvgMap } from './geometry/svgMap';
import type { RegionCollection } from './geometry/regionGeometry';
import { loadPart } from '../ui/deferredParts';
import { STATUS_MAP } from './statusMapPart';

const subscribeNever = () => () => {};

/** The first signs of a reader about to use the map: any of these loads the Leaflet map. */
const INTENT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll'];

/**
 * The boundaries the Leaflet map draws, once it is time to draw it; null until then (always in the
 * server's HTML and while hydrating it, which have the drawn-in map only). With the drawn-in map
 * on the page, they are its own outlines (`baked`: no boundaries to download), converted back to
 * latitude and longitude only once Leaflet is wanted, at the reader's first sign of life (a
 * pointer, a key, a touch, a scroll): a reader who only reads never pays for it, and building it
 * never lengthens hydration. Without it (the development server) the boundaries are fetched.
 * A failure to load them is thrown in render, for the panel's error boundary to report.
 */
export function useLeafletGeometry(baked: SvgMap | null): RegionCollection | null {
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const [loaded, setLoaded] = useState<RegionCollection | null>(null);
  const [wanted, setWanted] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (baked) {
      // Once, for whichever comes first; the part's loading then meets any failure and the
      // panel's boundary reports it.
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
    let live = true;
    void loadPart(STATUS_MAP).catch(() => {}); // fetch Leaflet while the boundaries load, not after
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
  }, [baked]);
  const fromPage = useMemo(() => (baked && wanted ? svgMapGeometry(baked) : null), [baked, wanted]);
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return hydrated ? (fromPage ?? loaded) : null;
}
