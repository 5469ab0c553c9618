import { describe, expect, it } from 'vitest';
import {
  HOME,
  countryOfPath,
  countryPath,
  editionRoot,
  embedOfPath,
  onPage,
  pageOfPath,
  pagePath,
  prerenderedOptions,
  STATE_VIEWS,
  rootFrom,
} from '../../../src/options/pages';
import { DEFAULT_OPTIONS } from '../../../src/options/defaults';
import { parseUrlOptions } from '../../../src/options/parseUrlOptions';
import { drawsAsPrerendered } from '../../../src/options/urlParams';
import { VIEWS } from '../../../src/options/types';
import { KNOWN_IDS } from '../../fixtures/urlParamSamples';

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

  it.each([
    ['/embed/', 'all', null],
    ['/cis/ru/embed/index.html', 'all', null],
    ['/embed/map/', 'map', null],
    ['/a/embed/quotes/index.html', 'quotes', null],
    ['/embed/ge/', 'all', 'GE'],
    ['/ru/embed/map/kz/', 'map', 'KZ'],
    ['/embed/history/am/index.html', 'history', 'AM'],
    ['/embed/all/', null, null],
    ['/embed/bogus/', null, null],
    ['/embed', null, null],
    ['/embed/map/xx/', null, null],
    ['/embed/map/GE/', null, null],
    ['/embed/quotes/ge/', null, null],
    ['/', null, null],
  ])('%s is the embed page of %s, state %s', (pathname, view, country) => {
    expect(embedOfPath(pathname)).toEqual(view === null ? null : { embed: view, country });
  });

  it('reads back every page folder it writes, in any folder of a host', () => {
    const kinds = [HOME, { country: 'GE' as const, embed: null }];
    for (const embed of VIEWS) kinds.push({ country: null, embed } as never);
    for (const embed of STATE_VIEWS) kinds.push({ country: 'TM', embed } as never);
    for (const kind of kinds) expect(pageOfPath(`/cis/ru/${pagePath(kind)}`)).toEqual(kind);
  });

  it('finds the site root from any page folder', () => {
    expect(rootFrom('')).toBe('./');
    expect(rootFrom(countryPath('GE'))).toBe('../../');
    expect(
      new URL(`${rootFrom(countryPath('GE'))}og/ge.png`, 'https://h.example/a/country/ge/').href,
    ).toBe('https://h.example/a/og/ge.png');
  });

  it('finds an edition’s root from its home page, a state’s page and an embed’s', () => {
    expect(editionRoot(HOME)).toBe('./');
    expect(editionRoot({ country: 'GE', embed: null })).toBe('../../');
    expect(editionRoot({ country: null, embed: 'all' })).toBe('../');
    expect(editionRoot({ country: null, embed: 'map' })).toBe('../../');
    expect(editionRoot({ country: 'GE', embed: 'all' })).toBe('../../');
    expect(editionRoot({ country: 'GE', embed: 'map' })).toBe('../../../');
  });

  it('writes a state into the folder of the views that show one only', () => {
    expect(pagePath({ country: 'GE', embed: 'map' })).toBe('embed/map/ge/');
    expect(pagePath({ country: 'GE', embed: 'all' })).toBe('embed/ge/');
    expect(pagePath({ country: 'GE', embed: 'quotes' })).toBe('embed/quotes/');
  });
});

describe('what a prerendered page shows', () => {
  it('is the defaults on the home page, with the state or the embed view of its folder', () => {
    expect(prerenderedOptions(HOME)).toEqual(DEFAULT_OPTIONS);
    expect(prerenderedOptions({ country: 'KZ', embed: null })).toEqual({
      ...DEFAULT_OPTIONS,
      country: 'KZ',
    });
    expect(prerenderedOptions({ country: null, embed: 'quotes' })).toEqual({
      ...DEFAULT_OPTIONS,
      embed: true,
      view: 'quotes',
      theme: 'light',
    });
    expect(prerenderedOptions({ country: 'GE', embed: 'map' })).toMatchObject({
      country: 'GE',
      embed: true,
      view: 'map',
    });
  });

  /** The options the browser reads for `search` on the page at `pathname`. */
  const read = (pathname: string, search: string) =>
    onPage(parseUrlOptions(search, KNOWN_IDS).options, search, pageOfPath(pathname));

  it('hydrates each page at its own address, whatever its folder says', () => {
    for (const pathname of [
      '/',
      '/country/ge/',
      '/embed/',
      '/embed/map/',
      '/ru/embed/history/',
      '/embed/map/ge/',
      '/ru/embed/kz/',
    ]) {
      const page = prerenderedOptions(pageOfPath(pathname));
      expect(read(pathname, ''), pathname).toEqual(page);
      expect(drawsAsPrerendered(read(pathname, ''), page), pathname).toBe(true);
      expect(drawsAsPrerendered(read(pathname, '?date=2000'), page), pathname).toBe(false);
    }
  });

  it('lets the query overrule the folder', () => {
    expect(read('/country/ge/', '?country=am').country).toBe('AM');
    expect(read('/embed/map/', '?view=quotes')).toMatchObject({ embed: true, view: 'quotes' });
    expect(read('/embed/map/', '?country=kz')).toMatchObject({ view: 'map', country: 'KZ' });
    expect(read('/', '?embed=1&view=map')).toMatchObject({ embed: true, view: 'map' });
    expect(read('/embed/map/ge/', '?country=am').country).toBe('AM');
  });

  it('shows an embed light unless its address names a scheme', () => {
    expect(read('/embed/map/', '').theme).toBe('light');
    expect(read('/embed/map/ge/', '?theme=auto').theme).toBe('auto');
    expect(read('/embed/', '?theme=dark').theme).toBe('dark');
    expect(read('/', '').theme).toBe('auto');
    expect(read('/country/ge/', '').theme).toBe('auto');
  });
});
