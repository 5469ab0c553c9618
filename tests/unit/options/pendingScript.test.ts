import { describe, expect, it } from 'vitest';
import { parseUrlOptions } from '../../../src/options/parseUrlOptions';
import { DEFAULT_OPTIONS } from '../../../src/options/defaults';
import { PENDING_PARAMS, RESTYLED_PARAMS, URL_PARAMS } from '../../../src/options/urlParams';
import { restyledAttributes } from '../../../src/options/restyledAttributes';
import { EMBED_THEME, embedPath, onPage, prerenderedOptions } from '../../../src/options/pages';
import type { View } from '../../../src/options/types';
import { VIEWS } from '../../../src/options/types';
import { KNOWN_IDS, PARAM_SAMPLES } from '../../fixtures/urlParamSamples';
import { PENDING_SCRIPT, runPendingScript } from '../../fixtures/runPendingScript';

/*
 * public/pending.js is a classic script that runs before the first paint, so it cannot import
 * URL_PARAMS and keeps its own list of parameters. These tests hold it to the table.
 */

/** True if pending.js hid the prerendered page (on a page without embeds' pages). */
function hides(search: string): boolean {
  return runPendingScript(search).hidden;
}

describe('public/pending.js', () => {
  it('lists exactly the parameters of URL_PARAMS that draw another page', () => {
    const listed = /\(([\w|]+)\)=\//.exec(PENDING_SCRIPT)?.[1]?.split('|') ?? [];
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
      const redrawn = prerendered === 'redrawn';
      expect(hides(`?${name}=${value}`)).toBe(redrawn);
      expect(hides(`?utm_source=x&${name}=${value}`)).toBe(redrawn);
    },
  );

  it('applies itself exactly the parameters of URL_PARAMS that only restyle the page', () => {
    const listed = /var restyled = \{([^}]*)\}/.exec(PENDING_SCRIPT)?.[1]?.match(/\w+(?=:)/g);
    expect([...(listed ?? [])].sort()).toEqual([...RESTYLED_PARAMS].sort());
  });

  // Every value the app takes or refuses, once and twice: before the first paint the page wears
  // the attributes the app will set, or, for a value the app refuses, stays hidden for its notice.
  const RESTYLED_VALUES = ['', 'auto', 'light', 'dark', 'Dark', '1', 'true', '0', 'false', 'no'];
  it.each(
    RESTYLED_PARAMS.flatMap((name) =>
      RESTYLED_VALUES.flatMap((value) => [`?${name}=${value}`, `?${name}=${value}&${name}=dark`]),
    ),
  )('for %s wears what the app will wear, or waits for its notice', (search) => {
    const { options, notices } = parseUrlOptions(search, KNOWN_IDS);
    const { hidden, attributes } = runPendingScript(search);
    if (notices.length > 0) {
      expect(hidden).toBe(true);
    } else {
      expect(hidden).toBe(false);
      expect(attributes).toEqual(restyledAttributes(options));
    }
  });

  // An embed's page is written light (<html data-theme="light">): its address may choose otherwise.
  it.each(
    RESTYLED_VALUES.flatMap((value) => [`?theme=${value}`, `?theme=dark&theme=${value}`]).concat(
      '',
    ),
  )('on an embed’s page for %j wears what the app will wear, or waits', (search) => {
    const { options, notices } = parseUrlOptions(search, KNOWN_IDS);
    const onEmbed = onPage(options, search, { country: null, embed: 'map' });
    const { hidden, attributes } = runPendingScript(search, null, '', {
      'data-theme': EMBED_THEME,
    });
    if (notices.length > 0) {
      expect(hidden).toBe(true);
    } else {
      expect(hidden).toBe(false);
      expect(attributes).toEqual(restyledAttributes(onEmbed));
    }
  });

  it.each(['', '?utm_source=news', '?fbclid=abc', '?countryside=1', '?xcountry=GE'])(
    'leaves the prerendered page alone for %j',
    (search) => {
      expect(hides(search)).toBe(false);
    },
  );
});

