import { lazy, Suspense, useEffect, useState } from 'react';
import type { StatusMapProps } from './StatusMap';
import { loadRegionGeometry } from './regionGeometry';
import type { RegionCollection } from './regionGeometry';
import { useLocale } from '../i18n/useLocale';

// Leaflet and the boundaries load after the text has painted: the box is reserved meanwhile.
const loadStatusMap = () => import('./StatusMap');
const StatusMap = lazy(loadStatusMap);

type Props = Omit<StatusMapProps, 'geometry'>;

/** The map's reserved box; loads the boundaries and Leaflet on the client only. */
export function MapPanel(props: Props) {
  const { m } = useLocale();
  const [geometry, setGeometry] = useState<RegionCollection | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    void loadStatusMap(); // fetch Leaflet while the boundaries load, not after
    loadRegionGeometry().then(
      (loaded) => live && setGeometry(loaded),
      (failure: unknown) => live && setError(failure ?? new Error('Boundary data failed to load')),
    );
    return () => {
      live = false;
    };
  }, []);
  // Rethrown in render so the panel's error boundary shows its message.
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const placeholder = <p className="map-loading">{m.map.loading}</p>;
  return (
    <div className="map-frame">
      {geometry ? (
        <Suspense fallback={placeholder}>
          <StatusMap geometry={geometry} {...props} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
