import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENTS } from '../../../src/data/events';
import { QUOTES } from '../../../src/data/quotes';
import { DEFAULT_OPTIONS, parseUrlOptions } from '../../../src/embed/urlOptions';
import type { UrlOptions } from '../../../src/embed/urlOptions';

/*
 * public/pending.js is a classic script that runs before the first paint, so it cannot import the
 * URL parser and keeps its own list of parameters. These tests hold the two lists together.
 */

// Vitest runs from the project's root.
const SCRIPT = readFileSync(resolve('public/pending.js'), 'utf8');
const known = {
  events: new Map(EVENTS.map((event) => [event.id, event.date])),
  quotes: new Set(QUOTES.map((quote) => quote.id)),
};

/** Runs pending.js for `search`; true if it hid the prerendered page. */
function hides(search: string): boolean {
  const classes = new Set<string>();
  const document = { documentElement: { classList: { add: (name: string) => classes.add(name) } } };
  new Function('location', 'document', SCRIPT)({ search }, document);
  return classes.has('pending');
}

/** A valid, non-default value for each option a reader can set in the address. */
const SAMPLES: Partial<Record<keyof UrlOptions, string>> = {
  country: 'KZ',
  date: '2009-08-18',
  event: EVENTS[0]?.id,
  mode: 'meeting',
  quote: QUOTES[1]?.id,
  embed: '1',
  view: 'map',
  theme: 'dark',
  transparent: '1',
  childId: 'frame-1',
};
/** Options that change nothing the prerendered page shows, and the one no parameter sets. */
const NOT_DRAWN = new Set<keyof UrlOptions>(['childId', 'day']);

describe('public/pending.js', () => {
  const keys = Object.keys(DEFAULT_OPTIONS) as (keyof UrlOptions)[];

  it.each(keys.filter((key) => !NOT_DRAWN.has(key)))(
    'hides the prerendered page while ?%s= draws another state',
    (key) => {
      const value = SAMPLES[key];
      expect(value, `a sample value for the new option "${key}"`).toBeDefined();
      const { options, notices } = parseUrlOptions(`?${key}=${value}`, known);
      expect(notices).toEqual([]);
      expect(options[key]).not.toEqual(DEFAULT_OPTIONS[key]);
      expect(hides(`?${key}=${value}`)).toBe(true);
      expect(hides(`?utm_source=x&${key}=${value}`)).toBe(true);
    },
  );

  it.each(['', '?childId=frame-1', '?utm_source=news', '?fbclid=abc', '?countryside=1'])(
    'leaves the prerendered page alone for %j',
    (search) => {
      expect(hides(search)).toBe(false);
    },
  );
});
