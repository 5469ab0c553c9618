/**
 * A picture as a list of marks, in drawing order. The downloadable image is composed once as a
 * scene (mapImage.ts) and then written out twice from it: as SVG text (sceneSvg.ts) and painted on
 * a canvas for the PNG (drawScene.ts). The PNG cannot be drawn by loading the SVG into an <img>:
 * the page's Content-Security-Policy (img-src falls back to 'self') refuses blob: and data: images.
 */

/** Marks inside a group are in the group's units; strokes and text sizes scale with it. */
export type Mark =
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly fill: string;
      readonly stroke?: string;
      readonly strokeWidth?: number;
      readonly radius?: number;
      /** Dash and gap lengths. */
      readonly dash?: readonly number[];
    }
  | {
      readonly kind: 'path';
      /** An SVG path ("M x y l dx dy … z"), which the canvas reads as it is (Path2D). */
      readonly d: string;
      readonly fill: string;
      readonly stroke: string;
      readonly strokeWidth: number;
      readonly dash?: readonly number[];
    }
  | {
      readonly kind: 'circle';
      readonly cx: number;
      readonly cy: number;
      readonly r: number;
      readonly fill: string | null;
      readonly stroke: string;
      readonly strokeWidth: number;
    }
  | {
      readonly kind: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly stroke: string;
      readonly strokeWidth: number;
    }
  | {
      readonly kind: 'text';
      /** On the alphabetic baseline: every program that opens the SVG reads that the same way. */
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly size: number;
      readonly weight: 400 | 600 | 700;
      readonly fill: string;
      readonly anchor: 'start' | 'middle' | 'end';
      /** A ring of another colour around the letters, drawn beneath them, for text on a map. */
      readonly halo?: { readonly color: string; readonly width: number };
    }
  | {
      readonly kind: 'group';
      /** p ↦ p · scale + (dx, dy) */
      readonly scale: number;
      readonly dx: number;
      readonly dy: number;
      /** Nothing shows outside this rectangle, given in the outer units: [x, y, width, height]. */
      readonly clip: readonly [number, number, number, number];
      readonly marks: readonly Mark[];
    };

export interface Scene {
  /** In CSS pixels; the PNG is drawn at a multiple of it. */
  readonly width: number;
  readonly height: number;
  readonly background: string;
  /** A CSS font-family list: the page's own fonts, with fallbacks. */
  readonly font: string;
  /** The language of its words (BCP 47). */
  readonly lang: string;
  /** What it shows, in one line: the SVG's <title>. */
  readonly title: string;
  readonly marks: readonly Mark[];
}
