import { createContext, useContext } from 'react';
import type { LabelledMap } from '../labels/labelledMap';

/**
 * The drawn-in map, passed down from the composition root: the prerender bakes it per language
 * (bakeMap), the browser reads it once from the page before mounting (readBakedMap). Null where
 * the page holds none (the development server): the map waits for Leaflet.
 */
export const BakedMapContext = createContext<LabelledMap | null>(null);

/** The drawn-in map the root provided, or null. */
export function useBakedMap(): LabelledMap | null {
  return useContext(BakedMapContext);
}
