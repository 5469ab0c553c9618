import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE, PAGE_FONT, wrapText } from '../../../src/image/imageText';
import { textWidth } from '../../../src/map/labels/labelPlacement';

const CSS = readFileSync(resolve('src/styles.css'), 'utf8');

/** The value of `property` in the first rule whose selector is exactly `selector`. */
function valueOf(selector: string, property: string): string {
  const start = CSS.indexOf(`\n${selector} {`);
  const body = CSS.slice(CSS.indexOf('{', start) + 1, CSS.indexOf('}', start));
  const match = new RegExp(`(?:^|;)\\s*${property}:([^;]*)`).exec(body);
  if (!match) throw new Error(`no ${property} in ${selector}`);
  return match[1]!.replace(/\s+/g, ' ').trim();
}

describe('the image’s page colours and font', () => {
  it('are the light page’s (styles.css)', () => {
    expect(PAGE).toEqual({
      paper: valueOf(':root', '--bg'),
      ink: valueOf(':root', '--fg'),
      muted: valueOf(':root', '--muted'),
      panel: valueOf(':root', '--panel'),
    });
  });

  it('name the page’s font stack, with its fallbacks', () => {
    expect(`16px/1.5 ${PAGE_FONT}`).toBe(valueOf('body', 'font'));
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width, keeping a no-break space', () => {
    const title = 'Кто в СНГ на 8 августа 2008\u00a0г.';
    expect(wrapText(title, 1, 20)).toEqual([
      'Кто',
      'в',
      'СНГ',
      'на',
      '8',
      'августа',
      '2008\u00a0г.',
    ]);
    expect(wrapText(title, textWidth(title, 20), 20)).toEqual([title]);
    const lines = wrapText(title, textWidth('Кто в СНГ на', 20), 20);
    expect(lines[0]).toBe('Кто в СНГ на');
    for (const line of lines)
      expect(textWidth(line, 20)).toBeLessThanOrEqual(textWidth('Кто в СНГ на', 20));
  });

  it('keeps a word longer than the width (an address) whole on its own line', () => {
    expect(wrapText('see https://example.org/cis/?country=GE;', 50, 15)).toEqual([
      'see',
      'https://example.org/cis/?country=GE;',
    ]);
  });
});
