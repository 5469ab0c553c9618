/**
 * Screen pixels per SVG unit of a map fitted into a width × height frame: the drawn-in map's
 * "meet" fit inside its padding (styles.css: min(16px, 5 %)), which is also FitRegion's fit of the
 * Leaflet map. Labels keep this size on the Leaflet map, so they do not change at the takeover.
 */
export function fitScale(viewBox: string, width: number, height: number): number {
  const [, , boxWidth, boxHeight] = viewBox.split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const padding = Math.min(16, width / 20);
  return Math.min((width - 2 * padding) / boxWidth, (height - 2 * padding) / boxHeight);
}

/**
 * The height of the map's top band of controls (the zoom buttons, "Show the whole region": 8 px
 * down, at least 32 px tall, styles.css), with a margin, in px: zoomed in, no label goes under it.
 */
export const CONTROLS_BAND = 48;
