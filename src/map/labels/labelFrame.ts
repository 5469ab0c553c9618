/**
 * The margin inside the map's frame, in px: min(16 px, 5 % of its width), as the drawn-in map's
 * CSS padding `min(16px, 5%)` (styles.css; a unit test holds the two together) and FitRegion's fit.
 */
export function fitPadding(width: number): number {
  return Math.min(16, width / 20);
}

/**
 * The height of the map's top band of controls (the zoom buttons, "Show the whole region": 8 px
 * down, at least 32 px tall, styles.css), with a margin, in px: labels keep below it.
 */
export const CONTROLS_BAND = 48;

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
  const padding = fitPadding(width);
  return Math.min((width - 2 * padding) / boxWidth, (height - 2 * padding) / boxHeight);
}
