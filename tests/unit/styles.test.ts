import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABEL_TIERS } from '../../src/history/historySegments';
import { CONTROLS_BAND, fitPadding } from '../../src/map/labels/labelFrame';
import { LABEL_SET_BREAK } from '../../src/map/labels/labelPlacement';

// Vitest runs from the project's root.
const CSS = readFileSync(resolve('src/styles.css'), 'utf8');

/** The declarations of the first rule whose selector is exactly `selector`, in order. */
function declarations(selector: string): string[] {
  const start = CSS.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule for ${selector}`);
  const body = CSS.slice(CSS.indexOf('{', start) + 1, CSS.indexOf('}', start));
  return body
    .split(';')
    .map((declaration) => declaration.trim())
    .filter((declaration) => declaration !== '');
}
const names = (list: string[]) => list.map((declaration) => declaration.split(':')[0]);

describe('styles.css colour schemes', () => {
  const light = declarations(':root');
  const forced = declarations(":root[data-theme='dark']");
  const system = declarations(":root:not([data-theme='light'])");

  it('writes the same dark palette for ?theme=dark and for a dark system', () => {
    expect(system).toEqual(forced);
  });

  it('gives every colour of the light palette a dark value', () => {
    expect(names(forced)).toEqual(names(light));
    expect(forced).toContain('color-scheme: dark');
  });
});

/*
 * Numbers the stylesheet and the code share: written in both, held together here, so a change to
 * one side fails until the other follows.
 */
describe('styles.css and the code agree', () => {
  it('switches the map’s label sets at LABEL_SET_BREAK', () => {
    expect(CSS).toContain(
      `@container (max-width: ${LABEL_SET_BREAK - 0.02}px) {\n  .map-labels-wide`,
    );
  });

  it('shows each tier of the chart’s labels at its LABEL_TIERS width plus the names’ column', () => {
    const column = /--hc-label: (\d+(?:\.\d+)?)rem;/.exec(CSS)?.[1];
    expect(column).toBeDefined();
    const names = Number(column) * 16;
    LABEL_TIERS.slice(1).forEach((axis, i) => {
      expect(CSS).toContain(
        `@container (min-width: ${axis + names}px) {\n  .hc-label.t${i + 1} {\n    display: inline;`,
      );
    });
    // The narrowest tier shows at any width: it has no query.
    expect(CSS).not.toContain('.hc-label.t0');
  });

  it('pads the drawn-in map as FitRegion pads the Leaflet map', () => {
    expect(declarations('.baked-map')).toContain('padding: min(16px, 5%)');
    for (const width of [200, 320, 375, 1280])
      expect(fitPadding(width)).toBe(Math.min(16, width * 0.05));
  });

  it('keeps the labels below the band of map controls', () => {
    const control = declarations('.map-whole');
    const top = Number(/top: (\d+)px/.exec(control.join(';'))?.[1]);
    const height = Number(/min-height: (\d+)px/.exec(control.join(';'))?.[1]);
    expect(top + height).toBeLessThan(CONTROLS_BAND);
  });
});
