import { readFileSync } from 'node:fs';
import type { ConsoleMessage } from '@playwright/test';
import { movedBy, parseRedirectsFile } from '../../scripts/serve.mjs';
import { initialSelection } from '../../src/app/selection';
import { toSearch } from '../../src/app/urlState';
import { parseUrlOptions } from '../../src/options/parseUrlOptions';
import { onPage, pageOfPath, pagePath } from '../../src/options/pages';
import type { Notice, UrlOptions } from '../../src/options/types';
import { EN_NOTICES } from '../../src/i18n/en/notices';
import { hostileSample } from '../fixtures/hostileQueries';
import { KNOWN_IDS } from '../fixtures/urlParamSamples';
import { runPendingScript } from '../fixtures/runPendingScript';
import { expect, test } from './helpers';
import { recorder } from './recorder';
import type { Recorded } from './recorder';

/*
 * Hostile query strings in the real page: about 30 hand-picked ones (the parser itself takes
 * hundreds more in tests/unit/options). Each loads without an error, a CSP violation, an injected
 * element or a polluted prototype; names every rejected value as text; and shows what the parser
 * in Node says it should.
 */

const SAMPLE = hostileSample();
const BATCH = 6;

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

/** The moves of the build's `_redirects`, which the suite's server applies (scripts/serve.mjs). */
const MOVES = parseRedirectsFile(readFileSync('dist/_redirects', 'utf8'));

/**
 * Where an address lands before the app reads it: an embed address of before is moved by the
 * server to its view's page, the query whole; one the server leaves (a view it does not know) is
 * sent on by public/pending.js from the edition's home page, or stays.
 */
function landing(asked: URL): URL {
  const moved = movedBy(MOVES, asked.pathname, asked.search);
  if (moved) return new URL(moved.location, asked);
  const target = runPendingScript(asked.search, 'embed/').replaced;
  return target ? new URL(target, asked) : asked;
}

/** True once the app has committed (hydrated or freshly rendered, src/mount.tsx) at the address. */
function mounted({ path, search }: { path: string; search: string }): boolean {
  const ready = document.documentElement.dataset['app'] === 'ready';
  return ready && location.pathname.endsWith(`/${path}`) && location.search === search;
}

test.describe('URL fuzzing', () => {
  test.describe.configure({ mode: 'parallel' });

  for (let start = 0; start < SAMPLE.length; start += BATCH) {
    const batch = SAMPLE.slice(start, start + BATCH);
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
        // The app's own parser, in Node, on the search the browser gives the app (checked below):
        // an embed address of before first goes on to its view's page.
        const asked = new URL(`./${query}`, baseURL);
        const url = landing(asked);
        const kind = pageOfPath(url.pathname);
        const parsed = parseUrlOptions(url.search, KNOWN_IDS);
        const notices = parsed.notices;
        const options = onPage(parsed.options, url.search, kind);
        // The full page moves a selected state to its own page; an embed keeps it in the query,
        // and an embed's page leaves out what its folder says.
        const selection = initialSelection(options);
        const statePage = !options.embed && selection.country !== null;
        const shown =
          kind.embed !== null && options.embed
            ? { ...options, embed: false, view: options.view === kind.embed ? 'all' : options.view }
            : options;
        const expected = {
          path: statePage ? `country/${selection.country!.toLowerCase()}/` : pagePath(kind),
          search: toSearch(
            statePage ? { ...selection, country: null } : selection,
            shown as UrlOptions,
          ),
        };
        const expectedSearch = `${expected.path}${expected.search}`;
        const response = await page.goto(asked.href, { waitUntil: 'commit' });
        expect(response?.status(), `HTTP status ${where}`).toBe(200);
        await page.waitForFunction(mounted, expected, { timeout: 5_000 }).catch(() => {
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
            ? EN_NOTICES.reasons[notice.reason]
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
