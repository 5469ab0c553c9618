import { deferredPart } from '../ui/deferredParts';

/**
 * The details panel, with the contested points it quotes: needed only once a state is chosen, so
 * it is not in the first view. MapSection fetches it as the reader reaches for the map; a deep
 * link to a country loads it before the first draw (mount.tsx).
 */
export const COUNTRY_DETAILS = deferredPart(() =>
  import('./CountryDetails').then((module) => module.CountryDetails),
);
