import { isCountryCode } from '../../data/types';
import type { CountryCode } from '../../data/types';
import { boxesOverlap } from '../geometry/box';
import type { Box } from '../geometry/box';
import { decodePath } from '../geometry/compactPath';
import { TILE, TILE_ROWS } from '../geometry/insetTiles';
import {
  area,
  boxInRing,
  clipRing,
  inRing,
  segmentHitsBox,
  signedDistance,
} from '../geometry/ringGeometry';
import type { Ring } from '../geometry/ringGeometry';
import type { SvgShape } from '../geometry/svgMap';

/**
 * Where each state's name goes, computed when the page is built (the prerender), never in the
 * reader's browser: no placement work on the page's main thread.
 */

/** The label sets: one for a wide map (desktop), one for a narrow one (a phone's 343 px). */
export type LabelSet = 'wide' | 'narrow';

/**
 * Font size of the labels in SVG units, per set: 12 px on a desktop map (~1.35 px per unit at
 * 1280 px) and 10 px on a phone's (~0.65 px per unit at 375 px). The map frame switches sets at
 * LABEL_SET_BREAK px wide (styles.css, the same number), so text keeps a readable size.
 */
export const LABEL_FONT: Readonly<Record<LabelSet, number>> = { wide: 9, narrow: 15.5 };
export const LABEL_SET_BREAK = 600;

/** Which form of the name a label shows: the name, or the short form where the name won't fit. */
export type LabelForm = 'name' | 'short';

export interface PlacedLabel {
  readonly id: CountryCode;
  /** The label's centre, in SVG units. */
  readonly x: number;
  readonly y: number;
  readonly form: LabelForm;
  /** Outside its state: the point in the state its leader line goes to. */
  readonly leader?: readonly [number, number];
}

/**
 * A label's width from its words: a per-character estimate for the page's sans-serif at 600
 * weight, in ems, a little over the usual widths so a label errs small: capitals and figures
 * 0.72, narrow letters 0.35, other letters and signs 0.6.
 */
export function textWidth(text: string, font: number): number {
  let ems = 0;
  for (const char of text)
    ems += /[\p{Lu}\p{N}]/u.test(char) ? 0.72 : /[ijlrtf.,'’ ]/u.test(char) ? 0.35 : 0.6;
  return ems * font;
}

/**
 * A label's height: from the baseline to the capitals' top (0.75 em), or the full em where a
 * letter hangs below the baseline.
 */
export function textHeight(text: string, font: number): number {
  return (/[gjpqyçșţ,]/u.test(text) ? 1 : 0.75) * font;
}

/**
 * The pole of inaccessibility: the point inside the ring farthest from its outline (the
 * polylabel method: cells refined while one might still beat the best found). Not the box's
 * centre, which for Russia falls in the Arctic Ocean.
 */
export function poleOfInaccessibility(ring: Ring, precision = 0.5): [number, number] {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [minX, minY, maxX, maxY] = [
    Math.min(...xs),
    Math.min(...ys),
    Math.max(...xs),
    Math.max(...ys),
  ];
  const size = Math.min(maxX - minX, maxY - minY);
  type Cell = { x: number; y: number; h: number; d: number; max: number };
  const cell = (x: number, y: number, h: number): Cell => {
    const d = signedDistance(x, y, ring);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  if (size <= 0) return [best.x, best.y];
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += size)
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2));
  while (queue.length) {
    queue.sort((a, b) => a.max - b.max);
    const next = queue.pop()!;
    if (next.d > best.d) best = next;
    if (next.max - best.d <= precision) continue;
    const h = next.h / 2;
    for (const [sx, sy] of [
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ] as const)
      queue.push(cell(next.x + sx * h, next.y + sy * h, h));
  }
  return [best.x, best.y];
}

/**
 * The widest circle inside an outline (of its largest ring): its centre, the pole of
 * inaccessibility, and its radius, in the outline's units. A label whose box fits in that circle
 * fits in the state, however the state is shaped.
 */
export function inscribedCircle(
  d: string,
  /** Only the part of the outline inside this box counts (the part of a state on screen). */
  within?: Box,
  precision = 0.5,
): { x: number; y: number; r: number } {
  const largest = largestRing(d);
  const ring = within ? clipRing(largest, within) : largest;
  if (ring.length < 3) return { x: 0, y: 0, r: 0 };
  const [x, y] = poleOfInaccessibility(ring, precision);
  return { x, y, r: Math.max(0, signedDistance(x, y, ring)) };
}

/** An outline's largest ring, read once per outline: the map asks again after every pan. */
const LARGEST = new Map<string, Ring>();
function largestRing(d: string): Ring {
  let ring = LARGEST.get(d);
  if (!ring) {
    ring = decodePath(d).reduce((a, b) => (area(b) > area(a) ? b : a));
    LARGEST.set(d, ring);
  }
  return ring;
}

