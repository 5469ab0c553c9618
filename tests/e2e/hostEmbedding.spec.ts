import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import type { Frame, Page } from '@playwright/test';
import { nudgeUntil } from './helpers';

/*
 * Embedding across origins: the app (baseURL, http://localhost:4173) inside host pages served here
 * from another origin (http://127.0.0.1:<ephemeral port>), sized by public/embed.js. Not the shared
 * guard of helpers.ts: a host page's requests to the app are foreign by design.
 */

const TYPE = 'cis-explainer:height';
/** What the host pages below record (see hostPage). */
type HostWindow = Window &
  typeof globalThis & {
    messages: { data: unknown; origin: string; fromApp: boolean }[];
    heights: string[];
  };
const INITIAL = 600; // the height embed.js gives a frame that has none

let server: http.Server;
let host = '';
let app = '';

/** A host page: logs every message it gets and every height embed.js sets on the app's frame. */
function hostPage(body: string, withScript = true): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<style>body { margin: 0; font: 16px sans-serif } main { max-width: 640px; margin: 0 auto }</style>
</head><body><main><h1>A host page</h1>${body}</main>
<script>
  const frame = document.getElementById('app');
  window.messages = [];
  window.heights = [];
  addEventListener('message', (event) => {
    window.messages.push({ data: event.data, origin: event.origin, fromApp: event.source === frame.contentWindow });
  });
  new MutationObserver(() => {
    if (frame.style.height !== window.heights.at(-1)) window.heights.push(frame.style.height);
  }).observe(frame, { attributes: true, attributeFilter: ['style'] });
