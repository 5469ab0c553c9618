import { PLACES } from '../data/countries';
import { isCountryCode } from '../data/types';
import type { CountryCode } from '../data/types';
import type { Messages } from '../i18n/messages';
import type { LabelledMap } from '../map/labels/labelledMap';
import { contextStyle, countryStyle } from '../map/colour/countryStyle';
import { lookColors } from '../map/colour/lookColors';
import type { CountryLook } from '../map/colour/countryStyle';
import type { Box } from '../map/geometry/box';
import { pathBox } from '../map/geometry/compactPath';
import { insetTiles } from '../map/geometry/insetTiles';
import { labelColors } from '../map/colour/labelColors';
import { LABEL_FONT } from '../map/labels/labelPlacement';
import { BASE_COLORS, paintColor } from '../map/colour/palette';
import { placeStyle } from '../map/colour/placeStyle';
import { svgPoint } from '../map/geometry/svgMap';
import type { Mark } from './scene';

/** The image is always light (imageText.ts says why). */
const SCHEME = 'light';
/** The labels of a map this wide (the image's map is ~760 px): the set the page shows there. */
const SET = 'wide';
/** A label's baseline below its centre, in ems: the drawn-in map centres it (dominant-baseline). */
const CENTRE_TO_BASELINE = 0.35;

/** The part of the map the image frames: the 15 states' box and the small states' tiles. */
export function imageMapBox(map: LabelledMap): Box {
  const [x = 0, y = 0, w = 1, h = 1] = map.viewBox.split(' ').map(Number);
  let [minX, minY, maxX, maxY] = [x, y, x + w, y + h];
  for (const { frame } of insetTiles(map)) {
    [minX, minY] = [Math.min(minX, frame[0]), Math.min(minY, frame[1])];
    [maxX, maxY] = [Math.max(maxX, frame[0] + frame[2]), Math.max(maxY, frame[1] + frame[3])];
  }
  const pad = 8;
  return [minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad];
}

/**
 * The map's marks in its own units (svgMap's), as the drawn-in map draws them: the same outlines,
 * colours (countryStyle, palette), tiles (insetTiles) and labels placed at build time
 * (labelPlacement), with every stroke and letter sized for `scale` pixels per unit, so they come
 * out as many pixels as on the page. A selected state is drawn last with its outline, and ringed
 * if it is small; in meeting mode the meeting's venue and the CIS seat are marked.
 */
export function imageMapMarks(
  map: LabelledMap,
  looks: Readonly<Record<CountryCode, CountryLook>>,
  m: Messages,
  options: {
    readonly scale: number;
    readonly places: boolean;
    /** The selected state, drawn last with its outline: the one the looks mark as selected. */
    readonly selected: CountryCode | null;
  },
): Mark[] {
  const px = (value: number) => value / options.scale;
  const base = BASE_COLORS[SCHEME];
  const backdrop = contextStyle();
  const { selected } = options;
  const stateMark = (id: CountryCode, d: string): Mark => {
    const style = countryStyle(looks[id]);
    const colors = lookColors(looks[id], SCHEME);
    const dash = typeof style.dashArray === 'string' ? style.dashArray.split(' ').map(Number) : [];
    return {
      kind: 'path',
      d,
      fill: colors.fill,
      stroke: colors.stroke,
      strokeWidth: px(style.weight ?? 1),
      ...(dash.length ? { dash: dash.map(px) } : {}),
    };
  };
  const order = [...map.shapes].sort((a, b) => +(a.id === selected) - +(b.id === selected));
  const marks: Mark[] = order.map(({ id, context, d }) =>
    context || !isCountryCode(id)
      ? {
          kind: 'path',
          d,
          fill: base.context,
          stroke: base.contextBorder,
          strokeWidth: px(backdrop.weight ?? 1),
        }
      : stateMark(id, d),
  );
  const tiles = insetTiles(map);
  for (const { id, frame, d } of tiles) {
    const [x, y, width, height] = frame;
    marks.push(
      {
        kind: 'rect',
        x,
        y,
        width,
        height,
        fill: base.border,
        stroke: base.contextBorder,
        strokeWidth: px(1),
      },
      stateMark(id, d),
    );
  }
  if (options.places) {
    for (const key of Object.keys(PLACES) as (keyof typeof PLACES)[]) {
      const [cx, cy] = svgPoint(PLACES[key].lat, PLACES[key].lon);
      const style = placeStyle(key, SCHEME);
      marks.push({
        kind: 'circle',
        cx,
        cy,
        r: px(style.radius),
        fill: style.fill,
        stroke: style.stroke,
        strokeWidth: px(style.weight),
      });
    }
  }
  const chosen = selected ? map.shapes.find((shape) => shape.id === selected) : undefined;
  if (chosen) {
    // A ring finds a small state at a glance; Russia or Kazakhstan needs none (the share
    // card's rule: smaller than a fifth of the region's width).
    const [x, y, w, h] = pathBox(chosen.d) ?? [0, 0, 0, 0];
    if (Math.max(w, h) < Number(map.viewBox.split(' ')[2]) * 0.2) {
      marks.push({
        kind: 'circle',
        cx: x + w / 2,
        cy: y + h / 2,
        r: Math.max(w, h) / 2 + px(10),
        fill: null,
        stroke: base.focus,
        strokeWidth: px(3),
      });
    }
  }
  const font = LABEL_FONT[SET];
  const label = (x: number, y: number, text: string, on: { text: string; halo: string }): Mark => ({
    kind: 'text',
    x,
    y: y + CENTRE_TO_BASELINE * font,
    text,
    size: font,
    weight: 600,
    fill: on.text,
    anchor: 'middle',
    halo: { color: on.halo, width: px(3) },
  });
  const panel = { text: base.focus, halo: base.border };
  for (const { id, x, y, form, leader } of map.labels[SET]) {
    const text = form === 'name' ? m.countries[id] : m.countryShort[id];
    if (leader) {
      marks.push({
        kind: 'line',
        x1: leader[0],
        y1: leader[1],
        x2: x,
        y2: y,
        stroke: base.focus,
        strokeWidth: px(1),
      });
    }
    marks.push(
      label(x, y, text, leader ? panel : labelColors(paintColor(looks[id].paint, SCHEME), SCHEME)),
    );
  }
  for (const { id, labelAt } of tiles)
    marks.push(label(labelAt[0], labelAt[1], m.countryShort[id], panel));
  return marks;
}
