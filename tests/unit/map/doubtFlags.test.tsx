import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { CONTESTED_POINTS } from '../../../src/data/contested';
import { EVENTS } from '../../../src/data/events';
import { MATERIAL_DOUBTS } from '../../../src/data/materialDoubts';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { EN } from '../../../src/i18n/en';
import { RU } from '../../../src/i18n/ru';
import type { Locale } from '../../../src/i18n/locale';
import type { Messages } from '../../../src/i18n/messages';
import { LocaleContext } from '../../../src/i18n/useLocale';
import { bakeMap } from '../../../src/map/baked/bakedShapes';
import { BakedMapContext } from '../../../src/map/baked/BakedMapContext';
import type { LabelledMap } from '../../../src/map/labels/labelledMap';
import { loadRegionGeometry } from '../../../src/map/geometry/regionGeometry';
import { flagsDoubtInline } from '../../../src/model/doubt';
import { DEFAULT_OPTIONS } from '../../../src/options/defaults';
import { loadAllParts } from '../../../src/ui/deferredParts';

const maps = new Map<string, LabelledMap>();

beforeAll(async () => {
  await loadAllParts();
  const geometry = await loadRegionGeometry();
  for (const locale of [EN, RU])
    maps.set(
      locale.lang,
      bakeMap(geometry, { name: locale.m.countries, short: locale.m.countryShort }),
    );
});

/** How often the home page, as prerendered, says the sources differ: in its text and its labels. */
function flagsOnHomePage(locale: Locale<Messages>): number {
  const html = renderToString(
    <LocaleContext.Provider value={locale}>
      <BakedMapContext.Provider value={maps.get(locale.lang)!}>
        <App options={DEFAULT_OPTIONS} notices={[]} />
      </BakedMapContext.Provider>
    </LocaleContext.Provider>,
  );
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const flag = locale.m.flagged(locale.m.certainty.contested);
  const texts = [
    doc.body.textContent ?? '',
    ...[...doc.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? ''),
  ];
  return texts.reduce((sum, text) => sum + text.split(flag).length - 1, 0);
}

describe('"(sources differ)" where the difference changes the conclusion', () => {
  it('flags only the material points inline; the others stay contested in the data', () => {
    const contested = [...STATUS_CHANGES, ...EVENTS].filter((f) => f.certainty === 'contested');
    expect(contested.length).toBeGreaterThan(15);
    const flagged = contested.filter(flagsDoubtInline);
    expect(flagged.map((f) => f.contested)).toEqual(flagged.map(() => 'C3'));
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.length).toBeLessThan(contested.length / 3);
    for (const id of MATERIAL_DOUBTS) expect(CONTESTED_POINTS.map((p) => p.id)).toContain(id);
  });

  it.each([
    ['English', EN],
    ['Russian', RU],
  ] as const)('the %s home page says it a handful of times, not two dozen', (_, locale) => {
    const count = flagsOnHomePage(locale);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(6);
  });
});