/** The box a label takes, with a margin so it keeps clear of a selected state's thick outline. */
export function labelBox(x: number, y: number, text: string, font: number): Box {
  // 0.2 em: 2 px at either size, more than the 1.5 px a selected outline's 3 px stroke reaches in.
  const margin = font * 0.2;
  const w = textWidth(text, font) + 2 * margin;
  const h = textHeight(text, font) + 2 * margin;
  return [x - w / 2, y - h / 2, w, h];
}

/** The point nearest (x, y), on a grid of a quarter of the font, where `text` fits inside the ring. */
function nearestFit(
  ring: Ring,
  x: number,
  y: number,
  text: string,
  font: number,
): [number, number] | null {
  const step = font / 4;
  let best: [number, number] | null = null;
  let bestDistance = Infinity;
  for (let i = -24; i <= 24; i++)
    for (let j = -16; j <= 16; j++) {
      // Rounded first, as the page will write it, then checked.
      const [cx, cy] = [Math.round((x + i * step) * 10) / 10, Math.round((y + j * step) * 10) / 10];
      const distance = Math.hypot(i * step, j * step);
      if (distance >= bestDistance || !boxInRing(labelBox(cx, cy, text, font), ring)) continue;
      [best, bestDistance] = [[cx, cy], distance];
    }
  return best;
}

/** The states that have a tile: their label is in it, where it always fits. */
export const TILED: ReadonlySet<CountryCode> = new Set(TILE_ROWS.flatMap((row) => row.ids));

/** The tiles' frames, from the layout alone. */
function insetFrames(): Box[] {
  return TILE_ROWS.flatMap(({ at: [x0, y0], ids }) =>
    ids.map((_, i): Box => [x0 + i * (TILE.width + TILE.gap), y0, TILE.width, TILE.height]),
  );
}

/**
 * Every untiled state's label at its pole of inaccessibility (of its largest ring), in the
 * longest form that fits inside the shape. A state too slim for even its short form (Uzbekistan
 * and Turkmenistan on a phone) has it outside, on the nearest open ground, with a leader line
 * to its pole. No label overlaps a state it does not name, a tile or another label.
 */
export function placeLabels(
  shapes: readonly SvgShape[],
  words: {
    readonly name: Readonly<Record<CountryCode, string>>;
    readonly short: Readonly<Record<CountryCode, string>>;
  },
  set: LabelSet,
): PlacedLabel[] {
  const font = LABEL_FONT[set];
  const states = shapes.filter((s) => isCountryCode(s.id) && !s.context);
  const placed: PlacedLabel[] = [];
  const slim: { id: CountryCode; x: number; y: number }[] = [];
  for (const { id, d } of states) {
    if (!isCountryCode(id) || TILED.has(id)) continue;
    const ring = decodePath(d).reduce((a, b) => (area(b) > area(a) ? b : a));
    const [x, y] = poleOfInaccessibility(ring).map((n) => Math.round(n * 10) / 10) as [
      number,
      number,
    ];
    // The name at the pole, else at the nearest point around it where it fits, else the short form.
    const spot = nearestFit(ring, x, y, words.name[id], font);
    const short = spot ? null : nearestFit(ring, x, y, words.short[id], font);
    if (spot) placed.push({ id, x: spot[0], y: spot[1], form: 'name' });
    else if (short) placed.push({ id, x: short[0], y: short[1], form: 'short' });
    else slim.push({ id, x, y });
  }
  // Open ground: no state's outline or area, no tile, no label placed so far.
  const rings = states.flatMap((s) => decodePath(s.d));
  const taken = [
    ...insetFrames(),
    ...placed.map((l) =>
      labelBox(l.x, l.y, l.form === 'name' ? words.name[l.id] : words.short[l.id], font),
    ),
  ];
  for (const { id, x, y } of slim) {
    const text = words.short[id];
    const open = (box: Box) =>
      !taken.some((other) => boxesOverlap(box, other)) &&
      rings.every(
        (ring) =>
          !inRing(box[0] + box[2] / 2, box[1] + box[3] / 2, ring) &&
          !ring.some((a, i) => segmentHitsBox(a, ring[(i + 1) % ring.length]!, box)),
      );
    const spot = leaderSpot(x, y, font, (cx, cy) => open(labelBox(cx, cy, text, font)));
    if (!spot) continue;
    placed.push({ id, x: spot[0], y: spot[1], form: 'short', leader: [x, y] });
    taken.push(labelBox(spot[0], spot[1], text, font));
  }
  return placed;
}

/** The nearest point to (x, y), in widening circles, where `open` holds. */
function leaderSpot(
  x: number,
  y: number,
  font: number,
  open: (x: number, y: number) => boolean,
): [number, number] | null {
  for (let r = font; r <= font * 8; r += font / 2)
    for (let k = 0; k < 24; k++) {
      // Start below and go round: a label under its state reads as its caption.
      const angle = Math.PI / 2 + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * (Math.PI / 12);
      const [cx, cy] = [
        Math.round((x + r * Math.cos(angle)) * 10) / 10,
        Math.round((y + r * Math.sin(angle)) * 10) / 10,
      ];
      if (open(cx, cy)) return [cx, cy];
    }
  return null;
}
