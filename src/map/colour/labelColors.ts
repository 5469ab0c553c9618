import { linearRgb } from './colorVision';
import { BASE_COLORS } from './palette';
import type { Scheme } from './palette';

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = linearRgb(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * A label's text and halo on a fill: of the scheme's darkest and lightest map colours (the focus
 * ring and the border), the one that contrasts more with the fill is the text, the other its halo.
 * The halo keeps the text legible where it crosses a border onto another colour.
 */
export function labelColors(fill: string, scheme: Scheme): { text: string; halo: string } {
  const { focus, border } = BASE_COLORS[scheme];
  return contrast(focus, fill) >= contrast(border, fill)
    ? { text: focus, halo: border }
    : { text: border, halo: focus };
}
