import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../../../src/data/types';
import type { CountryCode } from '../../../../src/data/types';
import { EN } from '../../../../src/i18n/en';
import { LocaleContext } from '../../../../src/i18n/useLocale';
import { BakedMap } from '../../../../src/map/baked/BakedMap';
import { bakeMap, readBakedMap } from '../../../../src/map/baked/bakedShapes';
import type { CountryLook } from '../../../../src/map/colour/countryStyle';
import { loadRegionGeometry } from '../../../../src/map/geometry/regionGeometry';
import type { LabelledMap } from '../../../../src/map/labels/labelledMap';

const LOOKS = Object.fromEntries(
  COUNTRY_CODES.map((code) => [
    code,
    { paint: 'status-member', selected: false, highlighted: false, uncertain: false },
  ]),
) as Record<CountryCode, CountryLook>;

let built: LabelledMap;

/** The map as the build's prerender makes it (src/entry-server.tsx): real boundaries and words. */
beforeAll(async () => {
  built = bakeMap(await loadRegionGeometry(), {
    name: EN.m.countries,
    short: EN.m.countryShort,
  });
});

describe('the drawn-in map as a file format', () => {
  it('reads back from its HTML exactly the map it was drawn from', () => {
    document.body.innerHTML = renderToString(
      <LocaleContext.Provider value={EN}>
        <BakedMap map={built} looks={LOOKS} names={EN.m.countries} onSelect={() => {}} />
      </LocaleContext.Provider>,
    );
    const read = readBakedMap(document);
    expect(read).toEqual(built);
    // Not trivially: the map has context shapes, labels in both sets, and leaders.
    expect(built.shapes.some((shape) => shape.context)).toBe(true);
    expect(built.labels.wide.length).toBeGreaterThan(0);
    expect(built.labels.narrow.length).toBeGreaterThan(0);
    expect([...built.labels.wide, ...built.labels.narrow].some((label) => label.leader)).toBe(true);
  });

  it('reads nothing from a page without the drawn-in map', () => {
    document.body.innerHTML = '<main><svg></svg></main>';
    expect(readBakedMap(document)).toBeNull();
  });
});
