import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../../src/data/types';
import { App } from '../../../src/app/App';
import { DEFAULT_OPTIONS } from '../../../src/options/defaults';
import type { UrlOptions } from '../../../src/options/types';
import { LocaleContext } from '../../../src/i18n/useLocale';
import { loadAllParts } from '../../../src/ui/deferredParts';
import { bakeMap } from '../../../src/map/baked/bakedShapes';
import { BakedMapContext } from '../../../src/map/baked/BakedMapContext';
import type { LabelledMap } from '../../../src/map/labels/labelledMap';
import { loadRegionGeometry } from '../../../src/map/geometry/regionGeometry';
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

/**
 * The page as the build prerenders it (src/entry-server.tsx): every part loaded and the map
 * drawn in from the boundaries, its labels placed for the (marked) words they show.
 */
let baked: LabelledMap;

beforeAll(async () => {
  await loadAllParts();
  baked = bakeMap(await loadRegionGeometry(), {
    name: PSEUDO.m.countries,
    short: PSEUDO.m.countryShort,
  });
});

function pageWith(options: Partial<UrlOptions>): Document {
  const html = renderToString(
    <LocaleContext.Provider value={PSEUDO}>
      <BakedMapContext.Provider value={baked}>
        <App options={{ ...DEFAULT_OPTIONS, ...options }} notices={[]} />
      </BakedMapContext.Provider>
    </LocaleContext.Provider>,
  );
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const element of doc.querySelectorAll(NOT_WORDS.join(','))) element.remove();
  return doc;
}

describe('every reader-visible word comes from the catalogue', () => {
  it('renders the drawn-in map, its shapes named and its labels drawn', () => {
    const doc = pageWith({});
    const map = doc.querySelector('svg.baked-map');
    expect(map?.querySelectorAll('path[data-shape]:not([data-context])').length).toBe(15);
    // Each state is named in each label set, on its shape or on its inset tile.
    for (const set of ['wide', 'narrow']) {
      const named = [...(map?.querySelectorAll(`.map-labels-${set} text`) ?? [])].map(
        (text) => text.getAttribute('data-label') ?? text.getAttribute('data-tile-label'),
      );
      expect(named.sort(), set).toEqual([...COUNTRY_CODES].sort());
    }
  });

  it.each([
    ['the full page', {}],
    ['the page in meeting mode with a state selected', { mode: 'meeting', country: 'AZ' }],
    ['an embed', { embed: true }],
  ] as const)('%s has no unmarked text', (_, options) => {
    const doc = pageWith(options);
    const stray = unmarked(doc.body.textContent ?? '')
      .split(/\s+/)
      .filter((word) => WORD.test(word));
    expect(stray).toEqual([]);
  });

  it('has no unmarked accessible names, titles or value texts', () => {
    const doc = pageWith({ country: 'GE' });
    const stray = LABELS.flatMap((name) =>
      [...doc.querySelectorAll(`[${name}]`)]
        .map((element) => element.getAttribute(name) ?? '')
        .filter((value) => WORD.test(unmarked(value))),
    );
    expect(stray).toEqual([]);
  });
});
