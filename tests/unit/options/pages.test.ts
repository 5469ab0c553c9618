import { describe, expect, it } from 'vitest';
import { countryOfPath, countryPath, editionRoot, rootFrom } from '../../../src/options/pages';

describe('pages and their addresses', () => {
  it.each([
    ['/country/ge/', 'GE'],
    ['/some/folder/country/kz/', 'KZ'],
    ['/country/kz/index.html', 'KZ'],
    ['/', null],
    ['/country/xx/', null],
    ['/country/GE/', null],
    ['/country/ge', null],
  ])('%s is the page of %s', (pathname, country) => {
    expect(countryOfPath(pathname)).toBe(country);
  });

  it('finds the site root from any page folder', () => {
    expect(rootFrom('')).toBe('./');
    expect(rootFrom(countryPath('GE'))).toBe('../../');
    expect(
      new URL(`${rootFrom(countryPath('GE'))}og/ge.png`, 'https://h.example/a/country/ge/').href,
    ).toBe('https://h.example/a/og/ge.png');
  });

  it('finds an edition’s root from its home page and from a state’s page', () => {
    expect(editionRoot(null)).toBe('./');
    expect(editionRoot('GE')).toBe('../../');
  });
});
