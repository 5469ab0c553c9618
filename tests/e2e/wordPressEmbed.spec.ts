import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import type { Frame, Page } from '@playwright/test';

/*
 * An embed in WordPress: a host page on another origin with WordPress's own markup for a
 * discovered oEmbed provider (a hidden blockquote and a sandboxed, secret-bearing iframe) and
 * WordPress's own wp-embed.js, from Debian's package (scripts/fetch-wp-embed.sh; not committed).
 */

const WP_EMBED = '.cache/wordpress/wp-embed.js';
const SECRET = 'Ab3dE5gH9k';

let server: http.Server;
let host = '';
let app = '';

/** WordPress's markup for a discovered embed (wp_filter_oembed_result), with `hash` on its src. */
function postPage(path: string, hash: string): string {
  const src = `${app}/${path}${hash}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="data:,"></head>
<body><main style="max-width: 640px; margin: 0 auto"><h1>A post</h1>
<blockquote class="wp-embedded-content" data-secret="${SECRET}"><a href="${app}/${path}">The CIS explained</a></blockquote>
<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" title="The CIS explained" src="${src}" data-secret="${SECRET}" width="600" height="338" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>
<p>After the embed.</p></main>
<script>
  window.fromFrame = [];
  addEventListener('message', (event) => {
    if (event.source === document.querySelector('iframe').contentWindow) window.fromFrame.push(event.data);
  });
</script>
<script src="/wp-embed.js"></script>
</body></html>`;
}

test.beforeAll(async () => {
  if (!existsSync(WP_EMBED)) {
    // CI fetches it (.ci/run): there a missing file is a failure, never a skip.
    if (process.env['CI']) throw new Error(`${WP_EMBED} is missing: .ci/run fetches it`);
    test.skip(true, `${WP_EMBED} is missing: run scripts/fetch-wp-embed.sh to test with it`);
  }
  const wpEmbed = readFileSync(WP_EMBED, 'utf8');
  app = new URL(test.info().project.use.baseURL ?? 'http://localhost:4173/').origin;
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/wp-embed.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(wpEmbed);
      return;
    }
    const path = url.searchParams.get('path') ?? 'embed/map/ge/';
    const hash = url.searchParams.get('hash') ?? `#?secret=${SECRET}`;
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(postPage(path, hash));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens the post and returns the embed's frame once the app in it is ready. */
async function openPost(page: Page, query = ''): Promise<Frame> {
  await page.goto(`${host}/post${query}`);
  const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no frame');
  await expect(frame.locator('html')).toHaveAttribute('data-app', 'ready');
  return frame;
}

/** The frame's content height, as the page measures it (the app's root and what is below it). */
function contentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    const root = document.getElementById('root');
    return Math.ceil((root?.getBoundingClientRect().bottom ?? 0) + window.scrollY);
  });
}

test('wp-embed.js shows the frame and fits it to its content', async ({ page }) => {
  // The compact map of no state: about 650 px at WordPress's 600 px, inside its 200–1000 px.
  const frame = await openPost(page, '?path=embed/map/');
  const iframe = page.locator('iframe');
  // wp-embed.js hides the fallback blockquote and lifts the frame's hiding style on our message.
  await expect(page.locator('blockquote')).toBeHidden();
  await expect(iframe).not.toHaveAttribute('style');
  await expect
    .poll(async () =>
      Math.abs(Number(await iframe.getAttribute('height')) - (await contentHeight(frame))),
    )
    .toBeLessThanOrEqual(2);
  const box = await iframe.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(400);
  expect(box?.height ?? 0).toBeLessThan(1000);
  // Every message we posted in WordPress's form carried the secret; nothing of ours leaked it.
  const messages = await page.evaluate(
    () => (window as unknown as { fromFrame: unknown[] }).fromFrame,
  );
  const wordPress = messages.filter((m) => typeof m === 'object' && m !== null && 'message' in m);
  expect(wordPress.length).toBeGreaterThan(0);
  for (const message of wordPress) expect(message).toMatchObject({ secret: SECRET });
});

test('a state’s compact map, as its page’s oEmbed offers it, fits within WordPress’s 1,000 px', async ({
  page,
}) => {
  // Its history waits behind a disclosure: with it open, the frame was about 1,280 px tall and
  // WordPress cut its foot, the credit line among it.
  const frame = await openPost(page, '?path=embed/map/ge/');
  const iframe = page.locator('iframe');
  await expect
    .poll(async () =>
      Math.abs(Number(await iframe.getAttribute('height')) - (await contentHeight(frame))),
    )
    .toBeLessThanOrEqual(2);
  expect(await contentHeight(frame)).toBeLessThan(1000);
  await expect(frame.getByRole('region', { name: 'Georgia' })).toContainText('Withdrawn');
  // The credit line, last, inside the frame WordPress sized.
  const creditBottom = await frame
    .locator('.embed-credit')
    .evaluate((credit) => credit.getBoundingClientRect().bottom + window.scrollY);
  expect(creditBottom).toBeLessThanOrEqual(Number(await iframe.getAttribute('height')));
});

test('a link in the frame opens in the host’s window, through wp-embed.js', async ({ page }) => {
  const frame = await openPost(page);
  await frame.getByRole('link', { name: /The CIS explained/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${app}/country/ge/`));
  await expect(page.getByRole('region', { name: 'Georgia' })).toBeVisible();
});

test('a missing or malformed secret speaks no WordPress, and a forged ready is ignored', async ({
  page,
}) => {
  for (const hash of ['', '#?secret=short', '#?secret=Ab3dE5gH9k!', '#?secret=<b>xxxxxx']) {
    const frame = await openPost(page, `?hash=${encodeURIComponent(hash)}`);
    // No message in WordPress's form, so wp-embed.js keeps the frame hidden.
    await page.waitForTimeout(1000);
    const messages = await page.evaluate(
      () => (window as unknown as { fromFrame: unknown[] }).fromFrame,
    );
    expect(
      messages.some((m) => typeof m === 'object' && m !== null && 'message' in m),
      hash,
    ).toBe(false);
    await expect(page.locator('iframe')).toHaveAttribute('style', /clip/);
    expect(frame.url()).toContain('/embed/map/ge/');
  }
  // With the right secret, a `ready` with another secret, or from another window, changes nothing.
  const frame = await openPost(page);
  await expect(page.locator('iframe')).not.toHaveAttribute('style');
  const count = () =>
    page.evaluate(() => (window as unknown as { fromFrame: unknown[] }).fromFrame.length);
  const before = await count();
  await page.evaluate(() => {
    const target = document.querySelector('iframe')?.contentWindow;
    target?.postMessage({ message: 'ready', secret: 'Zz9zZz9zZz' }, '*');
    target?.postMessage({ message: 'height', value: 9999, secret: 'Ab3dE5gH9k' }, '*');
  });
  await frame.evaluate(() => window.postMessage({ message: 'ready', secret: 'Ab3dE5gH9k' }, '*'));
  await page.waitForTimeout(500);
  expect(await count()).toBe(before);
  // The real `ready`, from the host with the frame's secret, has the height sent again.
  await page.evaluate(() =>
    document
      .querySelector('iframe')
      ?.contentWindow?.postMessage({ message: 'ready', secret: 'Ab3dE5gH9k' }, '*'),
  );
  await expect.poll(count).toBeGreaterThan(before);
});
