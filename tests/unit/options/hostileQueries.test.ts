import { describe, expect, it } from 'vitest';
import { initialSelection } from '../../../src/app/selection';
import { toSearch } from '../../../src/app/urlState';
import { parseUrlOptions } from '../../../src/options/parseUrlOptions';
import { e, hostileQueries, hostileSample, KNOWN_PARAMS, XSS } from '../../fixtures/hostileQueries';
import { KNOWN_IDS } from '../../fixtures/urlParamSamples';

/** What the browser gives the app for a query string as typed (it encodes what it must). */
const parseAsBrowsed = (query: string) => {
  const search = new URL(query, 'http://localhost/').search;
  return { query, search, ...parseUrlOptions(search, KNOWN_IDS) };
};

const QUERIES = hostileQueries(300);
const SAMPLE = hostileSample();

describe('the hostile query strings', () => {
  it('cover every parameter and every kind of value', () => {
    expect(new Set(QUERIES).size).toBeGreaterThanOrEqual(300);
    const parsed = QUERIES.map(parseAsBrowsed);
    for (const param of KNOWN_PARAMS) {
      const named = parsed.filter((p) => new URLSearchParams(p.query).has(param));
      expect(named.length, param).toBeGreaterThan(20);
      expect(named.some((p) => p.notices.some((n) => n.param === param), param)).toBe(true);
    }
    const counts = parsed.map((p) => p.notices.length);
    expect(counts.filter((n) => n === 0).length, 'queries fully accepted').toBeGreaterThan(10);
    expect(counts.filter((n) => n >= 3).length, 'queries with 3+ notices').toBeGreaterThan(30);
    const all = QUERIES.join('&');
    for (const needle of [...XSS.map(e), '%00', '%ED%A0%80', '%E0%A4%A', '__proto__', '1066']) {
      expect(all, needle).toContain(needle);
    }
    expect(parsed.some((p) => p.notices.some((n) => n.value.endsWith('…')))).toBe(true);
    expect(QUERIES.some((q) => /(^|&|\?)(\w+)=[^&]*&(.*&)?\2=/.test(q))).toBe(true);
  });

  it('sample, for the browser, about 30, each parameter rejected in it with every payload', () => {
    expect(SAMPLE.length).toBeGreaterThanOrEqual(25);
    expect(SAMPLE.length).toBeLessThanOrEqual(35);
    expect(new Set(SAMPLE).size).toBe(SAMPLE.length);
    const parsed = SAMPLE.map(parseAsBrowsed);
    for (const param of KNOWN_PARAMS) {
      expect(
        parsed.some((p) => p.notices.some((n) => n.param === param)),
        param,
      ).toBe(true);
      for (const payload of XSS.map(e)) {
        expect(
          SAMPLE.some((q) => q.includes(`${param}=${payload}`)),
          `${param}=${payload}`,
        ).toBe(true);
      }
    }
  });

  it.each(QUERIES.map((query, index) => [index + 1, query] as const))(
    'query %i leaves an address that reads back to the same options, without notices',
    (_, query) => {
      const { options } = parseAsBrowsed(query);
      const address = toSearch(initialSelection(options), options);
      expect(parseUrlOptions(address, KNOWN_IDS)).toEqual({ options, notices: [] });
    },
  );
});
