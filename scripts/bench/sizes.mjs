/**
 * Asset sizes and the first-view transfer.
 *
 * "First view" is measured, not guessed from the HTML: a fresh headless Chromium loads the built
 * page and we record every response until the network is idle, plus a grace period for lazy
 * chunks (React.lazy, dynamic import() after mount) that start only once the first render is
 * done. Each requested file is then counted with its on-disk gzip size (level 9), not its wire
 * size, so the total does not depend on the server or on timing.
 */

import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The viewports the first view is measured in: what a phone and a laptop see first. */
export const VIEWPORTS = {
  mobile: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  desktop: { width: 1350, height: 940, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
};

/** How long to keep listening after "networkidle": lazy chunks may start late. */
const GRACE_MS = 2000;

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/** Every file of a build folder with its raw and gzip (level 9) size; paths use "/". */
export async function listAssets(distDir) {
  const assets = [];
  for await (const full of walk(distDir)) {
    const body = await readFile(full);
    assets.push({
      file: relative(distDir, full).split(sep).join('/'),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
    });
  }
  return assets.sort((a, b) => b.gzip - a.gzip);
}

/** The dist-relative file a same-origin URL points to ("/" is index.html). */
function fileForUrl(url, baseUrl) {
  const { pathname } = new URL(url);
  const path = decodeURIComponent(pathname.slice(new URL(baseUrl).pathname.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * Load `baseUrl` in a fresh browser context and return what it requested:
 * { files: [dist-relative paths served 2xx], missing: [same-origin 4xx/5xx paths],
 *   external: [other-origin URLs] }.
 */
export async function recordFirstView(browser, baseUrl, viewport, path = '') {
  const context = await browser.newContext({ viewport: { ...viewport } });
  const page = await context.newPage();
  const files = new Set();
  const missing = new Set();
  const external = new Set();
  page.on('response', (response) => {
    const url = response.url();
    if (url.startsWith('data:')) return;
    const status = response.status();
    if (!url.startsWith(baseUrl)) external.add(url);
    // A move (an old embed address sent on by the host, 301) carries no file: not counted.
    else if (status >= 300 && status < 400) return;
    else if (status < 300) files.add(fileForUrl(url, baseUrl));
    else missing.add(fileForUrl(url, baseUrl));
  });
  // Requests that never got a response (blocked, aborted) still count as "asked for".
  page.on('requestfailed', (request) => {
    const url = request.url();
    if (url.startsWith(baseUrl)) missing.add(fileForUrl(url, baseUrl));
    else if (!url.startsWith('data:')) external.add(url);
  });
  try {
    await page.goto(baseUrl + path, { waitUntil: 'networkidle', timeout: 60_000 });
    await page.waitForTimeout(GRACE_MS);
  } finally {
    await context.close();
  }
  return { files: [...files].sort(), missing: [...missing].sort(), external: [...external].sort() };
}

/** Sum the on-disk gzip sizes of the requested files. */
export function firstViewTotals(assets, files) {
  const byFile = new Map(assets.map((asset) => [asset.file, asset]));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const asset = byFile.get(file);
    if (!asset) continue;
    raw += asset.raw;
    gzip += asset.gzip;
  }
  return { raw, gzip };
}

/** Measure the first view of one page (`path` below the site's root, e.g. a state's page) in every viewport. */
export async function measureFirstView(browser, baseUrl, assets, path = '') {
  const result = {};
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const requested = await recordFirstView(browser, baseUrl, viewport, path);
    result[name] = { ...requested, ...firstViewTotals(assets, requested.files) };
  }
  return result;
}
