import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../../src/options/defaults';
import { parseUrlOptions } from '../../../src/options/parseUrlOptions';
import { toQueryString } from '../../../src/options/toQueryString';
import {
  drawsAsPrerendered,
  isUrlParam,
  outsideFrame,
  PRESENTATION_PARAMS,
  URL_PARAMS,
} from '../../../src/options/urlParams';
import { KNOWN_IDS, PARAM_SAMPLES } from '../../fixtures/urlParamSamples';

const parseOne = (name: keyof typeof PARAM_SAMPLES) =>
  parseUrlOptions(`?${name}=${PARAM_SAMPLES[name]}`, KNOWN_IDS);

describe('URL_PARAMS', () => {
  it('sets every option through some parameter', () => {
    const set = URL_PARAMS.flatMap((param) =>
      'drawnAs' in param ? [param.name, param.drawnAs] : [param.name],
    );
    expect([...new Set(set)].sort()).toEqual(Object.keys(DEFAULT_OPTIONS).sort());
  });

  it('names each parameter once', () => {
    const names = URL_PARAMS.map((param) => param.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('knows its own names, case-sensitively, and nothing else', () => {
    expect(URL_PARAMS.every((param) => isUrlParam(param.name))).toBe(true);
    expect(['Country', 'utm_source', '__proto__', 'toString', ''].some(isUrlParam)).toBe(false);
  });

  it('has the embed code set afresh exactly the presentation parameters', () => {
    expect(PRESENTATION_PARAMS).toEqual(['embed', 'view', 'theme', 'transparent', 'childId']);
  });
});

describe('drawsAsPrerendered', () => {
  it('holds for the defaults', () => {
    expect(drawsAsPrerendered(DEFAULT_OPTIONS)).toBe(true);
  });

  it.each(URL_PARAMS.map((param) => [param.name, param.prerendered] as const))(
    'for ?%s=… (prerendered page %s) holds unless the page is redrawn',
    (name, prerendered) => {
      const { options, notices } = parseOne(name);
      expect(notices).toEqual([]);
      expect(drawsAsPrerendered(options)).toBe(prerendered !== 'redrawn');
    },
  );

  it('holds for a date naming the default day at a coarser precision', () => {
    const { options } = parseUrlOptions('?date=2025', KNOWN_IDS);
    expect(options.date).toBe('2025');
    expect(drawsAsPrerendered(options)).toBe(true);
  });
});

describe('outsideFrame', () => {
  it('resets what only makes sense in a frame, keeping the selection and the theme', () => {
    const { options } = parseUrlOptions(
      '?country=GE&mode=meeting&embed=1&view=map&theme=dark&transparent=1&childId=f',
      KNOWN_IDS,
    );
    expect(outsideFrame(options)).toEqual({
      ...DEFAULT_OPTIONS,
      country: 'GE',
      mode: 'meeting',
      theme: 'dark',
    });
  });
});

describe('toQueryString', () => {
  it('is empty for the defaults', () => {
    expect(toQueryString(DEFAULT_OPTIONS)).toBe('');
  });

  it.each(URL_PARAMS.map((param) => param.name))(
    'writes back ?%s= as it was read, and reads back the same options',
    (name) => {
      const { options } = parseOne(name);
      const search = toQueryString(options);
      expect(search).toBe(`?${name}=${PARAM_SAMPLES[name]}`);
      expect(parseUrlOptions(search, KNOWN_IDS)).toEqual({ options, notices: [] });
    },
  );

  it('writes every parameter in the order of the table', () => {
    const all = URL_PARAMS.map(({ name }) => `${name}=${PARAM_SAMPLES[name]}`).reverse();
    const { options } = parseUrlOptions(`?${all.join('&')}`, KNOWN_IDS);
    const written = [...new URLSearchParams(toQueryString(options)).keys()];
    expect(written).toEqual(URL_PARAMS.map((param) => param.name));
  });
});
