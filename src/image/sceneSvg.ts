import { escapeHtml } from '../ui/escapeHtml';
import type { Mark, Scene } from './scene';

/** A number as the SVG writes it: at most two decimals, so the same scene gives the same bytes. */
const n = (value: number) => String(Math.round(value * 100) / 100);

const dash = (values?: readonly number[]) =>
  values?.length ? ` stroke-dasharray="${values.map(n).join(' ')}"` : '';

const stroke = (color: string | undefined, width: number | undefined) =>
  color ? ` stroke="${color}" stroke-width="${n(width ?? 1)}"` : '';

function markSvg(mark: Mark, clips: { count: number; defs: string[] }): string {
  switch (mark.kind) {
    case 'rect':
      return `<rect x="${n(mark.x)}" y="${n(mark.y)}" width="${n(mark.width)}" height="${n(mark.height)}"${mark.radius ? ` rx="${n(mark.radius)}"` : ''} fill="${mark.fill}"${stroke(mark.stroke, mark.strokeWidth)}${dash(mark.dash)}/>`;
    case 'path':
      return `<path d="${mark.d}" fill="${mark.fill}"${stroke(mark.stroke, mark.strokeWidth)}${dash(mark.dash)} stroke-linejoin="round"/>`;
    case 'circle':
      return `<circle cx="${n(mark.cx)}" cy="${n(mark.cy)}" r="${n(mark.r)}" fill="${mark.fill ?? 'none'}"${stroke(mark.stroke, mark.strokeWidth)}/>`;
    case 'line':
      return `<line x1="${n(mark.x1)}" y1="${n(mark.y1)}" x2="${n(mark.x2)}" y2="${n(mark.y2)}"${stroke(mark.stroke, mark.strokeWidth)}/>`;
    case 'text': {
      const at = `x="${n(mark.x)}" y="${n(mark.y)}" font-size="${n(mark.size)}" font-weight="${mark.weight}"${mark.anchor === 'start' ? '' : ` text-anchor="${mark.anchor}"`}`;
      const text = escapeHtml(mark.text);
      // The halo is a text of its own beneath, not paint-order: Illustrator ignores paint-order.
      const halo = mark.halo
        ? `<text ${at} fill="${mark.halo.color}" stroke="${mark.halo.color}" stroke-width="${n(mark.halo.width)}" stroke-linejoin="round">${text}</text>`
        : '';
      return `${halo}<text ${at} fill="${mark.fill}">${text}</text>`;
    }
    case 'group': {
      clips.count += 1;
      const id = `clip-${clips.count}`;
      const [x, y, width, height] = mark.clip;
      clips.defs.push(
        `<clipPath id="${id}"><rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}"/></clipPath>`,
      );
      const inner = mark.marks.map((m) => markSvg(m, clips)).join('');
      // The scale at six decimals: two would move the map's far edge by a pixel.
      return `<g clip-path="url(#${id})"><g transform="translate(${n(mark.dx)} ${n(mark.dy)}) scale(${Math.round(mark.scale * 1e6) / 1e6})">${inner}</g></g>`;
    }
  }
}

/**
 * The scene as a standalone SVG document: no script, no style sheet, no reference outside itself
 * (the clip paths are its own), fonts named with fallbacks, every colour written out, so it opens
 * the same in a browser, Inkscape or Illustrator. Pure and deterministic: the same scene, the same
 * bytes.
 */
export function sceneSvg(scene: Scene): string {
  const clips = { count: 0, defs: [] as string[] };
  const body = scene.marks.map((mark) => markSvg(mark, clips)).join('\n');
  const defs = clips.defs.length ? `<defs>${clips.defs.join('')}</defs>\n` : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(scene.width)}" height="${n(scene.height)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}" xml:lang="${escapeHtml(scene.lang)}" font-family="${escapeHtml(scene.font)}">`,
    `<title>${escapeHtml(scene.title)}</title>`,
    `${defs}<rect width="${n(scene.width)}" height="${n(scene.height)}" fill="${scene.background}"/>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}
