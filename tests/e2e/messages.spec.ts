import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base } from '@playwright/test';
import type { Frame, Page } from '@playwright/test';
import { expect, nudgeUntil, openMap, test, waitForMap } from './helpers';
import { recorder, settle } from './recorder';
import type { Recorded } from './recorder';

/*
 * Hostile postMessages, from the page itself and from a cross-origin host, change nothing: the
 * app has no message listener, and embed.js takes only its own height format from its own frame.
 */

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
  await page.getByRole('link', { name: 'Georgia', exact: true }).click();
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
    await nudgeUntil(page, () =>
      expect(inFrame.locator('path[data-country][aria-label]')).toHaveCount(15, { timeout: 500 }),
    );
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
    await inFrame.getByRole('link', { name: 'Georgia', exact: true }).click();
    await expect(inFrame.getByRole('region', { name: 'Georgia' })).toBeVisible();

    expect(pageErrors, 'uncaught page errors').toEqual([]);
    expect(dialogs, 'dialogs').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  });
});
