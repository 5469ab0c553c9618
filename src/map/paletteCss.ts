import type { Attendance, Status } from '../data/types';
import { labelColors } from './labelColors';
import { ATTENDANCE_COLORS, BASE_COLORS, STATUS_COLORS } from './palette';
import type { Scheme } from './palette';

/** A fill of the palette by name: what the drawn-in map writes on a shape instead of a colour. */
export type PaintKey = `status-${Status}` | `attendance-${Attendance}`;

/** Every named colour of a scheme, as CSS custom properties (`--map-status-member: #1d4e89`). */
function properties(scheme: Scheme): string {
  const named: [string, string][] = [
    ...Object.entries(STATUS_COLORS[scheme]).map(([k, v]): [string, string] => [`status-${k}`, v]),
    ...Object.entries(ATTENDANCE_COLORS[scheme]).map(([k, v]): [string, string] => [
      `attendance-${k}`,
      v,
    ]),
    ...Object.entries(BASE_COLORS[scheme]),
  ];
  // A label's text and halo on each fill, chosen for the scheme (labelColors.ts).
  const inks = named
    .slice(0, -Object.keys(BASE_COLORS[scheme]).length)
    .flatMap(([name, colour]): [string, string][] => {
      const { text, halo } = labelColors(colour, scheme);
      return [
        [`ink-${name}`, text],
        [`halo-${name}`, halo],
      ];
    });
  named.push(...inks);
  return named.map(([name, colour]) => `--map-${name}:${colour};`).join('');
}

/**
 * The drawn-in map's colours as CSS, made from palette.ts when the site is built (a virtual
 * module of vite.config.ts), so the map in the HTML follows the reader's colour scheme, and the
 * page's `theme`, before any JavaScript runs and without it; palette.ts stays the one place
 * colours are written. The dark scheme is written twice, as in styles.css: for `?theme=dark` and
 * for the system preference under `theme=auto`. Shapes carry `data-paint` (a PaintKey) and
 * `data-edge` (`focus` when outlined), labels `data-on` (the paint beneath them), never a colour.
 */
/** What is painted by name: the drawn-in map, and the small states' tiles Leaflet draws again. */
const DRAWN = ':is(.baked-map,.map-inset-layer)';

export function paletteCss(): string {
  const dark = properties('dark');
  const paints = [
    ...Object.keys(STATUS_COLORS.light).map((k) => `status-${k}`),
    ...Object.keys(ATTENDANCE_COLORS.light).map((k) => `attendance-${k}`),
  ];
  return [
    `:root{${properties('light')}}`,
    `:root[data-theme='dark']{${dark}}`,
    `@media (prefers-color-scheme: dark){:root:not([data-theme='light']){${dark}}}`,
    `${DRAWN} path{stroke:var(--map-border)}`,
    `.baked-map path[data-context]{fill:var(--map-context);stroke:var(--map-contextBorder)}`,
    `${DRAWN} path[data-edge='focus']{stroke:var(--map-focus)}`,
    ...paints.map((paint) => `${DRAWN} path[data-paint='${paint}']{fill:var(--map-${paint})}`),
    // The small states' tiles (BakedInsets) and the labels (BakedLabels): a label on a state takes
    // the ink of that state's fill, one on the backdrop or in a tile the map's darkest colour.
    `${DRAWN} rect.map-inset-frame{fill:var(--map-border);stroke:var(--map-contextBorder)}`,
    `.baked-map text[data-on='panel']{fill:var(--map-focus);stroke:var(--map-border)}`,
    `.baked-map line[data-on='panel']{stroke:var(--map-focus)}`,
    ...paints.map(
      (paint) =>
        `.baked-map text[data-on='${paint}']{fill:var(--map-ink-${paint});stroke:var(--map-halo-${paint})}`,
    ),
  ].join('\n');
}
