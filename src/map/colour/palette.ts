import type { Attendance, Status } from '../../data/types';

/** Light and dark map palettes; `satisfies` forces a colour for every status and attendance. */
export type Scheme = 'light' | 'dark';

/**
 * Blues for taking part (darker = deeper), teal for the associate, warm colours for leaving,
 * greys for never in. Shapes always have text too (names, legend, table): colour is never alone.
 * Every two statuses the map shows on the same day stay at least ΔE 15 apart (CIE76) for normal
 * vision and for deuteranopes, protanopes and tritanopes, in both schemes
 * (tests/unit/map/paletteDistance.test.ts): hence a light teal beside a darker grey, and the dark
 * scheme's lighter lilac and deeper red.
 */
export const STATUS_COLORS = {
  light: {
    member: '#1d4e89',
    'founding-party': '#4f86c6',
    'member-halted': '#a9c7ea',
    associate: '#53bdaa',
    signatory: '#b4a7d6',
    observer: '#dcc48e',
    'ceased-participation': '#e8965a',
    withdrawn: '#b8322a',
    'not-yet-joined': '#d9d9d9',
    'never-joined': '#737373',
  },
  dark: {
    member: '#5191e4',
    'founding-party': '#34649d',
    'member-halted': '#264a73',
    associate: '#4cc9b5',
    signatory: '#b4a4da',
    observer: '#b89b5b',
    'ceased-participation': '#e08a4c',
    withdrawn: '#cc4847',
    'not-yet-joined': '#4a4a4a',
    'never-joined': '#7a7a7a',
  },
} as const satisfies Record<Scheme, Record<Status, string>>;

export const ATTENDANCE_COLORS = {
  light: {
    attended: '#1b7a4b',
    absent: '#d9731a',
    'not-represented': '#a9c7ea',
    'not-participant': '#9a9a9a',
  },
  dark: {
    attended: '#3fbf7f',
    absent: '#f0913a',
    'not-represented': '#274a73',
    'not-participant': '#6a6a6a',
  },
} as const satisfies Record<Scheme, Record<Attendance, string>>;

/** Backdrop countries, sea and borders; `venue` fills the meeting's venue marker. */
export const BASE_COLORS = {
  light: {
    context: '#ecebe6',
    border: '#ffffff',
    contextBorder: '#d2d0c8',
    focus: '#111111',
    venue: '#ffd23f',
  },
  dark: {
    context: '#2b2d31',
    border: '#16181c',
    contextBorder: '#3b3e44',
    focus: '#ffffff',
    venue: '#ffd23f',
  },
} as const satisfies Record<Scheme, Record<string, string>>;

/** The share card's paper, ink and muted text (a light card, whatever the reader's scheme). */
export const CARD_COLORS = {
  paper: '#fbfaf7',
  ink: BASE_COLORS.light.focus,
  muted: '#55524a',
} as const;

/** A fill of the palette by name: what every view writes on a shape or swatch instead of a colour. */
export type PaintKey = `status-${Status}` | `attendance-${Attendance}`;

/**
 * The colour a paint has in a scheme. The page paints by name through CSS (paletteCss.ts); only
 * what cannot read the page's CSS takes the hex: the share cards, and tests.
 */
export function paintColor(paint: PaintKey, scheme: Scheme): string {
  const [table, key] = paint.startsWith('status-')
    ? [STATUS_COLORS[scheme], paint.slice('status-'.length)]
    : [ATTENDANCE_COLORS[scheme], paint.slice('attendance-'.length)];
  return (table as Record<string, string>)[key]!;
}
