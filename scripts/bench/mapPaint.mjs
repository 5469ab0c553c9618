/**
 * Time from navigation to the coloured map on screen, beside first contentful paint, on a slow
 * phone: Lighthouse's mobile throttling applied through the DevTools protocol (slow 4G as
 * Lighthouse's devtools mode applies it, and a 4× slower CPU), cold cache, phone viewport.
 *
 * How "on screen" is seen: a probe installed before the page's own scripts checks, in every
 * animation frame from the first, whether a state's shape is laid out (non-empty box) with a
 * colour (computed fill neither none nor the default black of an unstyled SVG path). The time is
 * that frame's requestAnimationFrame callback, which runs just before the frame is painted: the
 * drawn-in SVG map or, on a page without one, the Leaflet map, whichever comes first. FCP is the
 * browser's own paint timing entry of the same load. A map ready in a frame at or before FCP is
 * painted with the first contentful paint (a coloured SVG shape is contentful, so no earlier frame
 * could show it without being that paint): its time on screen is then FCP itself; a map ready
 * later is on screen at its frame. The median of RUNS loads is reported.
 */

import { median } from './stats.mjs';
import { VIEWPORTS } from './sizes.mjs';

const RUNS = 5;

/** Lighthouse's mobile "slow 4G" (150 ms RTT, 1.6 Mbps down, 750 kbps up), devtools-adjusted. */
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1638.4 * 0.9 * 1024) / 8,
  uploadThroughput: (750 * 0.9 * 1024) / 8,
};
export const CPU_SLOWDOWN = 4;

/** A fresh phone-sized page with a cold cache, slow 4G and a 4× slower CPU. */
export async function throttledPhone(browser) {
  const context = await browser.newContext({ viewport: VIEWPORTS.mobile });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page };
}

/** Installed before any of the page's scripts; records window.__mapPainted (ms since navigation). */
function installMapProbe() {
  const coloured = (shape) => {
    const box = shape.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    const fill = getComputedStyle(shape).fill;
    return fill !== 'none' && fill !== 'rgb(0, 0, 0)' && fill !== '';
  };
  const check = (time) => {
    const shapes = document.querySelectorAll(
      'svg.baked-map path[data-shape]:not([data-context]), path[data-country]',
    );
    for (const shape of shapes) {
      if (coloured(shape)) {
        window.__mapPainted = time;
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function oneRun(browser, url) {
  const { context, page } = await throttledPhone(browser);
  try {
    await page.addInitScript(installMapProbe);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => typeof window.__mapPainted === 'number', null, {
      timeout: 60_000,
      polling: 100,
    });
    const { ready, fcp } = await page.evaluate(() => ({
      ready: window.__mapPainted,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    const withFirstPaint = fcp != null && ready <= fcp;
    return { ready, fcp, map: withFirstPaint ? fcp : ready, withFirstPaint };
  } finally {
    await context.close();
  }
}

/**
 * The runs and their medians in ms since navigation: { runs: [{ ready, fcp, map, withFirstPaint }],
 * map, fcp, withFirstPaint (how many runs painted the map with the first contentful paint) }.
 */
export async function measureMapPaint(browser, url, runs = RUNS) {
  const samples = [];
  for (let run = 0; run < runs; run++) samples.push(await oneRun(browser, url));
  return {
    runs: samples,
    map: median(samples.map((s) => s.map)),
    fcp: median(samples.map((s) => s.fcp)),
    withFirstPaint: samples.filter((s) => s.withFirstPaint).length,
    conditions: { network: SLOW_4G, cpuSlowdown: CPU_SLOWDOWN, viewport: 'mobile' },
  };
}
