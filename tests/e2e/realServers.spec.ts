import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { parseHeadersFile } from '../../scripts/serve.mjs';
import { findProgram, startApache, startCaddy, startNginx } from './realServers';
import type { RealServer, ServerName } from './realServers';

/*
 * The configurations the build writes, on real servers: Debian's nginx-light, caddy and apache2
 * (the `.htaccess`), started on a loopback port with the generated file as it is. They must send
 * the build's policy exactly, the cache rules and gzip, move old embed addresses to their pages,
 * and the pages must run under them: no policy violation, styled, no layout shift. Without a server installed here the tests say so and skip; in CI (.ci/run
 * installs them) they never skip. And a build for hosts that send no headers (GitHub Pages,
 * CSP_META=1) carries the policy in each page, served by nginx without a header.
 */

const test = base;
const CI = Boolean(process.env['CI']);
const DIST = 'dist';
const META_DIST = 'dist-meta';

type HeaderRules = { pattern: RegExp; headers: [string, string][] }[];

/** The header the build wrote into a folder's `_headers` for a path, or undefined. */
function builtHeader(dist: string, path: string, name: string): string | undefined {
  const rules = parseHeadersFile(readFileSync(`${dist}/_headers`, 'utf8')) as HeaderRules;
  let value: string | undefined;
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [header, text] of rule.headers) if (header === name) value = text;
  }
  return value;
}

/** Debian's package of each server. */
const PACKAGE = { nginx: 'nginx-light', caddy: 'caddy', apache2: 'apache2' } as const;

const START = { nginx: startNginx, caddy: startCaddy, apache2: startApache } as const;

/**
 * Skips, saying why, when the server is not installed here. In CI (.ci/run installs them) a
 * missing server fails instead; caddy only where the package registry has it.
 */
function needs(name: ServerName) {
  const missing = findProgram(name) === null;
  const installable =
    name !== 'caddy' || spawnSync('apt-cache', ['show', 'caddy'], { stdio: 'ignore' }).status === 0;
  if (missing && CI && installable)
    throw new Error(`${name} is not installed: .ci/run installs ${PACKAGE[name]}`);
  test.skip(missing, `${name} is not installed here (apt-get install ${PACKAGE[name]}): skipped`);
}

/** Policy violations, console errors and the page's layout shift, from its first script on. */
async function watch(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    let shift = 0;
    Object.assign(window, { __violations: seen, __shift: () => shift });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return {
    errors,
    violations: () =>
      page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    shift: () => page.evaluate(() => (window as unknown as { __shift: () => number }).__shift()),
  };
}

/** Opens an entrance on the server and checks it runs: started, styled, nothing refused or moved. */
async function expectEntrance(page: Page, url: string) {
  const watched = await watch(page);
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 300))),
  );
  // Styled: the stylesheet (a file, or in an embed's HTML) applied; the browser's default is 8 px.
  await expect(page.locator('body')).toHaveCSS('margin', '0px');
  expect(await watched.violations(), 'policy violations').toEqual([]);
  expect(watched.errors, 'console errors').toEqual([]);
  expect(await watched.shift(), 'layout shift').toBeLessThanOrEqual(0.01);
  return watched;
}

