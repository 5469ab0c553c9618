import { BASE_COLORS, paintColor } from './palette';
import type { Scheme } from './palette';
import { outlined } from './countryStyle';
import type { CountryLook } from './countryStyle';

// Apart from countryStyle.ts, which the first view draws with: the hex tables come to the page
// only with the image download, its one reader in the browser.
/**
 * A look's fill and outline as hex in a scheme, as CSS paints them on the page: for what cannot
 * read the page's CSS (the share cards) and for tests.
 */
export function lookColors(look: CountryLook, scheme: Scheme): { fill: string; stroke: string } {
  const base = BASE_COLORS[scheme];
  return {
    fill: paintColor(look.paint, scheme),
    stroke: outlined(look) ? base.focus : base.border,
  };
}
