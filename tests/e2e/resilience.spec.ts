import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base } from '@playwright/test';
import type { ConsoleMessage, Frame, Page, Route } from '@playwright/test';
import { EVENTS } from '../../src/data/events';
import { QUOTES } from '../../src/data/quotes';
import { initialSelection } from '../../src/app/selection';
import { toSearch } from '../../src/app/urlState';
import { parseUrlOptions } from '../../src/options/parseUrlOptions';
import type { Notice, UrlOptions } from '../../src/options/types';
import { NOTICE_SENTENCES } from '../../src/ui/noticeSentences';
import { seededRandom } from '../fixtures/random';
import { CODES, expect, openMap, test, waitForMap } from './helpers';

/*
 * Resilience of the built site: the strict CSP holds everywhere, a failed boundaries chunk stays
 * inside the map panel, hostile query strings and postMessages change nothing they should not,
 * the prerendered page reads without JavaScript, and the colour scheme and motion follow the
 * reader (or the URL) outside embeds.
 */

/** What the init script below records in every frame of every page. */
type Recorded = Window &
  typeof globalThis & {
    __csp: { directive: string; blocked: string; sample: string }[];
    __errors: string[];
    __initialSearch: string;
    __xss?: unknown;
  };

/** Runs at document start in every frame: CSP violations, uncaught errors, the URL as first read. */
function recorder() {
  const w = window as Recorded;
  w.__csp = [];
  w.__errors = [];
  w.__initialSearch = location.search;
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      w.__csp.push({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      }),
    true,
  );
  window.addEventListener('error', (event) => w.__errors.push(`error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) =>
    w.__errors.push(`unhandledrejection: ${String(event.reason)}`),
  );
}

/** Lets queued events (securitypolicyviolation is dispatched in a task) arrive. */
async function settle(page: Page | Frame, ms = 150): Promise<void> {
  await page.evaluate(
    (delay) =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() => requestAnimationFrame(() => resolve()), delay),
        ),
      ),
    ms,
  );
}

const cspViolations = (page: Page | Frame) => page.evaluate(() => (window as Recorded).__csp);

const KNOWN_IDS = {
  events: new Map(EVENTS.map((event) => [event.id, event.date])),
  quotes: new Set(QUOTES.map((quote) => quote.id)),
};

// ---------------------------------------------------------------------------------------------
// 1. Content Security Policy
// ---------------------------------------------------------------------------------------------

const CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'";

test.describe('Content Security Policy', () => {
  test('the served HTML has no inline script or handler and carries the strict policy', async ({
    page,
  }) => {
    const response = await page.request.get('./');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-security-policy']).toBe(CSP);
    const html = await response.text();
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(100); // the prerendered page, not an empty shell
    const scripts = tags.filter((tag) => /^<script\b/i.test(tag));
    expect(scripts.length).toBeGreaterThan(0);
    expect(
      scripts.filter((tag) => !/\ssrc\s*=/i.test(tag)),
      'inline <script> without src',
    ).toEqual([]);
    expect(
      tags.filter((tag) => /\son\w+\s*=/i.test(tag)),
      'inline event-handler attributes',
    ).toEqual([]);
    // Blocked by default-src 'self' too (style-src-attr), so they would be violations.
    expect(
      tags.filter((tag) => /\sstyle\s*=/i.test(tag)),
      'inline style attributes',
    ).toEqual([]);
    expect(
      tags.filter((tag) => /javascript:/i.test(tag)),
      'javascript: URLs',
    ).toEqual([]);
  });

  test('default page, deep link, embed dialog and a CSV download cause no violation', async ({
    page,
  }) => {
    await page.addInitScript(recorder);

    await openMap(page);
    await settle(page);
    expect(await cspViolations(page), 'violations on the default page').toEqual([]);

    await openMap(page, '?country=GE&date=2008&mode=meeting');
    await expect(page.getByRole('region', { name: 'Georgia' })).toBeVisible();

    await page.getByRole('button', { name: 'Embed this explainer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this explainer' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('textarea, pre, code').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV of status history of the 15 states' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('cis-statuses.csv');
    expect(await download.failure()).toBeNull();

    await settle(page, 300);
    expect(await cspViolations(page), 'violations on the deep-linked page').toEqual([]);
    expect(await page.evaluate(() => (window as Recorded).__errors)).toEqual([]);
  });
});

// Not the guard: the violation it provokes is also logged as a console error, on purpose.
base('the violation recorder hears violations (so the checks above can fail)', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.addInitScript(recorder);
  await page.goto('./');
  await settle(page);
  expect(await cspViolations(page)).toEqual([]);
  // An inline style attribute and an inline script are both refused under this policy.
  await page.evaluate(() => {
    document.body.setAttribute('style', 'outline: 1px solid red');
    const script = document.createElement('script');
    script.textContent = 'window.__xss = 1';
    document.body.append(script);
  });
  await settle(page);
  const violations = await cspViolations(page);
  expect(violations.map((v) => v.directive).sort()).toEqual(['script-src-elem', 'style-src-attr']);
  expect(await page.evaluate(() => (window as Recorded).__xss)).toBeUndefined();
  expect(consoleErrors).toHaveLength(2);
});

// ---------------------------------------------------------------------------------------------
// 2. Error boundary: the boundaries chunk fails
// ---------------------------------------------------------------------------------------------

/** Console errors a failed boundaries chunk may cause (the browser, React and the boundary). */
const EXPECTED_CHUNK_ERRORS = [
  /Failed to load resource/i,
  /region\.topo/i,
  /CountryDetails/i,
  /dynamically imported module/i,
  /Unexpected end of input/i,
  /could not be shown/i,
  /The above error occurred/i,
  /error boundary/i,
];

const CHUNK_FAILURES = {
  'is aborted': (route: Route) => route.abort('failed'),
  'is not valid JavaScript': (route: Route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'export default {' }),
} as const;

for (const [failure, handle] of Object.entries(CHUNK_FAILURES)) {
  // Not the guard of helpers.ts: this page logs errors on purpose. They are checked here instead.
  base(`when the boundaries chunk ${failure}, only the map panel fails`, async ({ page }) => {
    const pageErrors: string[] = [];
    const dialogs: string[] = [];
    const consoleErrors: string[] = [];
    const httpErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss().catch(() => undefined);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) httpErrors.push(`${response.status()} ${response.url()}`);
    });
    let intercepted = 0;
    await page.route('**/assets/region.topo-*.js', async (route) => {
      intercepted += 1;
      await handle(route);
    });

    await page.goto('./');
    const alert = page.getByRole('alert').filter({ hasText: 'The map could not be shown' });
    await expect(alert).toBeVisible();
    await expect(alert).toHaveText(
      'The map could not be shown. The rest of the page still works; reloading may help.',
    );
    expect(intercepted).toBeGreaterThan(0);
    await expect(page.getByRole('alert')).toHaveCount(1); // no other panel failed
    await expect(page.locator('.leaflet-container, path[data-country]')).toHaveCount(0);
    await expect(page.locator('.map-loading')).toHaveCount(0);

    // The table selects a country.
    await page.getByRole('button', { name: 'Georgia', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Georgia' })).toBeVisible();

    // The date slider moves the day, and the table follows.
    const caption = page.locator('table.country-table caption');
    const slider = page.getByRole('slider', { name: /^Date/ });
    await expect(caption).toHaveText('Status of the 15 post-Soviet states on 22 Dec 2025');
    await slider.focus();
    await slider.press('Home');
    await expect(caption).toHaveText('Status of the 15 post-Soviet states on 8 Dec 1991');
    await expect(slider).toHaveAttribute('aria-valuetext', '8 December 1991');
    await slider.press('End');
    await expect(caption).toHaveText('Status of the 15 post-Soviet states on 22 Dec 2025');

    // The timeline selects an event and moves the day to it.
    const timeline = page.getByRole('region', { name: 'The CIS since 1991' });
    const event = timeline.getByRole('button', { name: /Georgia's withdrawal takes effect/ });
    await event.click();
    await expect(event).toHaveAttribute('aria-pressed', 'true');
    await expect(caption).toHaveText('Status of the 15 post-Soviet states on 18 Aug 2009');

    // The quotes page through.
    const quotes = page.locator('.meeting-section');
    await expect(quotes.locator('blockquote')).toBeVisible();
    await expect(quotes.locator('.quote-count')).toHaveText(`Quote 1 of ${QUOTES.length}`);
    await quotes.getByRole('button', { name: 'Next quote →' }).click();
    await expect(quotes.locator('.quote-count')).toHaveText(`Quote 2 of ${QUOTES.length}`);
    await expect(quotes.locator('blockquote')).toContainText(QUOTES[1]?.text.slice(0, 30) ?? '');

    expect(pageErrors, 'uncaught page errors').toEqual([]);
    expect(dialogs, 'dialogs').toEqual([]);
    expect(httpErrors, 'HTTP errors').toEqual([]);
    const unexpected = consoleErrors.filter(
      (text) => !EXPECTED_CHUNK_ERRORS.some((pattern) => pattern.test(text)),
    );
    expect(unexpected, 'console errors other than the failed chunk').toEqual([]);
  });
}

base('when the details panel cannot load, only the details fail', async ({ page }) => {
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  let intercepted = 0;
  await page.route('**/assets/CountryDetails-*.js', async (route) => {
    intercepted += 1;
    await route.abort('failed');
  });

  await page.goto('./');
  await expect(page.locator('path[data-country]')).toHaveCount(15);
  await page.getByRole('button', { name: 'Georgia', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(
    'The details of this state could not be shown. The rest of the page still works; reloading may help.',
  );
  expect(intercepted).toBeGreaterThan(0);
  // The map, the table and the date still work.
  await expect(page.locator('path[data-country="GE"]')).toHaveAttribute('aria-pressed', 'true');
  const caption = page.locator('table.country-table caption');
  await page.getByRole('slider', { name: /^Date/ }).focus();
  await page.keyboard.press('Home');
  await expect(caption).toHaveText('Status of the 15 post-Soviet states on 8 Dec 1991');
  await expect(page.getByRole('alert')).toHaveCount(1);

  expect(pageErrors, 'uncaught page errors').toEqual([]);
  const unexpected = consoleErrors.filter(
    (text) => !EXPECTED_CHUNK_ERRORS.some((pattern) => pattern.test(text)),
  );
  expect(unexpected, 'console errors other than the failed chunk').toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// 3. URL fuzzing
// ---------------------------------------------------------------------------------------------

const KNOWN_PARAMS = [
  'country',
  'date',
  'event',
  'mode',
  'quote',
  'embed',
  'view',
  'theme',
  'transparent',
  'childId',
] as const;
type KnownParam = (typeof KNOWN_PARAMS)[number];

const e = encodeURIComponent;

/** Valid values of each parameter, already encoded for a query string. */
const VALID: Record<KnownParam, string[]> = {
  country: [...CODES, 'ge', ' ru '].map(e),
  date: ['2008', '2008-08', '1991-12-08', '2025-12-22', '2014-03', '1993'].map(e),
  event: EVENTS.map((event) => event.id).map(e),
  mode: ['status', 'meeting'],
  quote: QUOTES.map((quote) => quote.id).map(e),
  embed: ['1', '0', 'true', 'false', ''],
  view: ['all', 'map', 'timeline', 'quotes'],
  theme: ['auto', 'light', 'dark'],
  transparent: ['1', '0', 'true', 'false', ''],
  childId: ['abc', 'frame_1-2', 'x'.repeat(64)],
};

const XSS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '<svg onload=alert(1)>',
  '<script>window.__xss=1</script>',
  '"><img src=x onerror="window.__xss=1">',
  "'><svg onload=window.__xss=1>",
  'javascript:window.__xss=1',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '{{constructor.constructor("window.__xss=1")()}}',
];
const HOSTILE = [
  ...XSS.map(e),
  // Raw: the browser encodes what it must, the rest reaches location.search as typed.
  '<script>alert(1)</script>',
  '<svg onload=alert(1)>',
  "'><svg/onload=window.__xss=1>",
];
const PROTO = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];
const LONG = [
  'a'.repeat(5000),
  e(XSS[1]?.repeat(200).slice(0, 5000) ?? ''),
  e('2008-'.repeat(1000)),
];
const NON_ASCII = [
  e('Грузия'),
  e('ГЕ'),
  e('🇬🇪'),
  e('👨‍👩‍👧 ok'),
  e('مرحبا'),
  e('\u202Egnp.exe'),
  e('שלום'),
  '%00',
  'GE%00',
  '%ED%A0%80',
  'a%ED%B0%80b',
  e('\uFEFFGE'),
  e('Ｇ Ｅ'),
  'Грузия', // raw: the browser encodes it
];
const MALFORMED = [
  '%E0%A4%A',
  '%',
  '%%',
  '%zz',
  '%C3',
  '%FF%FE',
  'GE%',
  '%2',
  '+',
  '%2B',
  'a+b%20c',
];
const OUT_OF_RANGE_DATES = [
  '1066',
  '9999-12-31',
  '2025-12-23',
  '1991-12-07',
  '0000',
  '2025-13-01',
  '2025-02-30',
  '-2000',
  '%2B2008',
  '2008-8',
  '1991',
  '2026',
];
const UNKNOWN_PARAMS = [
  'foo',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'COUNTRY',
  e('country '),
  e('country[]'),
  e('<script>alert(1)</script>'),
  e('"><img src=x onerror=window.__xss=1>'),
  'utm_source',
  'fbclid',
  'initialWidth',
  'parentUrl',
  'ampshare',
  e('Я'),
  e('🦄'),
  '',
  'p'.repeat(300),
  '%ED%A0%80',
  '%E0%A4%A',
];

const pick = <T>(random: () => number, list: readonly T[]): T => {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
};

/** One query string mixing known and unknown parameters with valid and hostile values. */
function fuzzQuery(random: () => number): string {
  const pairs: [string, string][] = [];
  let long = false;
  const count = 1 + Math.floor(random() * 6);
  for (let i = 0; i < count; i += 1) {
    const repeat = pairs.length > 0 && random() < 0.15;
    const known = random() < 0.75;
    const name = repeat
      ? (pairs[pairs.length - 1]?.[0] ?? 'country')
      : known
        ? pick(random, KNOWN_PARAMS)
        : pick(random, UNKNOWN_PARAMS);
    const validFor = (KNOWN_PARAMS as readonly string[]).includes(name)
      ? VALID[name as KnownParam]
      : VALID.country;
    const roll = random();
    let value: string;
    if (roll < 0.3) value = pick(random, validFor);
    else if (roll < 0.52) value = pick(random, HOSTILE);
    else if (roll < 0.6) value = pick(random, PROTO);
    else if (roll < 0.65 && !long) {
      value = pick(random, LONG);
      long = true;
    } else if (roll < 0.76) value = pick(random, NON_ASCII);
    else if (roll < 0.84) value = pick(random, MALFORMED);
    else if (roll < 0.92) value = pick(random, OUT_OF_RANGE_DATES);
    else value = pick(random, VALID[pick(random, KNOWN_PARAMS)]);
    pairs.push([name, value]);
  }
  return `?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}`;
}

/** Hand-picked first (every payload in every known parameter, and each odd value once), then random. */
function fuzzQueries(total: number): string[] {
  const queries: string[] = [];
  for (const param of KNOWN_PARAMS) {
    queries.push(`?${param}=${HOSTILE.slice(0, 4).join(`&${param}=`)}`);
    queries.push(`?${param}=${HOSTILE.slice(4, 10).join(`&${param}=`)}`);
    queries.push(
      `?${param}=${PROTO.join(`&${param}=`)}&${param}=${pick(seededRandom(1), VALID[param])}`,
    );
    queries.push(`?${param}=${NON_ASCII.join(`&${param}=`)}`);
    queries.push(`?${param}=${MALFORMED.join(`&${param}=`)}`);
    queries.push(`?${param}=${LONG[0]}&x=1`);
  }
  queries.push(`?date=${OUT_OF_RANGE_DATES.join('&date=')}`);
  queries.push(`?${UNKNOWN_PARAMS.map((name) => `${name}=1`).join('&')}`);
  queries.push(`?${UNKNOWN_PARAMS.map((name) => `${name}=${e(XSS[5] ?? '')}`).join('&')}`);
  queries.push('?country=GE&country=RU&country=XX&date=2008&date=1066&mode=meeting&mode=x');
  queries.push('?event=belovezha-accords&date=2025-12-23&quote=__proto__');
  queries.push('?embed=1&view=map&theme=dark&transparent=1&childId=%3Cscript%3E');
  queries.push('?__proto__[polluted]=1&constructor[prototype][polluted]=1&__proto__.polluted=1');
  const random = seededRandom(0xc15);
  while (queries.length < total) queries.push(fuzzQuery(random));
  for (const query of queries) {
    // Node's header limit (16 KB) would answer 431 to longer request lines.
    if (query.length > 12_000) throw new Error(`fuzz query too long: ${query.length}`);
  }
  return queries;
}

const FUZZ_QUERIES = fuzzQueries(300);
const FUZZ_BATCH = 15;

/** What a fuzzed page shows, read in one round trip. */
interface FuzzState {
  initialSearch: string;
  search: string;
  headings: number;
  /** public/pending.js hides a non-default page until the app has drawn it. */
  pending: boolean;
  payloadElements: string[];
  xss: unknown;
  polluted: unknown;
  notices: { param: string; value: string; text: string }[];
  theme: string | null;
  embed: string | null;
  hasMap: boolean;
  hasTimeline: boolean;
  hasQuotes: boolean;
  details: string[];
  csp: Recorded['__csp'];
  errors: string[];
}

function readFuzzState(): FuzzState {
  const w = window as Recorded;
  const payloadSelectors = [
    'img[src="x"]',
    'body script:not([src])',
    'svg[onload]',
    '[onload]',
    '[onerror]',
    'a[href^="javascript:" i]',
    'iframe',
    'object',
    'embed',
    'body script[src]:not([src*="/assets/"])',
  ];
  const root = document.documentElement;
  return {
    initialSearch: w.__initialSearch,
    search: location.search,
    headings: document.querySelectorAll('h1, h2').length,
    pending: root.classList.contains('pending'),
    payloadElements: payloadSelectors.filter((selector) => document.querySelector(selector)),
    xss: w.__xss,
    polluted: ({} as Record<string, unknown>)['polluted'],
    notices: [...document.querySelectorAll('[role="status"] .notice li')].map((li) => ({
      param: li.querySelector('code')?.textContent ?? '<no code>',
      value: li.querySelector('.notice-value')?.textContent ?? '<no value>',
      text: li.textContent ?? '',
    })),
    theme: root.getAttribute('data-theme'),
    embed: root.getAttribute('data-embed'),
    hasMap: document.getElementById('map-title') !== null,
    hasTimeline: document.getElementById('timeline-title') !== null,
    hasQuotes: document.getElementById('meeting-title') !== null,
    details: [...document.querySelectorAll('.details h3')].map((h) => h.id),
    csp: w.__csp,
    errors: w.__errors,
  };
}

/** True once React has committed its own <main> (hydrated or freshly rendered). */
function mounted(expectedSearch: string): boolean {
  const main = document.querySelector('main');
  const reactOwned = main !== null && Object.keys(main).some((key) => key.startsWith('__react'));
  return reactOwned && location.search === expectedSearch;
}

test.describe('URL fuzzing', () => {
  test.describe.configure({ mode: 'parallel' });

  test('the corpus covers every parameter and every kind of value', () => {
    expect(new Set(FUZZ_QUERIES).size).toBeGreaterThanOrEqual(300);
    const parsed = FUZZ_QUERIES.map((query) => {
      const search = new URL(query, 'http://localhost/').search;
      return { query, ...parseUrlOptions(search, KNOWN_IDS) };
    });
    for (const param of KNOWN_PARAMS) {
      const named = parsed.filter((p) => new URLSearchParams(p.query).has(param));
      expect(named.length, param).toBeGreaterThan(20);
      expect(named.some((p) => p.notices.some((n) => n.param === param), param)).toBe(true);
    }
    const counts = parsed.map((p) => p.notices.length);
    expect(counts.filter((n) => n === 0).length, 'queries fully accepted').toBeGreaterThan(10);
    expect(counts.filter((n) => n >= 3).length, 'queries with 3+ notices').toBeGreaterThan(30);
    const all = FUZZ_QUERIES.join('&');
    for (const needle of [...XSS.map(e), '%00', '%ED%A0%80', '%E0%A4%A', '__proto__', '1066']) {
      expect(all, needle).toContain(needle);
    }
    expect(parsed.some((p) => p.notices.some((n) => n.value.endsWith('…')))).toBe(true);
    expect(FUZZ_QUERIES.some((q) => /(^|&|\?)(\w+)=[^&]*&(.*&)?\2=/.test(q))).toBe(true);
  });

  for (let start = 0; start < FUZZ_QUERIES.length; start += FUZZ_BATCH) {
    const batch = FUZZ_QUERIES.slice(start, start + FUZZ_BATCH);
    test(`query strings ${start + 1}–${start + batch.length} are parsed safely`, async ({
      page,
      baseURL,
    }) => {
      await page.addInitScript(recorder);
      const pageErrors: string[] = [];
      const dialogs: string[] = [];
      const consoleErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('dialog', (dialog) => dialogs.push(dialog.message()));
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });

      for (const query of batch) {
        const where = `for ${query.length > 300 ? `${query.slice(0, 300)}…` : query}`;
        pageErrors.length = dialogs.length = consoleErrors.length = 0;
        // The app's own parser, in Node, on the search the browser gives the app (checked below).
        const url = new URL(`./${query}`, page.url() === 'about:blank' ? baseURL : page.url());
        const { options, notices } = parseUrlOptions(url.search, KNOWN_IDS);
        const expectedSearch = toSearch(initialSelection(options), options);
        const response = await page.goto(url.href, { waitUntil: 'commit' });
        expect(response?.status(), `HTTP status ${where}`).toBe(200);
        await page.waitForFunction(mounted, expectedSearch, { timeout: 5_000 }).catch(() => {
          throw new Error(
            `The app did not mount or did not normalise the address to "${expectedSearch}" ${where} ` +
              `(address now ${page.url()})`,
          );
        });
        const state = await page.evaluate(readFuzzState);
        expect(state.initialSearch, `the search the app read ${where}`).toBe(url.search);

        expect(pageErrors, `page errors ${where}`).toEqual([]);
        expect(dialogs, `dialogs ${where}`).toEqual([]);
        expect(consoleErrors, `console errors ${where}`).toEqual([]);
        expect(state.errors, `uncaught errors ${where}`).toEqual([]);
        expect(state.csp, `CSP violations ${where}`).toEqual([]);
        expect(state.headings, `headings ${where}`).toBeGreaterThan(0);
        expect(state.pending, `the page is still hidden ${where}`).toBe(false);
        expect(state.payloadElements, `injected elements ${where}`).toEqual([]);
        expect(state.xss, `window.__xss ${where}`).toBeUndefined();
        expect(state.polluted, `Object.prototype pollution ${where}`).toBeUndefined();

        // Every rejected value is named, in order, with its shortened value, as text.
        expect(
          state.notices.map((n) => ({ param: n.param, value: n.value })),
          `notices ${where}`,
        ).toEqual(notices.map((n: Notice) => ({ param: n.param, value: n.value })));
        state.notices.forEach((shown, index) => {
          const notice = notices[index];
          const sentence = notice
            ? NOTICE_SENTENCES[notice.reason]
                .replace('{param}', () => notice.param)
                .replace('{value}', () => notice.value)
            : '';
          expect(shown.text, `notice ${index + 1} ${where}`).toBe(sentence);
        });

        // The accepted options took effect, the rejected ones fell back to defaults.
        expectOptions(state, options, where);
      }
    });
  }
});

function expectOptions(state: FuzzState, options: UrlOptions, where: string): void {
  expect(state.theme, `data-theme ${where}`).toBe(options.theme === 'auto' ? null : options.theme);
  expect(state.embed, `data-embed ${where}`).toBe(options.embed ? 'true' : null);
  const shows = (part: string) => options.view === 'all' || options.view === part;
  expect(
    { map: state.hasMap, timeline: state.hasTimeline, quotes: state.hasQuotes },
    `panels ${where}`,
  ).toEqual({ map: shows('map'), timeline: shows('timeline'), quotes: shows('quotes') });
  expect(state.details, `details panel ${where}`).toEqual(
    options.country && shows('map') ? [`details-${options.country}`] : [],
  );
}

// ---------------------------------------------------------------------------------------------
// 4. Hostile postMessage
// ---------------------------------------------------------------------------------------------

/**
 * Posts a barrage of hostile messages with targetOrigin '*' to this window (frameId null) or to
 * the window of the iframe with that id. Returns how many the browser refused to clone.
 */
function sendBarrage(frameId: string | null): { sent: number; refused: number } {
  const target =
    frameId === null
      ? window
      : (document.getElementById(frameId) as HTMLIFrameElement | null)?.contentWindow;
  if (!target) throw new Error(`no window to post to (${String(frameId)})`);
  const throwingGetter = Object.defineProperty({ type: 'cis-explainer:height' }, 'height', {
    enumerable: true,
    get() {
      throw new Error('getter says no');
    },
  });
  let nested: unknown[] = [];
  for (let depth = 0; depth < 2000; depth += 1) nested = [nested];
  const height = (value: unknown) => ({ type: 'cis-explainer:height', height: value });
  const messages: unknown[] = [
    'hello',
    '',
    'x'.repeat(1_000_000),
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '<img src=x onerror="window.__xss=1">',
    'javascript:alert(1)',
    'pymxPYMxabcxPYMxnavigateToxPYMxjavascript:alert(1)',
    'pymxPYMxabcxPYMxnavigateToxPYMxjavascript:window.__xss=1',
    'pymxPYMxabcxPYMxnavigateToxPYMxhttp://127.0.0.1:9/elsewhere',
    'pymxPYMxabcxPYMxheightxPYMx99999',
    'pymxPYMxabcxPYMxscrollToChildPosxPYMx99999',
    'pymxPYMxabcxPYMxviewport-iframe-positionxPYMx0 0 0 0',
    JSON.stringify(height(99999)),
    height(99999),
    height(-1),
    height(Number.NaN),
    height('99999'),
    { ...height(99999), id: 'abc' },
    { sentinel: 'amp', type: 'embed-size', height: 99999 },
    { type: 'navigate', url: 'javascript:alert(1)' },
    { type: 'navigate', url: 'javascript:window.__xss=1' },
    { type: 'cis-explainer:navigate', url: 'javascript:alert(1)' },
    { type: 'cis-explainer:select', country: 'RU' },
    { type: 'cis-explainer:theme', theme: 'dark' },
    { html: '<img src=x onerror="window.__xss=1">' },
    JSON.parse('{"__proto__":{"polluted":true}}'),
    JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
    JSON.parse('{"type":"cis-explainer:height","__proto__":{"height":99999,"polluted":true}}'),
    null,
    undefined,
    0,
    -1,
    Number.NaN,
    Infinity,
    -Infinity,
    1e308,
    BigInt(2) ** BigInt(64),
    true,
    [],
    new Array(100_000).fill('x'),
    new Float64Array(1_000_000),
    nested,
    { length: 1e9 },
    new Date(0),
    /x/g,
    new Map([['polluted', true]]),
    new Set([1]),
    new Error('boom'),
    new Blob(['x']),
    // Not cloneable: the browser throws on the sender's side.
    throwingGetter,
    () => 1,
    Symbol('s'),
    { toString: () => 'x' },
    new Proxy({}, {}),
    window,
  ];
  let sent = 0;
  let refused = 0;
  for (const message of messages) {
    try {
      target.postMessage(message, '*');
      sent += 1;
    } catch {
      refused += 1;
    }
  }
  return { sent, refused };
}

/** What must be unchanged in the app's window after the barrage. */
async function appIntegrity(frame: Page | Frame) {
  return frame.evaluate(() => ({
    polluted: ({} as Record<string, unknown>)['polluted'],
    prototypePolluted: Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'),
    xss: (window as Recorded).__xss,
    errors: (window as Recorded).__errors,
    csp: (window as Recorded).__csp,
    search: location.search,
    theme: document.documentElement.getAttribute('data-theme'),
  }));
}

test('hostile messages posted by the page itself change nothing', async ({ page }) => {
  await page.addInitScript(recorder);
  await openMap(page, '?country=KZ');
  await settle(page);
  const url = page.url();
  const before = await appIntegrity(page);

  const { sent, refused } = await page.evaluate(sendBarrage, null);
  expect(sent).toBeGreaterThan(40);
  expect(refused).toBeGreaterThanOrEqual(5);
  await settle(page, 500);

  expect(page.url()).toBe(url);
  const after = await appIntegrity(page);
  expect(after).toEqual(before);
  expect(after.polluted).toBeUndefined();
  expect(after.prototypePolluted).toBe(false);
  expect(after.xss).toBeUndefined();
  expect(after.errors).toEqual([]);
  await expect(page.getByRole('region', { name: 'Kazakhstan' })).toBeVisible();
  await page.getByRole('button', { name: 'Georgia', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Georgia' })).toBeVisible();
  await waitForMap(page);
});

base.describe('hostile messages from a cross-origin host', () => {
  let server: http.Server;
  let host = '';
  let app = '';

  base.beforeAll(async () => {
    app = new URL(base.info().project.use.baseURL ?? 'http://localhost:4173/').origin;
    server = http.createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      if (path !== '/host') {
        response.writeHead(404, { 'Content-Type': 'text/plain' });
        response.end('Not found');
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hostile host</title><link rel="icon" href="data:,"></head>
<body><h1>A hostile host</h1>
<iframe id="app" data-cis-explainer loading="eager" src="${app}/?embed=1&amp;childId=abc" title="CIS explainer"></iframe>
<script src="${app}/embed.js"></script>
</body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect(new URL(host).origin).not.toBe(app);
  });

  base.afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  base('the app in a cross-origin frame ignores them and still works', async ({ page }) => {
    const pageErrors: string[] = [];
    const dialogs: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.addInitScript(recorder);

    await page.goto(`${host}/host`);
    const frame = await (await page.locator('#app').elementHandle())?.contentFrame();
    if (!frame) throw new Error('no app frame');
    expect(new URL(frame.url()).origin).toBe(app);
    const inFrame = page.frameLocator('#app');
    await expect(inFrame.locator('path[data-country][aria-label]')).toHaveCount(15);
    await settle(frame);
    const appUrl = frame.url();
    const hostUrl = page.url();
    const before = await appIntegrity(frame);

    // Into the app's frame, and (to test embed.js) into the host's own window.
    const intoApp = await page.evaluate(sendBarrage, 'app');
    const intoHost = await page.evaluate(sendBarrage, null);
    for (const result of [intoApp, intoHost]) {
      expect(result.sent).toBeGreaterThan(40);
      expect(result.refused).toBeGreaterThanOrEqual(5);
    }
    await settle(frame, 500);
    await settle(page, 100);

    expect(frame.url(), 'the app frame did not navigate').toBe(appUrl);
    expect(page.url(), 'the host did not navigate').toBe(hostUrl);
    const after = await appIntegrity(frame);
    expect(after).toEqual(before);
    expect(after.polluted).toBeUndefined();
    expect(after.prototypePolluted).toBe(false);
    expect(after.xss).toBeUndefined();
    expect(after.errors).toEqual([]);
    expect(after.csp).toEqual([]);
    // embed.js took no forged height: only the app's own (a real page height) sets the frame's.
    const frameHeight = await page
      .locator('#app')
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(frameHeight).toBeLessThan(20_000);
    expect(frameHeight).not.toBe(99_999);

    // The app still responds.
    await inFrame.getByRole('button', { name: 'Georgia', exact: true }).click();
    await expect(inFrame.getByRole('region', { name: 'Georgia' })).toBeVisible();

    expect(pageErrors, 'uncaught page errors').toEqual([]);
    expect(dialogs, 'dialogs').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. No JavaScript
// ---------------------------------------------------------------------------------------------

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the prerendered page reads complete, and says what needs JavaScript', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'The Commonwealth of Independent States',
    );
    const table = page.getByRole('table', { name: /Status of the 15 post-Soviet states/ });
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(15);
    await expect(table.getByRole('button', { name: 'Georgia', exact: true })).toBeVisible();

    const events = page.locator('.event-list > li');
    expect(await events.count()).toBe(EVENTS.length);
    await expect(events.first()).toBeVisible();
    await expect(events.locator('time[datetime]')).toHaveCount(EVENTS.length);
    await expect(events.first().locator('time')).toBeVisible();

    await expect(page.locator('blockquote').first()).toBeVisible();
    await expect(page.locator('blockquote').first()).toContainText(
      QUOTES[0]?.text.slice(0, 30) ?? '',
    );

    const sources = page.getByRole('region', { name: 'Sources' });
    await expect(sources).toBeVisible();
    expect(await sources.getByRole('listitem').count()).toBeGreaterThan(5);
    await expect(sources.getByRole('listitem').first()).toBeVisible();

    const note = page.locator('.noscript-note');
    await expect(note).toBeVisible();
    await expect(note).toContainText('need JavaScript');

    await expect(page.locator('.map-loading')).toHaveCount(1);
    await expect(page.locator('.map-loading')).toBeHidden();
    await expect(page.getByRole('slider')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Embed this explainer' })).toBeHidden();
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Colour scheme and motion outside embeds
// ---------------------------------------------------------------------------------------------

/** Relative luminance (WCAG) of the body's background. */
async function bodyLuminance(page: Page): Promise<number> {
  const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const parts = color.match(/[\d.]+/g)?.map(Number) ?? [];
  const [r, g, b, alpha = 1] = parts;
  if (r === undefined || g === undefined || b === undefined || alpha < 1) {
    throw new Error(`the body has no opaque background: ${color}`);
  }
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

test.describe('colour scheme', () => {
  const cases = [
    { system: 'dark', search: '', dark: true },
    { system: 'light', search: '', dark: false },
    { system: 'light', search: '?theme=dark', dark: true },
    { system: 'dark', search: '?theme=light', dark: false },
    { system: 'dark', search: '?theme=dark', dark: true },
    { system: 'light', search: '?theme=light', dark: false },
  ] as const;
  for (const { system, search, dark } of cases) {
    test(`system ${system}, ${search || 'no theme'}: the page is ${dark ? 'dark' : 'light'}`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: system });
      await openMap(page, search);
      const luminance = await bodyLuminance(page);
      if (dark) expect(luminance).toBeLessThan(0.2);
      else expect(luminance).toBeGreaterThan(0.8);
      const colorScheme = await page.evaluate(
        () => getComputedStyle(document.documentElement).colorScheme,
      );
      expect(colorScheme).toBe(dark ? 'dark' : 'light');
    });
  }

  test('auto follows a change of the system scheme live; a forced theme does not', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openMap(page);
    expect(await bodyLuminance(page)).toBeGreaterThan(0.8);
    const lightFill = await page.locator('path[data-country="KZ"]').getAttribute('fill');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => bodyLuminance(page)).toBeLessThan(0.2);
    // The map's palette follows too (useScheme).
    await expect(page.locator('path[data-country="KZ"]')).not.toHaveAttribute(
      'fill',
      lightFill ?? '',
    );

    await openMap(page, '?theme=light');
    expect(await bodyLuminance(page)).toBeGreaterThan(0.8);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await settle(page);
    expect(await bodyLuminance(page)).toBeGreaterThan(0.8);
  });
});

/** Clicks Leaflet's zoom-in and reads the transition of the zooming layer while it animates. */
async function zoomTransition(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const pane = document.querySelector('.leaflet-map-pane');
        const zoomIn = document.querySelector<HTMLElement>('.leaflet-control-zoom-in');
        if (!pane || !zoomIn) {
          resolve('no map pane or zoom control');
          return;
        }
        const observer = new MutationObserver(() => {
          if (!pane.classList.contains('leaflet-zoom-anim')) return;
          observer.disconnect();
          const layer = pane.querySelector('.leaflet-zoom-animated');
          resolve(layer ? getComputedStyle(layer).transitionDuration : 'no animated layer');
        });
        observer.observe(pane, { attributes: true, attributeFilter: ['class'] });
        zoomIn.click();
        setTimeout(() => resolve('no zoom animation started'), 3000);
      }),
  );
}

test.describe('motion', () => {
  test('with reduced motion, nothing animates or transitions', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openMap(page);
    expect(await zoomTransition(page)).toBe('0s');
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => {
          const style = getComputedStyle(el);
          const durations = `${style.transitionDuration},${style.animationDuration}`;
          return style.animationName !== 'none' || /[1-9]/.test(durations);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
    );
    expect(moving).toEqual([]);
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
    ).toBe('auto');
  });

  test('without that preference, the map zoom animates (the check above can fail)', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openMap(page);
    expect(await zoomTransition(page)).toBe('0.25s');
  });
});
