import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../../src/data/types';
import { RU } from '../../../src/i18n/ru';
import { countryHeadline } from '../../../src/site/pageHead';

/**
 * The Russian edition names the states one way, the way it declares in its footer: as the CIS's
 * documents and the states themselves do (Беларусь, Кыргызстан, Молдова, Туркменистан, «в
 * Украине»). The other forms, in any case, must not creep back into the catalogue.
 */
const OTHER_FORMS = /белорусси|киргизи|молдави|туркмени[яиюе]|на украин/i;

/** Every string a catalogue holds, however deep. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(strings)
      : [];

describe('the Russian naming convention', () => {
  it('names the states as declared', () => {
    expect([RU.m.countries.BY, RU.m.countries.KG, RU.m.countries.MD, RU.m.countries.TM]).toEqual([
      'Беларусь',
      'Кыргызстан',
      'Молдова',
      'Туркменистан',
    ]);
    expect(RU.m.footer.names).toMatch(/Беларусь, Кыргызстан, Молдова, Туркменистан/);
    expect(RU.m.footer.names).toMatch(/«в Украине»/);
  });

  it('uses no other form in any string of the catalogue or any headline', () => {
    const texts = [...strings(RU.m), ...COUNTRY_CODES.map((code) => countryHeadline(RU, code))];
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((text) => OTHER_FORMS.test(text))).toEqual([]);
  });

  it('uses no other form anywhere in the Russian catalogue’s source, templates included', () => {
    const folder = resolve('src/i18n/ru');
    const offending = readdirSync(folder).flatMap((file) =>
      readFileSync(resolve(folder, file), 'utf8')
        .split('\n')
        .filter((line) => OTHER_FORMS.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(offending).toEqual([]);
  });
});
