/**
 * The drawn-in map's HTML is a file format: BakedMap, BakedLabels and SmallStateTiles write it,
 * readBakedMap reads it back in the browser, paletteCss colours it and the bench
 * (scripts/bench/*.mjs, held to this table by a unit test) finds it. One table of its attribute
 * names, so writer, reader and style cannot drift apart. It lives with the colours, the pure side
 * of the map, because paletteCss reads it and may import no view.
 */
export const BAKED_ATTRS = {
  /** A shape's region id (a state's code, or a context region's). */
  shape: 'data-shape',
  /** Present on a context region's shape: backdrop, not a state. */
  context: 'data-context',
  /** A state's fill by name (a PaintKey), coloured from CSS. */
  paint: 'data-paint',
  /** 'focus' on an outlined shape (the selected state, or one of the event). */
  edge: 'data-edge',
  /** A small state's tile: the state's code, a target for a tap. */
  inset: 'data-inset',
  /** A label's state. */
  label: 'data-label',
  /** A tile's label: the state's code. */
  tileLabel: 'data-tile-label',
  /** The label set a label was placed for ('wide' or 'narrow'). */
  set: 'data-set',
  /** Which of the state's words a label shows ('name' or 'short'). */
  form: 'data-form',
  /** A label's leader point, "x y", if it stands outside its state. */
  leader: 'data-leader',
  /** What a label or leader stands on (a paint, or 'panel'), for its colours. */
  on: 'data-on',
} as const;

export type BakedAttr = keyof typeof BAKED_ATTRS;

/** Props for these attributes, in the order given (so the HTML stays as it was written). */
export function bakedData(
  values: Partial<Record<BakedAttr, string | undefined>>,
): Record<`data-${string}`, string | undefined> {
  const props: Record<`data-${string}`, string | undefined> = {};
  for (const [key, value] of Object.entries(values)) props[BAKED_ATTRS[key as BakedAttr]] = value;
  return props;
}
