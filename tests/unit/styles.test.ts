import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

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
