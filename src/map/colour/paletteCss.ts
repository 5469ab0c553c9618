import { labelColors } from './labelColors';
import { ATTENDANCE_COLORS, BASE_COLORS, STATUS_COLORS } from './palette';
import type { PaintKey, Scheme } from './palette';
import { BAKED_ATTRS } from './bakedAttributes';

const { paint: PAINT, context: CONTEXT, edge: EDGE, on: ON } = BAKED_ATTRS;

/** Every paint of the palette by name (`status-member`, `attendance-absent`). */
const PAINTS: readonly PaintKey[] = [
  ...Object.keys(STATUS_COLORS.light).map((k) => `status-${k}` as PaintKey),
  ...Object.keys(ATTENDANCE_COLORS.light).map((k) => `attendance-${k}` as PaintKey),
];

/** Every named colour of a scheme, as CSS custom properties (`--map-status-member: #1d4e89`). */
function properties(scheme: Scheme): string {
  const paints: [string, string][] = [
    ...Object.entries(STATUS_COLORS[scheme]).map(([k, v]): [string, string] => [`status-${k}`, v]),
    ...Object.entries(ATTENDANCE_COLORS[scheme]).map(([k, v]): [string, string] => [
      `attendance-${k}`,
      v,
    ]),
  ];
  // The ink and halo of text on each fill, chosen for the scheme: the one rule (labelColors.ts).
  const inks = paints.flatMap(([name, colour]): [string, string][] => {
    const { text, halo } = labelColors(colour, scheme);
    return [
      [`ink-${name}`, text],
      [`halo-${name}`, halo],
    ];
  });
  return [...paints, ...Object.entries(BASE_COLORS[scheme]), ...inks]
    .map(([name, colour]) => `--map-${name}:${colour};`)
    .join('');
}

/**
 * The page's map colours as CSS, made from palette.ts when the site is built (a virtual module of
 * vite.config.ts): the one route by which colour reaches the screen. Every view writes a paint's
 * name, never a colour: shapes of both maps, the small states' tiles, legend swatches and the
 * chart's segments carry `data-paint` (a PaintKey), outlined shapes `data-edge="focus"`, the
 * backdrop `data-context`, map labels `data-on` (the paint beneath them), the chart's labels
 * `data-ink`. So the scheme applies before the app hydrates, without JavaScript, and after, alike;
 * palette.ts stays the one place colours are written. The dark scheme is written twice, as in
 * styles.css: for `?theme=dark` and for the system preference under `theme=auto`. Leaflet writes
 * colours as presentation attributes, which any CSS rule overrides.
 */
export function paletteCss(): string {
  const dark = properties('dark');
  return [
    `:root{${properties('light')}}`,
    `:root[data-theme='dark']{${dark}}`,
    `@media (prefers-color-scheme: dark){:root:not([data-theme='light']){${dark}}}`,
    ...PAINTS.map((paint) => `[${PAINT}='${paint}']{fill:var(--map-${paint})}`),
    `path[${PAINT}]{stroke:var(--map-border)}`,
    `path[${CONTEXT}]{fill:var(--map-context);stroke:var(--map-contextBorder)}`,
    `path[${EDGE}='focus']{stroke:var(--map-focus)}`,
    // The small states' tiles (SmallStateTiles) and the labels (BakedLabels, MapLabels): a label on a
    // state takes the ink of that state's fill, one on the backdrop or in a tile the map's darkest.
    `rect.map-inset-frame{fill:var(--map-border);stroke:var(--map-contextBorder)}`,
    `.map-labels text[${ON}='panel']{fill:var(--map-focus);stroke:var(--map-border)}`,
    `.map-labels line[${ON}='panel']{stroke:var(--map-focus)}`,
    ...PAINTS.map(
      (paint) =>
        `.map-labels text[${ON}='${paint}']{fill:var(--map-ink-${paint});stroke:var(--map-halo-${paint})}`,
    ),
    ...PAINTS.filter((paint) => paint.startsWith('status-')).map(
      (paint) => `[data-ink='${paint}']{fill:var(--map-ink-${paint})}`,
    ),
    // The meeting's places on the Leaflet map, and the chart's hatching of an uncertain start.
    `.map-place{fill:var(--map-border);stroke:var(--map-focus)}`,
    `.map-place-venue{fill:var(--map-venue)}`,
    `.hc-hatch rect{fill:var(--map-border)}`,
  ].join('\n');
}
