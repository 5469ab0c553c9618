import { PLACES } from '../data/countries';
import type { Messages } from '../i18n/messages';
import type { LegendItem } from '../map/colour/legendItems';
import { BASE_COLORS, paintColor } from '../map/colour/palette';
import { placeStyle } from '../map/colour/placeStyle';
import type { Mark } from './scene';
import { PAGE, textBlock, wrapText } from './imageText';

/** What the image's key lists. */
export interface ImageLegendInput {
  readonly title: string;
  /** The statuses (or attendances) the map shows, each with its count. */
  readonly items: readonly LegendItem[];
  /** Some state is drawn with a dashed outline (its status date is approximate). */
  readonly dashed: string | null;
  /** Meeting mode: the places marked on the map. */
  readonly places: boolean;
}

const SWATCH = 20;
const LABEL = 16;
const COUNT = 14;

/**
 * The key beside the map, in image pixels from (x, y), `width` wide: the entries the map shows
 * that day, each as the page's legend has it (swatch, label, count), then the dashed outline and
 * the marked places where the map has them.
 */
export function imageLegendMarks(
  legend: ImageLegendInput,
  m: Messages,
  at: { readonly x: number; readonly y: number; readonly width: number },
): Mark[] {
  const textX = at.x + SWATCH + 10;
  const textWidth = at.width - SWATCH - 10;
  const title = textBlock(wrapText(legend.title, at.width, 18), at.x, at.y, {
    size: 18,
    weight: 700,
    fill: PAGE.ink,
    leading: 23,
  });
  const marks: Mark[] = [...title.marks];
  let y = title.next + 14;
  const entry = (symbol: (top: number) => Mark, label: string, count: string | null) => {
    const lines = textBlock(wrapText(label, textWidth, LABEL), textX, y, {
      size: LABEL,
      weight: 400,
      fill: PAGE.ink,
      leading: 20,
    });
    marks.push(symbol(y - LABEL + 1), ...lines.marks);
    let next = lines.next;
    if (count !== null) {
      const counted = textBlock([count], textX, next - 2, {
        size: COUNT,
        weight: 400,
        fill: PAGE.muted,
        leading: 18,
      });
      marks.push(...counted.marks);
      next = counted.next - 2;
    }
    y = next + 10;
  };
  for (const item of legend.items) {
    entry(
      (top) => ({
        kind: 'rect',
        x: at.x,
        y: top,
        width: SWATCH,
        height: SWATCH,
        radius: 3,
        fill: paintColor(item.paint, 'light'),
        stroke: PAGE.muted,
        strokeWidth: 1,
      }),
      item.label,
      m.legend.count(item.count),
    );
  }
  if (legend.dashed) {
    entry(
      (top) => ({
        kind: 'rect',
        x: at.x + 1,
        y: top + 1,
        width: SWATCH - 2,
        height: SWATCH - 2,
        fill: PAGE.paper,
        stroke: PAGE.ink,
        strokeWidth: 1.5,
        dash: [4, 3],
      }),
      legend.dashed,
      null,
    );
  }
  if (legend.places) {
    for (const key of Object.keys(PLACES) as (keyof typeof PLACES)[]) {
      const style = placeStyle(key, 'light');
      entry(
        (top) => ({
          kind: 'circle',
          cx: at.x + SWATCH / 2,
          cy: top + SWATCH / 2,
          r: style.radius,
          fill: style.fill,
          stroke: BASE_COLORS.light.focus,
          strokeWidth: style.weight,
        }),
        m.places[key].name,
        null,
      );
    }
  }
  return marks;
}
