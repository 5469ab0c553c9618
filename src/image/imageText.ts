import { textWidth } from '../map/labels/labelPlacement';
import type { Mark } from './scene';

/**
 * The light scheme's page colours (styles.css :root, held to it by a unit test): the image is
 * always light, for print, slides and white newsletters, whatever scheme the reader's screen is in.
 */
export const PAGE = { paper: '#ffffff', ink: '#1a1a1a', muted: '#555555', panel: '#f6f5f2' };

/**
 * The page's font stack (styles.css body, held to it by a unit test), named in the SVG: the
 * first font the opening program has is used, down to the generic sans-serif.
 */
export const PAGE_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * Words broken into lines no wider than `width` at `size` px (a single longer word, an address,
 * keeps its own line). Widths are labelPlacement's per-character estimate, which errs wide, so a
 * line set in any sans-serif stays inside.
 */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  // Spaces only: a no-break space ("2008 г.") holds its words together.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}

/** Lines of text from baseline `y`, `leading` apart: the marks, and the baseline after the last. */
export function textBlock(
  lines: readonly string[],
  x: number,
  y: number,
  style: { size: number; weight: 400 | 600 | 700; fill: string; leading: number },
): { marks: Mark[]; next: number } {
  const marks = lines.map((text, i): Mark => ({
    kind: 'text',
    x,
    y: y + i * style.leading,
    text,
    size: style.size,
    weight: style.weight,
    fill: style.fill,
    anchor: 'start',
  }));
  return { marks, next: y + lines.length * style.leading };
}
