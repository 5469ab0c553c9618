import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUrlOptions } from '../../../src/options/parseUrlOptions';
import { DEFAULT_OPTIONS } from '../../../src/options/defaults';
import { PENDING_PARAMS, URL_PARAMS } from '../../../src/options/urlParams';
import { KNOWN_IDS, PARAM_SAMPLES } from '../../fixtures/urlParamSamples';

/*
 * public/pending.js is a classic script that runs before the first paint, so it cannot import
 * URL_PARAMS and keeps its own list of parameters. These tests hold it to the table.
 */

// Vitest runs from the project's root.
const SCRIPT = readFileSync(resolve('public/pending.js'), 'utf8');

/** Runs pending.js for `search`; true if it hid the prerendered page. */
function hides(search: string): boolean {
  const classes = new Set<string>();
  const document = { documentElement: { classList: { add: (name: string) => classes.add(name) } } };
  new Function('location', 'document', SCRIPT)({ search }, document);
  return classes.has('pending');
}

describe('public/pending.js', () => {
  it('lists exactly the parameters of URL_PARAMS that change the first paint', () => {
    const listed = /\(([\w|]+)\)=/.exec(SCRIPT)?.[1]?.split('|') ?? [];
    const expected = `/[?&](${PENDING_PARAMS.join('|')})=/`;
    expect([...listed].sort(), `public/pending.js should test ${expected}`).toEqual(
      [...PENDING_PARAMS].sort(),
    );
  });

  it.each(URL_PARAMS.map((param) => [param.name, param.prerendered] as const))(
    'for ?%s= (prerendered page %s) hides the page exactly when it changes',
    (name, prerendered) => {
      const value = PARAM_SAMPLES[name];
      const { options, notices } = parseUrlOptions(`?${name}=${value}`, KNOWN_IDS);
      expect(notices).toEqual([]);
      expect(options).not.toEqual(DEFAULT_OPTIONS);
      const changes = prerendered !== 'unchanged';
      expect(hides(`?${name}=${value}`)).toBe(changes);
      expect(hides(`?utm_source=x&${name}=${value}`)).toBe(changes);
    },
  );

  it.each(['', '?utm_source=news', '?fbclid=abc', '?countryside=1', '?xcountry=GE'])(
    'leaves the prerendered page alone for %j',
    (search) => {
      expect(hides(search)).toBe(false);
    },
  );
});
