/**
 * Every entrance side by side: the home page, a state's page, the Russian edition, each embed
 * view's own page, and an embed address of before (?embed=1&view=map, which goes on to its page).
 *
 * For each, on a slow phone as the coloured-map figure measures it (slow 4G and a 4× slower CPU
 * through the DevTools protocol, cold cache, phone viewport, median of RUNS loads): first
 * contentful paint, and when the entrance's own content is on screen (a probe checks every frame
 * from the first, in every document of the load, for the content laid out, visible and, for the
 * map, coloured). Content ready in a frame at or before FCP is painted with it (delay 0). The
 * first-view transfer (gzip) of each is recorded too, and Lighthouse runs on each (bench.mjs).
 */

import { throttledPhone } from './mapPaint.mjs';
import { median } from './stats.mjs';

const RUNS = 3;

/** What each kind of entrance shows first: the selector its own content answers to. */
const CONTENT = {
  map: 'svg.baked-map path[data-shape]:not([data-context]), path[data-country]',
  history: '.history-section svg.hc-bars',
  timeline: '.event-list > li',
  quotes: '.meeting-section blockquote',
  sources: '.source-list > li',
};

/**
 * The entrances measured, in the order reported. `content` is the part whose paint counts;
 * `budget` ties an embed to the home page's FCP (its FCP at most 1.25 × the home page's).
 */
export const ENTRANCES = [
  { name: 'home', path: '', content: 'map' },
  { name: 'state page', path: 'country/kz/', content: 'map' },
  { name: 'ru/', path: 'ru/', content: 'map' },
  // The Russian state page: the heaviest first view (Russian words and a state's details).
  { name: 'ru/country/ge/', path: 'ru/country/ge/', content: 'map' },
  // Where a citation leads without JavaScript: HTML and the stylesheet, no script.
  { name: 'sources/', path: 'sources/', content: 'sources' },
  { name: 'embed/', path: 'embed/', content: 'map', embed: true },
  { name: 'embed/map/', path: 'embed/map/', content: 'map', embed: true },
  { name: 'embed/history/', path: 'embed/history/', content: 'history', embed: true },
  { name: 'embed/timeline/', path: 'embed/timeline/', content: 'timeline', embed: true },
  { name: 'embed/quotes/', path: 'embed/quotes/', content: 'quotes', embed: true },
  { name: 'ru/embed/map/', path: 'ru/embed/map/', content: 'map', embed: true },
  // A theme is worn from the first paint (public/pending.js), not drawn by the app.
  { name: 'embed/map/?theme=dark', path: 'embed/map/?theme=dark', content: 'map', embed: true },
  // Addresses pasted before each view had its page: the host moves them to it (the build's
  // `_redirects`, which scripts/serve.mjs applies, as nginx, Caddy, Apache, Vercel and Netlify do
  // with their files); on a host without the moves, public/pending.js does.
  { name: '?embed=1&view=map (old)', path: '?embed=1&view=map', content: 'map', embed: true },
  { name: '?embed=1 (old)', path: '?embed=1', content: 'map', embed: true },
  // A state's embed, as the dialog writes it: its HTML shows the state.
  { name: 'embed/map/ge/', path: 'embed/map/ge/', content: 'map', embed: true },
  { name: 'ru/embed/map/ge/', path: 'ru/embed/map/ge/', content: 'map', embed: true },
  { name: 'embed/ge/', path: 'embed/ge/', content: 'map', embed: true },
  // The heaviest embed: the whole explainer in Russian, with a state.
  { name: 'ru/embed/ge/', path: 'ru/embed/ge/', content: 'map', embed: true },
  { name: 'embed/history/ge/', path: 'embed/history/ge/', content: 'history', embed: true },
  // A date or an event in the address is drawn by the app, the page hidden until then.
  { name: 'embed/map/ge/?date=2008', path: 'embed/map/ge/?date=2008', content: 'map', embed: true },
  {
    name: 'embed/map/?event=georgia-withdrawal-effective',
    path: 'embed/map/?event=georgia-withdrawal-effective',
    content: 'map',
    embed: true,
  },
  // A state in the query, pasted before the state embeds: drawn by the app, then tidied.
  { name: 'embed/map/?country=KZ', path: 'embed/map/?country=KZ', content: 'map', embed: true },
];

/** The entrances named in `list` (comma-separated names or paths), or all of them. */
export function pickEntrances(list) {
  if (!list) return ENTRANCES;
  const wanted = list.split(',').map((item) => item.trim());
  const picked = ENTRANCES.filter((e) => wanted.includes(e.name) || wanted.includes(e.path));
  if (!picked.some((e) => e.name === 'home')) picked.unshift(ENTRANCES[0]);
  return picked;
}

/** Installed before any of the page's scripts, in every document of the load. */
function installContentProbe(selector) {
  const shown = (element) => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    for (let e = element; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
    }
    if (element instanceof SVGPathElement) {
      const fill = getComputedStyle(element).fill;
      return fill !== 'none' && fill !== 'rgb(0, 0, 0)' && fill !== '';
    }
    return true;
  };
  const check = (time) => {
    for (const element of document.querySelectorAll(selector)) {
      if (shown(element)) {
        window.__contentShown = time;
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function oneRun(browser, url, selector) {
  const { context, page } = await throttledPhone(browser);
  try {
    await page.addInitScript(installContentProbe, selector);
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => typeof window.__contentShown === 'number', null, {
      timeout: 60_000,
      polling: 100,
    });
    // A page revealed by the app paints its first content in the frame that shows it: the entry
    // is queued just after.
    await page
      .waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint').length > 0,
        null,
        {
          timeout: 10_000,
          polling: 100,
        },
      )
      .catch(() => undefined);
    // Times are from the navigation of the document that shows the content; an address that
    // goes on to another page adds the time before that navigation began.
    const { shown, fcp, origin } = await page.evaluate(() => ({
      shown: window.__contentShown,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      origin: performance.timeOrigin,
    }));
    const before = Math.max(0, origin - started);
    const redirected = page.url() !== url;
    const lead = redirected ? before : 0;
    const delay = fcp == null ? null : Math.max(0, shown - fcp);
    return { fcp: fcp == null ? null : fcp + lead, content: shown + lead, delay, redirected };
  } finally {
    await context.close();
  }
}

/** The runs and medians of one entrance at `baseUrl`. */
export async function measureEntrance(browser, baseUrl, entrance, runs = RUNS) {
  const url = new URL(entrance.path, baseUrl).href;
  const samples = [];
  for (let run = 0; run < runs; run++) {
    samples.push(await oneRun(browser, url, CONTENT[entrance.content]));
  }
  return {
    runs: samples,
    fcp: median(samples.map((s) => s.fcp)),
    content: median(samples.map((s) => s.content)),
    delay: median(samples.map((s) => s.delay)),
    withFirstPaint: samples.filter((s) => s.delay === 0).length,
  };
}