</script>
${withScript ? `<script async src="${app}/embed.js"></script>` : ''}
</body></html>`;
}

function route(path: string): string | null {
  switch (path) {
    case '/host':
      return hostPage(`
        <iframe id="app" data-cis-explainer src="${app}/?embed=1" title="CIS explainer"></iframe>
        <iframe id="same-origin-decoy" src="${app}/robots.txt" title="Decoy on the app's origin"></iframe>
        <iframe id="srcdoc-decoy" srcdoc="<p>decoy</p>" title="Decoy on the host's origin"></iframe>
        <iframe id="data-decoy" src="data:text/html,<p>decoy</p>" title="Decoy with an opaque origin"></iframe>`);
    case '/sandboxed':
      return hostPage(
        `<iframe id="app" data-cis-explainer sandbox="allow-scripts" src="${app}/?embed=1" title="CIS explainer"></iframe>`,
      );
    case '/pym':
      return hostPage(
        `<iframe id="app" src="${app}/?embed=1&childId=abc" title="CIS explainer" style="width: 100%; height: 600px"></iframe>`,
        false,
      );
    case '/elsewhere':
      return '<!doctype html><title>Elsewhere</title><p>Another origin</p>';
    default:
      return null;
  }
}

test.beforeAll(async () => {
  app = new URL(test.info().project.use.baseURL ?? 'http://localhost:4173/').origin;
  server = http.createServer((request, response) => {
    const html = route(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    response.writeHead(html === null ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  expect(new URL(host).origin).not.toBe(app);
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Uncaught errors and console errors of the host page and every frame in it. */
let problems: string[] = [];
test.beforeEach(({ page }) => {
  problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
});
test.afterEach(() => {
  expect(problems, 'page errors or console errors').toEqual([]);
});

/** Opens a host page and waits until the embedded app has drawn its 15 countries. */
async function openHost(page: Page, path: string): Promise<Frame> {
  await page.goto(`${host}${path}`);
  await nudgeUntil(page, () =>
    expect(page.frameLocator('#app').locator('path[data-country]')).toHaveCount(15, {
      timeout: 500,
    }),
  );
  return contentOf(page, '#app');
}

/** The document inside an iframe of the host page. */
async function contentOf(page: Page, selector: string): Promise<Frame> {
  const content = await (await page.locator(selector).elementHandle())?.contentFrame();
  if (!content) throw new Error(`No document in ${selector}`);
  return content;
}

/** The iframe's height on the host, and the height of the app's content inside it. */
async function sizes(page: Page, child: Frame) {
  const frame = await page.locator('#app').evaluate((el) => el.getBoundingClientRect().height);
  const content = await child.evaluate(() => {
    const root = document.getElementById('root');
    return root ? Math.ceil(root.getBoundingClientRect().bottom + window.scrollY) : -1;
  });
  return { frame, content };
}

/** Waits until the frame is exactly as tall as its content (±1 px); returns that height. */
async function fitted(page: Page, child: Frame): Promise<number> {
  await expect
    .poll(async () => {
      const { frame, content } = await sizes(page, child);
      return Math.abs(frame - content) <= 1 && frame > INITIAL;
    })
    .toBe(true);
  return (await sizes(page, child)).frame;
}

let probes = 0;
/**
 * Posts `data` to the host from `sender`, then a probe from the same sender. Messages from one
 * window arrive in order, so once the host has logged the probe, embed.js has handled `data`.
 */
async function postFrom(page: Page, sender: Frame, data: unknown): Promise<void> {
  const probe = `probe-${(probes += 1)}`;
  await sender.evaluate(
    ([message, id]) => {
      window.parent.postMessage(message, '*'); // the host page's own window: parent === window
      window.parent.postMessage(id, '*');
    },
    [data, probe] as const,
  );
  await expect
    .poll(() =>
      page.evaluate((id) => (window as HostWindow).messages.some((m) => m.data === id), probe),
    )
    .toBe(true);
}

const heightsSet = (page: Page) => page.evaluate(() => [...(window as HostWindow).heights]);

test('the iframe takes its content’s height, growing and shrinking with it', async ({ page }) => {
  const child = await openHost(page, '/host');
  const frame = page.locator('#app');
  // The frame was already loading (it has a src): embed.js leaves `loading` alone, which would
  // make Firefox abandon that load and fetch the embed again.
  await expect(frame).not.toHaveAttribute('loading', /./);
  expect(await frame.evaluate((el) => el.style.width)).toBe('100%');
  await expect(frame).toHaveCSS('border-top-width', '0px');

  const closed = await fitted(page, child);
  const inFrame = page.frameLocator('#app');
  await inFrame.getByRole('link', { name: 'Kazakhstan', exact: true }).click();
  await expect(inFrame.getByRole('region', { name: 'Kazakhstan' })).toBeVisible();
  await expect.poll(async () => (await sizes(page, child)).frame).toBeGreaterThan(closed + 50);
  await fitted(page, child);

  await inFrame.getByRole('button', { name: 'Close details for Kazakhstan' }).click();
  await expect.poll(async () => (await sizes(page, child)).frame).toBeLessThanOrEqual(closed + 1);
  expect(Math.abs((await fitted(page, child)) - closed)).toBeLessThanOrEqual(1);

  // Without a childId: our object (id null) and AMP's, never a Pym string.
  const messages = await page.evaluate(() => (window as HostWindow).messages);
  expect(messages.length).toBeGreaterThan(0);
  for (const { data, origin, fromApp } of messages) {
    expect([fromApp, origin]).toEqual([true, app]);
    expect(data).toStrictEqual(
      'sentinel' in (data as object)
        ? { sentinel: 'amp', type: 'embed-size', height: expect.any(Number) }
        : { type: TYPE, height: expect.any(Number), id: null },
    );
  }
});

test('embed.js ignores forged, malformed and misdirected height messages', async ({ page }) => {
  const child = await openHost(page, '/host');
  await fitted(page, child);
  const before = await heightsSet(page);

  // Well-formed messages from the wrong window: the host itself, another frame on the app's
  // origin, a frame on the host's origin and one with an opaque origin.
  await postFrom(page, page.mainFrame(), { type: TYPE, height: 99999 });
  await postFrom(page, page.mainFrame(), { type: TYPE, height: 4321 });
  await postFrom(page, await contentOf(page, '#same-origin-decoy'), { type: TYPE, height: 4322 });
  await postFrom(page, await contentOf(page, '#srcdoc-decoy'), { type: TYPE, height: 4323 });
  await postFrom(page, await contentOf(page, '#data-decoy'), { type: TYPE, height: 4324 });

  // The right window, the wrong content: bad heights and other formats.
  for (const height of [Number.NaN, Infinity, -Infinity, '500px', '500', -5, 1e9, 99999, null]) {
    await postFrom(page, child, { type: TYPE, height });
  }
  await postFrom(page, child, { sentinel: 'amp', type: 'embed-size', height: 4444 });
  await postFrom(page, child, 'pymxPYMxxPYMxheightxPYMx4445');
  await postFrom(page, child, { type: 'other', height: 4446 });
  expect(await heightsSet(page)).toEqual(before);

  // Control: the same route with a valid message from the app's frame is obeyed.
  await postFrom(page, child, { type: TYPE, height: 1234.4 });
  await expect(page.locator('#app')).toHaveCSS('height', '1234px');

  // The app's window after it navigated to another origin: right source, wrong origin.
  const navigated = page.waitForEvent('framenavigated', (f) => f.url().endsWith('/elsewhere'));
  await child.evaluate((url) => setTimeout(() => window.location.assign(url)), `${host}/elsewhere`);
  const elsewhere = await navigated;
  await elsewhere.waitForLoadState('load');
  await expect(elsewhere.locator('p')).toHaveText('Another origin');
  await postFrom(page, elsewhere, { type: TYPE, height: 4325 });
  await expect(page.locator('#app')).toHaveCSS('height', '1234px');
});

test('a sandbox="allow-scripts" frame renders the map and still resizes', async ({ page }) => {
  const child = await openHost(page, '/sandboxed');
  expect(await child.evaluate(() => window.origin)).toBe('null');
  const closed = await fitted(page, child);
  const inFrame = page.frameLocator('#app');
  await inFrame.getByRole('link', { name: 'Kazakhstan', exact: true }).click();
  await expect.poll(async () => (await sizes(page, child)).frame).toBeGreaterThan(closed + 50);
  await fitted(page, child);
  const origins = await page.evaluate(() =>
    (window as HostWindow).messages.filter((m) => m.fromApp),
  );
  expect(new Set(origins.map((m) => m.origin))).toEqual(new Set(['null']));
});

test('with a childId the app also speaks Pym.js and AMP, and nothing else', async ({ page }) => {
  await openHost(page, '/pym');
  const pym = /^pymxPYMxabcxPYMxheightxPYMx(\d+)$/;
  await expect
    .poll(() => page.evaluate(() => (window as HostWindow).messages.map((m) => m.data)))
    .toContainEqual(expect.stringMatching(pym));

  const messages = await page.evaluate(() => (window as HostWindow).messages);
  expect(messages.every((m) => m.fromApp && m.origin === app)).toBe(true);
  // Posted in threes, one height per batch: ours, AMP's, Pym's.
  expect(messages.length % 3).toBe(0);
  for (let i = 0; i < messages.length; i += 3) {
    const [ours, amp, pymString] = messages.slice(i, i + 3).map((m) => m.data);
    const height = Number(pym.exec(String(pymString))?.[1]);
    expect(Number.isInteger(height) && height > 0).toBe(true);
    expect(ours).toStrictEqual({ type: TYPE, height, id: 'abc' });
    expect(amp).toStrictEqual({ sentinel: 'amp', type: 'embed-size', height });
  }
});
