import type { PLACES } from '../../data/countries';
import { BASE_COLORS } from './palette';
import type { Scheme } from './palette';

/**
 * How large a place is marked, in screen pixels: the meeting's venue stands out from the other
 * places, larger (and in its own colour, `venue` in the palette). The Leaflet map's markers take
 * their colours from CSS (`map-place`, paletteCss.ts); the downloadable image from placeStyle.
 */
export function placeSize(place: keyof typeof PLACES): { radius: number; weight: number } {
  return { radius: place === 'hermitage' ? 6 : 4.5, weight: 2 };
}

/** How a place is marked in an image, which cannot read the page's CSS: size and hex colours. Pure. */
export function placeStyle(
  place: keyof typeof PLACES,
  scheme: Scheme,
): { radius: number; stroke: string; weight: number; fill: string } {
  const base = BASE_COLORS[scheme];
  return {
    ...placeSize(place),
    stroke: base.focus,
    fill: place === 'hermitage' ? base.venue : base.border,
  };
}
