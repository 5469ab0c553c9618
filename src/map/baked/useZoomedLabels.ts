import { useEffect, useState } from 'react';
import type { Messages } from '../../i18n/messages';
import type { LabelledMap } from '../labels/labelledMap';
import type { ZoomedLabels } from '../labels/zoomedLabels';
import type { BakedSize } from './useBakedFocus';

/**
 * Zoomed in (`viewBox`, null when not), the drawn-in map's labels are placed for its view as the
 * Leaflet map's are, in a chunk of their own loaded then (a state's page): 'pending' meanwhile,
 * when none is drawn, so none is ever shown magnified or cut by the frame.
 */
export function useZoomedLabels(
  viewBox: string | null,
  baked: LabelledMap | null,
  size: BakedSize | null,
  m: Messages,
): ZoomedLabels | 'pending' | null {
  const [labels, setLabels] = useState<ZoomedLabels | null>(null);
  useEffect(() => {
    if (!viewBox || !baked || !size) return;
    let live = true;
    const words = { name: m.countries, short: m.countryShort };
    void import('../labels/zoomedLabels').then(({ zoomedLabels }) => {
      if (live) setLabels(zoomedLabels(baked, viewBox, ...size, words));
    });
    return () => {
      live = false;
    };
  }, [viewBox, baked, size, m]);
  return viewBox ? (labels?.viewBox === viewBox ? labels : 'pending') : null;
}
