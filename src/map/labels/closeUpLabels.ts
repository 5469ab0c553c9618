import type { CountryCode } from '../../data/types';
import { isCountryCode } from '../../data/types';
import { inscribedCircle, labelBox, textHeight, textWidth } from './labelPlacement';
import type { PlacedLabel } from './labelPlacement';
import type { Box } from '../geometry/box';
import type { SvgShape } from '../geometry/svgMap';

/** A label for a state zoomed in on, at its pole, in the form that fits. */
export interface CloseUpLabel {
  readonly id: CountryCode;
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/**
 * Each state's widest inner circle, in SVG units, and whether only its name would improve on its
 * whole-map label (a short form already inside the state): measured when first zoomed in.
 */
export type Circles = ReadonlyMap<
  CountryCode,
  { readonly x: number; readonly y: number; readonly r: number; readonly nameOnly: boolean }
>;

/** The inner circles of the states whose whole-map label is not their name inside them. */
export function circlesOf(shapes: readonly SvgShape[], placed: readonly PlacedLabel[]): Circles {
  const inside = new Map(placed.filter((label) => !label.leader).map((l) => [l.id, l.form]));
  const circles = new Map<CountryCode, { x: number; y: number; r: number; nameOnly: boolean }>();
  for (const { id, d, context } of shapes) {
    if (!isCountryCode(id) || context || inside.get(id) === 'name') continue;
    circles.set(id, { ...inscribedCircle(d), nameOnly: inside.has(id) });
  }
  return circles;
}

/**
 * The labels a zoomed-in map has room for: a state labelled only in its tile or beside it (with
 * a leader line) gets its name, or else its short form, at its pole once the label's box fits in
 * its widest inner circle at `k` px per unit; a state with its short form inside gets its name
 * there once that fits. The font is in px and stays the same at any zoom.
 */
export function closeUpLabels(
  circles: Circles,
  k: number,
  font: number,
  words: {
    readonly name: Readonly<Record<CountryCode, string>>;
    readonly short: Readonly<Record<CountryCode, string>>;
  },
): CloseUpLabel[] {
  const labels: CloseUpLabel[] = [];
  for (const [id, { x, y, r, nameOnly }] of circles) {
    const forms = nameOnly ? [words.name[id]] : [words.name[id], words.short[id]];
    const text = forms.find((each) => fitsCircle(each, font, r * k));
    if (text) labels.push({ id, x, y, text });
  }
  return labels;
}

/** Whether a label's box fits in a circle of `radius` px (its half-diagonal no longer). */
function fitsCircle(text: string, font: number, radius: number): boolean {
  return Math.hypot(textWidth(text, font) / 2, textHeight(text, font) / 2) <= radius;
}

/**
 * A label for the part of a state inside `view` (SVG units), for a zoomed-in map on which its
 * usual place is off screen or at the edge: at the pole of that part, in the first of `forms`
 * that fits it at `k` px per unit, or null when none does.
 */
export function labelInView(
  d: string,
  view: Box,
  k: number,
  font: number,
  forms: readonly string[],
): { x: number; y: number; text: string } | null {
  // Found to within 3 px: it runs after every pan, and a finer search shows nothing more.
  const { x, y, r } = inscribedCircle(d, view, 3 / k);
  const text = forms.find((each) => fitsCircle(each, font, r * k));
  return text ? { x, y, text } : null;
}

/** One label the Leaflet map draws, in SVG units: where, which words, and why it is there. */
export interface LabelToDraw {
  readonly id: CountryCode;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** Why it is drawn: 'placed' (the whole map's), 'close' (a zoomed-in state's), 'view'. */
  readonly kind: 'placed' | 'close' | 'view';
  readonly leader?: readonly [number, number];
}

/**
 * The labels to draw, in SVG units. The whole region (`view` null) gets the build's labels as
 * placed. Zoomed in, a small state also gets its close-up label (which replaces its placed one),
 * a label the view's edge would cut is left out, and a state so left without one is named at the
 * pole of its part in the view, if a form fits there. `font` is in px, `k` px per unit.
 */
export function labelsToDraw(
  shapes: readonly SvgShape[],
  placed: readonly PlacedLabel[],
  circles: Circles | null,
  view: Box | null,
  k: number,
  font: number,
  words: {
    readonly name: Readonly<Record<CountryCode, string>>;
    readonly short: Readonly<Record<CountryCode, string>>;
  },
): LabelToDraw[] {
  const wholeMap = placed.map(({ id, x, y, form, leader }): LabelToDraw => ({
    id,
    x,
    y,
    text: form === 'name' ? words.name[id] : words.short[id],
    kind: 'placed',
    ...(leader ? { leader } : {}),
  }));
  if (!view || !circles) return wholeMap;
  const [vx, vy, vw, vh] = view;
  const insideView = ({ x, y, text }: { x: number; y: number; text: string }) => {
    const [bx, by, bw, bh] = labelBox(x, y, text, font / k);
    return bx >= vx && by >= vy && bx + bw <= vx + vw && by + bh <= vy + vh;
  };
  const closeUps = closeUpLabels(circles, k, font, words).map((label): LabelToDraw => ({
    ...label,
    kind: 'close',
  }));
  const named = new Set(closeUps.map((label) => label.id));
  const candidates = [...wholeMap.filter((label) => !named.has(label.id)), ...closeUps];
  const shown = candidates.filter(insideView);
  // A leader's label beside a state stays off when it does not fit: it names a slim state only.
  const unnamed = candidates.filter((label) => !label.leader && !insideView(label));
  for (const { id } of unnamed) {
    const shape = shapes.find((s) => s.id === id);
    const label = shape && labelInView(shape.d, view, k, font, [words.name[id], words.short[id]]);
    if (label) shown.push({ id, ...label, kind: 'view' });
  }
  return shown;
}
