import { COUNTRY_CODES, isCountryCode, STATUSES } from '../data/types';
import type { CountryCode } from '../data/types';
import type { CountryStatuses } from '../model/status';
import { contextStyle, countryStyle } from '../map/colour/countryStyle';
import { lookColors } from '../map/colour/lookColors';
import type { CountryLook } from '../map/colour/countryStyle';
import { pathBox } from '../map/geometry/compactPath';
import { BASE_COLORS, CARD_COLORS, STATUS_COLORS } from '../map/colour/palette';
import type { SvgMap } from '../map/geometry/svgMap';
import { CARD_SIZE } from './pageHead';
import { escapeHtml } from '../ui/escapeHtml';

/** The words a card shows; the build takes them from the catalogue. */
export interface CardWords {
  readonly kicker: string;
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  /** What the page covers and when it was checked ("8 Dec 1991 – 22 Dec 2025 · checked …"). */
  readonly period: string;
  /** Each status's legend label. */
  readonly labels: Readonly<Record<(typeof STATUSES)[number], string>>;
}

/** The font the card is set in (bundled with the build script, see scripts/fonts/). */
export const CARD_FONT = 'DejaVu Sans';

const { ink: INK, muted: MUTED, paper: PAPER } = CARD_COLORS;
const MAP = { x: 580, y: 16, width: 610, height: 598 } as const;
/** The words' column, left of the map. */
const TEXT_WIDTH = 500;

/**
 * Words broken into lines of at most `max` characters (a line of one long word stays whole). The
 * font's average bold letter is ~0.6 em, so `max` = width / (0.6 · size) keeps lines inside.
 */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}

function textLines(lines: readonly string[], x: number, y: number, size: number, extra: string) {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + i * size * 1.18}" font-size="${size}" ${extra}>${escapeHtml(line)}</text>`,
    )
    .join('');
}

/**
 * The share image as SVG, 1200 × 630: the words on the left, the map on the right drawn from the
 * same outlines and colours as the page's map (svgMap.ts, countryStyle.ts); the selected state
 * outlined on a halo and ringed, so it reads at thumbnail size, the others in their own colours,
 * each as its legend swatch. Pure; the build renders it to PNG.
 */
export function shareCardSvg(
  map: SvgMap,
  statuses: CountryStatuses,
  selected: CountryCode | null,
  words: CardWords,
): string {
  // The 15 states' box with a margin, so the westernmost (Moldova) does not touch the edge.
  const [vx = 0, vy = 0, vw = 1, vh = 1] = map.viewBox.split(' ').map(Number);
  const pad = vw * 0.05;
  const viewBox = [vx - pad, vy - pad, vw + 2 * pad, vh + 2 * pad].join(' ');
  // One SVG unit of the map in card pixels, so strokes keep their on-screen weight.
  const scale = Math.min(MAP.width / (vw + 2 * pad), MAP.height / (vh + 2 * pad));
  // A card is an image, which cannot read the page's CSS: its colours are the light scheme's hex.
  const backdrop = { ...contextStyle(), fill: BASE_COLORS.light.context };
  // The selected state drawn last, so its outline is not hidden under its neighbours'.
  const drawOrder = [...map.shapes].sort((a, b) => +(a.id === selected) - +(b.id === selected));
  const shapes = drawOrder.map(({ id, context, d }) => {
    if (context || !isCountryCode(id)) {
      return `<path d="${d}" fill="${backdrop.fill}" stroke="${BASE_COLORS.light.contextBorder}" stroke-width="${(backdrop.weight ?? 1) / scale}"/>`;
    }
    const look: CountryLook = {
      paint: `status-${statuses[id].status}`,
      selected: selected === id,
      highlighted: false,
      uncertain: false,
    };
    const style = countryStyle(look);
    const colors = lookColors(look, 'light');
    // The others keep their full colours, so each still matches its legend swatch (paled, a
    // member would read as "participation halted"); the chosen state stands out by its outline
    // on a halo of paper, and its ring.
    const halo = look.selected
      ? `<path d="${d}" fill="none" stroke="${PAPER}" stroke-width="${9 / scale}" stroke-linejoin="round"/>`
      : '';
    return `${halo}<path d="${d}" fill="${colors.fill}" stroke="${colors.stroke}" stroke-width="${(style.weight ?? 1) / scale}" stroke-linejoin="round"/>`;
  });
  const box = selected ? pathBox(map.shapes.find((s) => s.id === selected)?.d ?? '') : null;
  // A ring finds a small state at thumbnail size; a large one (Russia, Kazakhstan) needs none.
  const small = box !== null && Math.max(box[2], box[3]) < vw * 0.2;
  const ring =
    box && small
      ? `<circle cx="${box[0] + box[2] / 2}" cy="${box[1] + box[3] / 2}" r="${Math.max(box[2], box[3]) / 2 + 14 / scale}" fill="none" stroke="${INK}" stroke-width="${4 / scale}"/>`
      : '';

  const present = STATUSES.filter((s) => COUNTRY_CODES.some((c) => statuses[c].status === s));
  const titleSize = selected ? 64 : 44;
  const titleLines = wrapWords(words.title, Math.floor(TEXT_WIDTH / (0.69 * titleSize))).slice(
    0,
    3,
  );
  const titleY = 120 + titleSize;
  const subSize = selected ? 28 : 23;
  const subY = titleY + (titleLines.length - 1) * titleSize * 1.18 + 22 + subSize;
  const subLines = wrapWords(words.subtitle, Math.floor(TEXT_WIDTH / (0.55 * subSize))).slice(0, 4);
  const legendY = 552 - (present.length - 1) * 26;
  const legend = present
    .map((status, i) => {
      const y = legendY + i * 26;
      return (
        `<rect x="56" y="${y - 16}" width="18" height="18" rx="3" fill="${STATUS_COLORS.light[status]}" stroke="${MUTED}" stroke-width="0.5"/>` +
        `<text x="84" y="${y}" font-size="18" fill="${INK}">${escapeHtml(words.labels[status])}</text>`
      );
    })
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_SIZE.width}" height="${CARD_SIZE.height}" viewBox="0 0 ${CARD_SIZE.width} ${CARD_SIZE.height}" font-family="${CARD_FONT}">`,
    `<rect width="100%" height="100%" fill="${PAPER}"/>`,
    `<svg x="${MAP.x}" y="${MAP.y}" width="${MAP.width}" height="${MAP.height}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet">${shapes.join('')}${ring}</svg>`,
    `<rect x="56" y="48" width="64" height="8" fill="${INK}"/>`,
    `<text x="56" y="96" font-size="26" font-weight="bold" fill="${MUTED}">${escapeHtml(words.kicker)}</text>`,
    textLines(titleLines, 56, titleY, titleSize, `font-weight="bold" fill="${INK}"`),
    textLines(subLines, 56, subY, subSize, `fill="${INK}"`),
    legend,
    `<text x="56" y="588" font-size="16" fill="${MUTED}">${escapeHtml(words.period)}</text>`,
    `<text x="56" y="612" font-size="16" fill="${MUTED}">${escapeHtml(words.source)}</text>`,
    '</svg>',
  ].join('');
}
