import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './helpers';

/*
 * No flash on a real host. Served as production hosts serve files (gzip, Vary, cache headers:
 * scripts/serve.mjs, which runs every browser test), a state's page once fetched its stylesheet a
 * second time as the app started (src/mount.tsx set every head link's address again), and showed
 * a frame or two without it: a layout shift of 0.8–1.9. The loaded stylesheet is fetched once,
 * and the page does not move.
 */

const ENTRANCES = ['', 'country/kz/', 'ru/country/ge/', 'embed/map/'] as const;

/** The layout shifts the page has had since it began (buffered), as CLS counts them. */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // The buffered entries are delivered in the observer's first task.
        setTimeout(() => resolve(total), 100);
      }),
  );
}

test.describe('no flash on a host that answers as production hosts do', () => {
  test('the test server compresses, says Vary and sends the build’s headers', async ({
    request,
  }) => {
    const page = await request.get('./country/kz/', { headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers()['content-encoding']).toBe('gzip');
    expect(page.headers()['vary']).toMatch(/accept-encoding/i);
    expect(page.headers()['cache-control']).toBe('public, max-age=300');
    expect(page.headers()['content-security-policy']).toMatch(/^default-src 'self'; script-src/);
    const html = await page.text();
    const sheet = /href="([^"]*assets\/index-[\w-]+\.css)"/.exec(html)?.[1];
    expect(sheet, 'the page links its stylesheet').toBeTruthy();
    const css = await request.get(new URL(sheet ?? '', page.url()).href);
    expect(css.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request.get('./country/kz', { maxRedirects: 0 })).status()).toBe(301);
  });

  for (const entrance of ENTRANCES) {
    for (const width of [1350, 412]) {
      test(`${entrance || '(home)'} at ${width} px: its stylesheet is fetched once, and nothing shifts`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        // As a host that sends no cache headers (most do not by default), so the browser must ask
        // again for anything it is told to load again: a route sees every fetch, the HTTP cache
        // being off while one is set.
        const sheets: string[] = [];
        await page.route(/\/assets\/[^/]+\.css$/, async (route) => {
          sheets.push(route.request().url());
          const response = await route.fetch();
          const headers = { ...response.headers() };
          delete headers['cache-control'];
          await route.fulfill({ response, headers });
        });
        await page.goto(`./${entrance}`);
        await waitForApp(page);
        // The app's first effects and a few frames after them.
        await page.evaluate(
          () =>
            new Promise((resolve) =>
              requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))),
            ),
        );
        const counts = new Map<string, number>();
        for (const sheet of sheets) counts.set(sheet, (counts.get(sheet) ?? 0) + 1);
        for (const [sheet, count] of counts) expect(count, `${sheet} fetched`).toBe(1);
        expect(await layoutShift(page)).toBeLessThanOrEqual(0.01);
        // Styled: the page's own rules apply.
        await expect(page.locator('#root')).not.toHaveCSS('font-family', /^"?Times/);
      });
    }
  }
});

/**
 * Serves `dist` through a proxy of the suite's server that sends one page's HTML in two parts, a
 * pause between them, as a slow network does; everything else as the suite's server answers it.
 */
async function slowPageServer(base: string, path: string, before: string, pause: number) {
  const html = readFileSync(`dist/${path}index.html`, 'utf8');
  const cut = html.indexOf(before);
  if (cut < 0) throw new Error(`${path}: no ${before}`);
  const server = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(new URL(`.${request.url ?? '/'}`, base));
      const headers = Object.fromEntries(
        [...upstream.headers].filter(([name]) => !/^(content-encoding|content-length)$/.test(name)),
      );
      response.writeHead(upstream.status, headers);
      if (request.url === `/${path}`) {
        response.write(html.slice(0, cut));
        await new Promise((resolve) => setTimeout(resolve, pause));
        response.end(html.slice(cut));
      } else response.end(Buffer.from(await upstream.arrayBuffer()));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

test.describe('a page whose HTML arrives slowly, on a phone', () => {
  // On a phone a state's details show above the key but follow it in the HTML: a paint between
  // the two (the parser yields while the rest is on its way) drew the key where the details go,
  // and moved it down by their height when they came (a layout shift of 0.18 in Lighthouse). The
  // page's first paint waits for the end of the side column (<link rel="expect">).
  for (const path of ['embed/ge/', 'embed/map/ge/']) {
    test(`${path}: the key is never drawn where the details go`, async ({
      page,
      baseURL,
      guard,
    }) => {
      const slow = await slowPageServer(baseURL ?? '', path, '<section class="details"', 1_500);
      try {
        await page.setViewportSize({ width: 412, height: 823 });
        const started = Date.now();
        await page.goto(`${slow.url}${path}`);
        await waitForApp(page);
        expect(Date.now() - started, 'the pause happened').toBeGreaterThan(1_400);
        expect(await layoutShift(page)).toBeLessThanOrEqual(0.01);
      } finally {
        slow.close();
        // The proxy is the page's own server here, on another port: not another site.
        const foreign = guard.foreignRequests.filter((url) => !url.startsWith(slow.url));
        guard.foreignRequests.splice(0, guard.foreignRequests.length, ...foreign);
      }
    });
  }
});
