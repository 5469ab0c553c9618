import type { LabelledMap, LabelWords } from './labelledMap';
import { circlesOf, labelsToDraw } from './closeUpLabels';
import type { LabelToDraw } from './closeUpLabels';
import type { Box } from '../geometry/box';
import { CONTROLS_BAND } from './labelFrame';
import { LABEL_FONT, LABEL_SET_BREAK } from './labelPlacement';

/** The drawn-in map's labels for a zoomed-in view, and their font size in SVG units. */
export interface ZoomedLabels {
  /** The viewBox they were placed for. */
  readonly viewBox: string;
  readonly labels: readonly LabelToDraw[];
  readonly font: number;
}

/**
 * The labels of the drawn-in map zoomed to `viewBox` (a state's page, a selected state), chosen
 * as the Leaflet map's are (labelsToDraw: close-up names, none cut by the frame or under the
 * band of controls) and at the size they have on the whole map, so the map reads the same before
 * and after the Leaflet map takes over. `width` × `height` is the map's box inside its padding in
 * px; `frameWidth` the frame's, which picks the label set as styles.css does.
 */
export function zoomedLabels(
  map: LabelledMap,
  viewBox: string,
  width: number,
  height: number,
  frameWidth: number,
  words: LabelWords,
): ZoomedLabels {
  const [vx = 0, vy = 0, vw = 1, vh = 1] = viewBox.split(' ').map(Number);
  const [, , rw = 1, rh = 1] = map.viewBox.split(' ').map(Number);
  const set = frameWidth < LABEL_SET_BREAK ? 'narrow' : 'wide';
  // Pixels per unit, zoomed and for the whole region: the labels keep the whole map's size.
  const k = Math.min(width / vw, height / vh);
  const font = LABEL_FONT[set] * Math.min(width / rw, height / rh);
  const band = CONTROLS_BAND / k;
  const view: Box = [vx, vy + band, vw, vh - band];
  const circles = circlesOf(map.shapes, map.labels[set]);
  const labels = labelsToDraw(map.shapes, map.labels[set], circles, view, k, font, words);
  return { viewBox, labels, font: font / k };
}