/** The policy is enforced, not only sent: an injected inline script is refused. */
async function expectInlineScriptRefused(page: Page) {
  const ran = await page.evaluate(() => {
    try {
      const script = document.createElement('script');
      script.append(document.createTextNode('window.__injected = true'));
      document.head.append(script);
    } catch {
      // Trusted Types refuse the text itself.
    }
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran, 'an injected inline script ran').toBe(false);
  const violations = await page.evaluate(
    () => (window as unknown as { __violations: string[] }).__violations,
  );
  expect(violations.length, 'the refusal reported as a policy violation').toBeGreaterThan(0);
}

async function expectBuiltHeaders(request: APIRequestContext, url: string, dist: string) {
  const page = await request.get(`${url}country/kz/`, { headers: { 'accept-encoding': 'gzip' } });
  expect(page.status()).toBe(200);
  const headers = page.headers();
  expect(headers['content-security-policy']).toBe(
    builtHeader(dist, '/country/kz/', 'Content-Security-Policy'),
  );
  expect(headers['access-control-allow-origin']).toBe('*');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cache-control']).toBe(builtHeader(dist, '/country/kz/', 'Cache-Control'));
  expect(headers['content-encoding']).toBe('gzip');
  expect(headers['vary']).toMatch(/accept-encoding/i);
  const sheet = /href="\.\.\/\.\.\/(assets\/index-[\w-]+\.css)"/.exec(await page.text())?.[1];
  expect(sheet, 'the page links its stylesheet').toBeTruthy();
  for (const path of [
    sheet ?? '',
    'og/home.png',
    'data/cis-quotes.csv',
    'embed.js',
    'favicon.svg',
  ]) {
    const file = await request.head(`${url}${path}`);
    expect(file.status(), path).toBe(200);
    expect(file.headers()['cache-control'], path).toBe(
      builtHeader(dist, `/${path}`, 'Cache-Control'),
    );
    expect(file.headers()['content-security-policy'], path).toBeTruthy();
  }
  const css = await request.get(`${url}${sheet}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(css.headers()['content-encoding']).toBe('gzip');
  // A state's folder without its slash goes to it for good, as the page's relative addresses need.
  const bare = await request.get(`${url}country/kz`, { maxRedirects: 0 });
  expect([301, 308]).toContain(bare.status());
  expect(bare.headers()['location']).toMatch(/\/country\/kz\/$/);
}

const ENTRANCES = ['', 'country/kz/', 'embed/map/', 'ru/embed/'];

/** Old embed addresses and the page each must move to, before any of the home page is sent. */
const MOVED: readonly (readonly [from: string, to: string])[] = [
  ['?embed=1&view=map&theme=dark', 'embed/map/?embed=1&view=map&theme=dark'],
  ['?embed=1', 'embed/?embed=1'],
  ['?country=GE&embed=1&view=history', 'embed/history/?country=GE&embed=1&view=history'],
  // An unknown view goes to the whole explainer, whose app says so.
  ['?embed=1&view=globe', 'embed/?embed=1&view=globe'],
  ['ru/?view=quotes&embed=1', 'ru/embed/quotes/?view=quotes&embed=1'],
  ['ru/?embed=1', 'ru/embed/?embed=1'],
];
/** Addresses with nothing to move: served as they are. */
const NOT_MOVED = ['?view=map', '?embed=0', '?embedded=1', 'country/kz/?embed=1', 'embed/?embed=1'];

async function expectMoves(request: APIRequestContext, url: string) {
  for (const [from, to] of MOVED) {
    const response = await request.get(`${url}${from}`, { maxRedirects: 0 });
    expect(response.status(), from).toBe(301);
    const location = new URL(response.headers()['location'] ?? '', `${url}${from}`);
    expect(location.href, from).toBe(`${url}${to}`);
  }
  for (const path of NOT_MOVED) {
    const response = await request.get(`${url}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
  }
}

/** An old address with a state ends on the state's embed page; no document of the home page. */
async function expectOldAddressOpens(page: Page, url: string) {
  const documents: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document')
      documents.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${url}?embed=1&view=map&country=GE&theme=dark`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page).toHaveURL(`${url}embed/map/ge/?theme=dark`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(documents.filter((line) => line.startsWith('200 ')).map((line) => line.slice(4))).toEqual([
    `${url}embed/map/?embed=1&view=map&country=GE&theme=dark`,
    `${url}embed/map/ge/?theme=dark`,
  ]);
}

for (const name of ['nginx', 'caddy', 'apache2'] as const) {
  test.describe(`${name} with the build’s configuration`, () => {
    test.describe.configure({ mode: 'serial' });
    let server: RealServer | undefined;
    test.beforeAll(async () => {
      needs(name);
      server = await START[name](DIST);
    });
    test.afterAll(async () => {
      await server?.close();
    });

    test('sends the built policy exactly, the cache rules and gzip', async ({ request }) => {
      await expectBuiltHeaders(request, server?.url ?? '', DIST);
    });

    test('moves old embed addresses to their pages, the query whole', async ({ request }) => {
      await expectMoves(request, server?.url ?? '');
    });

    test('an old embed address opens its state’s page, none of the home page sent', async ({
      page,
    }) => {
      await expectOldAddressOpens(page, server?.url ?? '');
    });

    for (const entrance of ENTRANCES) {
      test(`${entrance || '(home)'} runs under it: no violation, styled, no shift`, async ({
        page,
      }) => {
        await expectEntrance(page, `${server?.url}${entrance}`);
        await expectInlineScriptRefused(page);
      });
    }
  });
}

test.describe('a build for hosts without headers (CSP_META=1), on nginx sending none', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  let server: RealServer | undefined;
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    needs('nginx');
    // Its own folder, so dist/ (which the other tests serve) is left as it is.
    const env = { ...process.env, OUT_DIR: META_DIST, CSP_META: '1' };
    const steps = [
      ['npx', 'vite', 'build', '--outDir', META_DIST, '--emptyOutDir', '--logLevel', 'error'],
      [
        'npx',
        'vite',
        'build',
        '--ssr',
        'src/entry-server.tsx',
        '--outDir',
        `${META_DIST}-ssr`,
        '--logLevel',
        'error',
      ],
      ['node', 'scripts/prerender.mjs'],
    ];
    for (const [program = '', ...args] of steps) {
      const step = spawnSync(program, args, { env, encoding: 'utf8' });
      if (step.status !== 0) throw new Error(`${program} ${args.join(' ')}: ${step.stderr}`);
    }
    server = await startNginx(META_DIST, { withSnippet: false });
  });
  test.afterAll(async () => {
    await server?.close();
    rmSync(META_DIST, { recursive: true, force: true });
  });

  test('each page carries the built policy in a meta tag, and the server sends none', async ({
    request,
  }) => {
    const policy = builtHeader(META_DIST, '/', 'Content-Security-Policy');
    for (const path of ENTRANCES) {
      const response = await request.get(`${server?.url}${path}`);
      expect(response.headers()['content-security-policy'], path).toBeUndefined();
      const html = await response.text();
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
      expect(meta?.[1]?.replaceAll('&#39;', "'"), path).toBe(policy);
      // Before the first inline script, or the script would run outside the policy.
      expect(html.indexOf('http-equiv="Content-Security-Policy"'), path).toBeLessThan(
        html.indexOf('<script>'),
      );
    }
    // The default build has no meta policy.
    expect(readFileSync(`${DIST}/index.html`, 'utf8')).not.toContain(
      'http-equiv="Content-Security-Policy"',
    );
  });

  for (const entrance of ENTRANCES) {
    test(`${entrance || '(home)'} runs under the meta policy, which refuses injected script`, async ({
      page,
    }) => {
      await expectEntrance(page, `${server?.url}${entrance}`);
      await expectInlineScriptRefused(page);
    });
  }
});
