import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { DEFAULT_OPTIONS } from '../../../src/options/defaults';
import type { UrlOptions } from '../../../src/options/types';
import { LocaleContext } from '../../../src/i18n/useLocale';
import { loadAllParts } from '../../../src/ui/Deferred';
import { PSEUDO, unmarked } from './pseudoLocale';

/**
 * Data, not words: source names and ids (citations), addresses, and the quotes' own words, which
 * are verbatim records in the language they were reported in (reported speech too); and the
 * languages' own names in the switch between editions, each marked with its `lang`.
 */
const NOT_WORDS = [
  '.source-links',
  '.source-list',
  'blockquote',
  '.quote-reported',
  'code',
  '.notice-value',
  '.language-switch a[lang]',
];
const LABELS = ['aria-label', 'aria-valuetext', 'title', 'alt', 'placeholder'];
/** A word: two Latin letters in a row. */
const WORD = /[A-Za-z]{2,}/;

async function pageWith(options: Partial<UrlOptions>): Promise<Document> {
  await loadAllParts();
  const html = renderToString(
    <LocaleContext.Provider value={PSEUDO}>
      <App options={{ ...DEFAULT_OPTIONS, ...options }} notices={[]} />
    </LocaleContext.Provider>,
  );
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const element of doc.querySelectorAll(NOT_WORDS.join(','))) element.remove();
  return doc;
}

describe('every reader-visible word comes from the catalogue', () => {
  it.each([
    ['the full page', {}],
    ['the page in meeting mode with a state selected', { mode: 'meeting', country: 'AZ' }],
    ['an embed', { embed: true }],
  ] as const)('%s has no unmarked text', async (_, options) => {
    const doc = await pageWith(options);
    const stray = unmarked(doc.body.textContent ?? '')
      .split(/\s+/)
      .filter((word) => WORD.test(word));
    expect(stray).toEqual([]);
  });

  it('has no unmarked accessible names, titles or value texts', async () => {
    const doc = await pageWith({ country: 'GE' });
    const stray = LABELS.flatMap((name) =>
      [...doc.querySelectorAll(`[${name}]`)]
        .map((element) => element.getAttribute(name) ?? '')
        .filter((value) => WORD.test(unmarked(value))),
    );
    expect(stray).toEqual([]);
  });
});
