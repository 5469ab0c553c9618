import type { PLACES } from '../data/countries';
import { BASE_COLORS } from './palette';
import type { Scheme } from './palette';

/** The meeting's venue stands out from the other places: larger, and in its own colour. */
const VENUE_FILL = '#ffd23f';

/**
 * How a place is marked on the map, in screen pixels: the Leaflet map's markers and the
 * downloadable image draw it from here. Pure.
 */
export function placeStyle(
  place: keyof typeof PLACES,
  scheme: Scheme,
): { radius: number; stroke: string; weight: number; fill: string } {
  const venue = place === 'hermitage';
  return {
    radius: venue ? 6 : 4.5,
    stroke: BASE_COLORS[scheme].focus,
    weight: 2,
    fill: venue ? VENUE_FILL : BASE_COLORS[scheme].border,
  };
}