describe('public/pending.js on an edition’s home page, for an embed address of before', () => {
  it('lists exactly the views of VIEWS', () => {
    const listed = /var views = \[([^\]]*)\]/.exec(PENDING_SCRIPT)?.[1]?.match(/[a-z]+/g);
    expect(listed).toEqual([...VIEWS]);
  });

  it.each(VIEWS)('sends ?embed=1&view=%s to that view’s own page, hidden meanwhile', (view) => {
    const { hidden, replaced } = runPendingScript(`?embed=1&view=${view}`, 'embed/');
    expect(replaced).toBe(embedPath(view));
    expect(hidden).toBe(true);
  });

  it('stops loading the home page before it leaves (a stop after would cancel the leaving)', () => {
    expect(runPendingScript('?embed=1&view=map', 'embed/').calls).toEqual(['stop', 'replace']);
  });

  it('keeps the rest of the query and the fragment', () => {
    expect(
      runPendingScript('?country=KZ&embed=1&view=map&date=2008&childId=c1', 'embed/', '#x')
        .replaced,
    ).toBe('embed/map/?country=KZ&date=2008&childId=c1#x');
    expect(runPendingScript('?embed=1', 'embed/').replaced).toBe('embed/');
  });

  it.each([
    ['?embed=1&view=bogus', 'embed/'],
    ['?embed=1&view=map&view=quotes', 'embed/'],
    ['?embed=0&view=map', 'embed/'],
    ['?embed=yes', 'embed/'],
    ['?embed=1&embed=1', 'embed/'],
    ['?view=map', 'embed/'],
    ['?embed=1&view=map', null],
  ])('stays for %s (data-embeds %j): the app reads it, with its notice', (search, embeds) => {
    const { hidden, replaced, calls } = runPendingScript(search, embeds);
    expect(replaced).toBeNull();
    expect(calls).toEqual([]);
    expect(hidden).toBe(true);
  });
});

describe('public/pending.js on an embed’s page of no state, for a state in its query', () => {
  const STATES = { 'data-states': 'am ge kz' };

  it('sends ?country=GE to the state’s own embed page, the rest of the query and the fragment kept', () => {
    const run = runPendingScript('?country=GE&date=2008&theme=dark', null, '#x', STATES);
    expect(run.replaced).toBe('ge/?date=2008&theme=dark#x');
    expect(run.calls).toEqual(['stop', 'replace']);
    expect(run.hidden).toBe(true);
    expect(runPendingScript('?country=kz', null, '', STATES).replaced).toBe('kz/');
  });

  it.each([
    ['?country=UA', STATES],
    ['?country=XX', STATES],
    ['?country=GE&country=KZ', STATES],
    ['?country=G', STATES],
    ['?country=GE', {}],
  ])('stays for %s (%j): the app reads it, with its notice', (search, written) => {
    const { hidden, replaced, calls } = runPendingScript(search, null, '', written);
    expect(replaced).toBeNull();
    expect(calls).toEqual([]);
    expect(hidden).toBe(true);
  });
});

describe('public/pending.js on an embed’s page, for an old address a host moved there whole', () => {
  const written = (view: View) => ({ 'data-view': view, 'data-theme': EMBED_THEME });

  it.each([
    ['?embed=1&view=map', 'map'],
    ['?view=map&embed=1&utm_source=x', 'map'],
    ['?embed=1&view=quotes', 'quotes'],
    ['?embed=1', 'all'],
    ['?embed=1&view=all', 'all'],
  ] as const)('%s on the %s page paints from its HTML, as the app hydrates it', (search, view) => {
    const run = runPendingScript(search, null, '', written(view));
    expect(run.hidden).toBe(false);
    expect(run.replaced).toBeNull();
    // The app agrees: what the address asks for there is what the page's HTML shows.
    const kind = { country: null, embed: view };
    const { options, notices } = parseUrlOptions(search, KNOWN_IDS);
    expect(notices).toEqual([]);
    expect(onPage(options, search, kind)).toEqual(prerenderedOptions(kind));
  });

  it.each([
    ['?embed=1&view=quotes', 'map'],
    ['?embed=1&view=map&view=map', 'map'],
    ['?embed=0&view=map', 'map'],
    ['?embed=1&date=2008', 'map'],
    ['?embed=1&view=globe', 'all'],
  ] as const)('%s on the %s page waits for the app, which draws it', (search, view) => {
    const run = runPendingScript(search, null, '', written(view));
    expect(run.hidden).toBe(true);
    expect(run.replaced).toBeNull();
  });

  it('goes on to the state’s page for a state in the query, without what says nothing new', () => {
    const run = runPendingScript('?embed=1&view=map&country=GE&theme=dark', null, '#x', {
      ...written('map'),
      'data-states': 'am ge kz',
    });
    expect(run.replaced).toBe('ge/?theme=dark#x');
  });
});
