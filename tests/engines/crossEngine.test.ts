import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { COUNTRIES } from '../../src/data/countries';
import { EN } from '../../src/i18n/en';
import { RU } from '../../src/i18n/ru';
import { until } from './engine';
import type { Engine, Point } from './engine';
import { findFirefox, launchFirefox } from './firefoxEngine';
import { serveSite } from './site';
import type { Site } from './site';
import { findWebKit, launchWebKit } from './webkitEngine';

/*
 * A smoke suite of what a reader does, in Firefox (Gecko) and WebKit (Safari's engine), against
 * the built site served with the strict policy: not a copy of the Chromium suite (tests/e2e), but
 * one pass over each part, so that a change that breaks Safari or Firefox readers is seen.
 */

const PORT = Number(process.env['ENGINES_PORT'] ?? 4210);
const CODES = COUNTRIES.map((country) => country.code);
const INSTALL = 'apt-get install -y firefox-esr webkit2gtk-driver xvfb (see .ci/run)';

const ENGINES = [
  {
    name: 'Firefox',
    launch: () => {
      const path = findFirefox();
      if (!path) throw new Error(`No Firefox found. ${INSTALL}`);
      return launchFirefox(path);
    },
  },
  {
    name: 'WebKit',
    launch: () => {
      const found = findWebKit();
      if (!found) throw new Error(`No WebKitWebDriver or MiniBrowser found. ${INSTALL}`);
      return launchWebKit(found, (url, width, height) => site.framed(url, width, height));
    },
  },
];

let site: Site;
beforeAll(async () => {
  site = await serveSite(PORT);
});
afterAll(async () => {
  await site?.close();
});

describe.each(ENGINES)('$name', ({ launch }) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await launch();
    console.info(`${engine.name}: ${engine.version}`);
  });
  afterAll(async () => {
    await engine?.close();
  });
  // Every scenario: no console error and no uncaught exception (CSP and Trusted Types refusals
  // are console errors in both engines).
  afterEach(async () => {
    expect(await engine.takeErrors(), 'console errors or uncaught exceptions').toEqual([]);
  });

  /** The interactive map's shapes that are named and focusable. */
  const leafletShapes = () =>
    engine.evaluate(
      () =>
        document.querySelectorAll('path.leaflet-interactive[data-country][aria-label][tabindex]')
          .length,
    );

  /** Moves the pointer about until the interactive map has taken over with all 15 states. */
  async function mapReady() {
    let step = 0;
    await until('the interactive map', async () => {
      step += 1;
      await engine.move({ x: ((step * 97) % 300) + 1, y: ((step * 61) % 300) + 1 });
      return (await leafletShapes()) === 15;
    });
  }

  /**
   * A point in the viewport where `selector`'s element (or a child of it) is what the pointer
   * meets, as near its box's centre as can be (a state's box centre may be sea); scrolls it into
   * view first.
   */
  const pointOn = async (selector: string): Promise<Point> => {
    const measure = () =>
      engine.evaluate((css) => {
        const element = document.querySelector(css);
        if (!element) return null;
        // The window only: scrollIntoView would also scroll the map's own box (overflow: hidden),
        // which no reader can do, and Leaflet would then hit-test off by that much.
        const top = element.getBoundingClientRect().top;
        window.scrollBy(0, top + element.getBoundingClientRect().height / 2 - innerHeight / 2);
        const box = element.getBoundingClientRect();
        const steps = 16;
        let best: { x: number; y: number; distance: number } | null = null;
        for (let i = 1; i < steps; i += 1) {
          for (let j = 1; j < steps; j += 1) {
            const x = box.left + (i * box.width) / steps;
            const y = box.top + (j * box.height) / steps;
            const hit = document.elementFromPoint(x, y);
            if (!hit || !element.contains(hit)) continue;
            const distance = Math.hypot(i - steps / 2, j - steps / 2);
            if (!best || distance < best.distance) best = { x, y, distance };
          }
        }
        return best && { x: best.x, y: best.y };
      }, selector);
    // The same point twice, a moment apart: the page has stopped moving (a part loading above
    // may still push it down after the scroll).
    let last: Point | null = null;
    return until(`a visible point on ${selector}, at rest`, async () => {
      const point = await measure();
      const still = point && last && Math.hypot(point.x - last.x, point.y - last.y) < 1;
      last = point;
      if (!still) await new Promise((resolve) => setTimeout(resolve, 250));
      return still ? point : null;
    });
  };

  /** The details panel's heading and the page's path. */
  const selection = () =>
    engine.evaluate(() => ({
      details:
        document.querySelector('section.details h2, section.details h3')?.textContent ?? null,
      path: location.pathname,
    }));

  /** The interactive map's fill of each state, as painted (its colour comes from CSS by name). */
  const fills = () =>
    engine.evaluate(
      (codes) =>
        codes.map((code) => {
          const path = document.querySelector(`path.leaflet-interactive[data-country="${code}"]`);
          return path ? getComputedStyle(path).fill : undefined;
        }),
      CODES,
    );

  test('the page loads clean; the drawn-in map names and colours the 15 states; the interactive map takes over at the first sign of life', async () => {
    await engine.open(`${site.app}/`);
    const baked = await engine.evaluate(() =>
      [...document.querySelectorAll('svg.baked-map path[data-shape][aria-label]')].map((path) => ({
        code: path.getAttribute('data-shape'),
        name: path.getAttribute('aria-label'),
        fill: getComputedStyle(path).fill,
      })),
    );
    expect(baked.map((shape) => shape.code).sort()).toEqual([...CODES].sort());
    for (const { code, name } of baked) {
      expect(name).toMatch(new RegExp(`^${EN.m.countries[code as (typeof CODES)[number]]} — `));
    }
    expect(baked.every(({ fill }) => /^(rgb|#)/.test(fill))).toBe(true);
    expect(new Set(baked.map(({ fill }) => fill)).size).toBeGreaterThanOrEqual(3);
    expect(await leafletShapes()).toBe(0); // no sign of life yet: no Leaflet

    await mapReady();
    await until('the drawn-in map to go', () =>
      engine.evaluate(() => document.querySelector('svg.baked-map') === null),
    );
  });

  test('Trusted Types are enforced: the default policy passes Leaflet, other HTML is refused', async () => {
    await engine.open(`${site.app}/`);
    await mapReady();
    const outcome = await engine.evaluate(() => {
      const div = document.createElement('div');
      try {
        div.innerHTML = '<img src=x id=injected>';
        return 'allowed';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(outcome).toBe('TypeError');
    // The refusal is reported (and only it).
    const errors: string[] = [];
    await until('the refusal reported', async () => errors.push(...(await engine.takeErrors())));
    expect(
      errors.every((line) => /trusted|TrustedHTML|require-trusted-types-for/i.test(line)),
    ).toBe(true);
  });

  test('clicking a state opens its details and its page’s address; Back returns', async () => {
    await engine.open(`${site.app}/`);
    await mapReady();
    await engine.click(await pointOn('path.leaflet-interactive[data-country="KZ"]'));
    await until('Kazakhstan’s details and page', async () => {
      const { details, path } = await selection();
      return details === EN.m.countries.KZ && path.endsWith('/country/kz/');
    });
    await engine.back();
    await until('the home page, no details', async () => {
      const { details, path } = await selection();
      return details === null && path === '/';
    });
  });

  test('the slider’s Home and End recolour the map', async () => {
    await engine.open(`${site.app}/`);
    await mapReady();
    const today = await fills();
    expect(today.every(Boolean)).toBe(true);
    await engine.evaluate(() => document.getElementById('date-slider')?.focus());
    await engine.press('Home');
    const valueText = () =>
      engine.evaluate(() => document.getElementById('date-slider')?.getAttribute('aria-valuetext'));
    await until(
      '8 December 1991, recoloured',
      async () =>
        (await valueText()) === '8 December 1991' &&
        (await fills()).some((fill, index) => fill !== today[index]),
    );
    await engine.press('End');
    await until(
      '22 December 2025, coloured as before',
      async () =>
        (await valueText()) === '22 December 2025' &&
        JSON.stringify(await fills()) === JSON.stringify(today),
    );
  });

  test('the keyboard reaches the map and the arrows move between states', async () => {
    await engine.open(`${site.app}/`);
    const focused = () =>
      engine.evaluate(() => document.activeElement?.getAttribute('data-country') ?? null);
    // A key is a sign of life: the interactive map (the map's one tab stop) comes. The page must
    // be listening first, so Tab until it does.
    await until('the interactive map', async () => {
      await engine.press('Tab');
      return (await leafletShapes()) === 15;
    });
    // Then from the top of the page (after a blur, Firefox goes on from where focus was).
    await engine.evaluate(() => document.querySelector<HTMLElement>('a[href], button')?.focus());
    let first: string | null = null;
    for (let press = 0; press < 60 && !first; press += 1) {
      await engine.press('Tab');
      first = await focused();
    }
    expect(first, 'a state reached with Tab').toBeTruthy();
    await engine.press('ArrowRight');
    const next = await until('another state focused', async () => {
      const code = await focused();
      return code && code !== first ? code : null;
    });
    expect(CODES).toContain(next);
  });

  test('the quote carousel steps', async () => {
    await engine.open(`${site.app}/`);
    await mapReady(); // the app is running (a press on server HTML before then does nothing)
    const quote = () =>
      engine.evaluate(() => document.querySelector('blockquote')?.textContent ?? '');
    const count = () =>
      engine.evaluate(() => document.querySelector('.quote-count')?.textContent ?? '');
    const before = await quote();
    expect(await count()).toBe(EN.m.quotes.count(1, 5));
    const next = await engine.evaluate((label) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === label);
      button?.setAttribute('data-test-next', '');
      return Boolean(button);
    }, EN.m.quotes.next);
    expect(next).toBe(true);
    await engine.click(await pointOn('[data-test-next]'));
    await until(
      'the second quote',
      async () => (await count()) === EN.m.quotes.count(2, 5) && (await quote()) !== before,
    );
  });

  test('the membership chart selects a state', async () => {
    await engine.open(`${site.app}/`);
    await mapReady();
    await engine.click(
      await pointOn('.hc-rows [role="button"][aria-label^="Ukraine: Out of all CIS bodies"]'),
    );
    await until('Ukraine’s details and page', async () => {
      const { details, path } = await selection();
      return details === EN.m.countries.UA && path.endsWith('/country/ua/');
    });
  });

  test('ru/ is the Russian edition', async () => {
    await engine.open(`${site.app}/ru/`);
    const page = await engine.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
    }));
    expect(page.lang).toBe('ru');
    expect(page.title).toMatch(/[а-яё]/i);
    await mapReady();
    const names = await engine.evaluate(() =>
      [...document.querySelectorAll('path.leaflet-interactive[data-country]')].map((path) =>
        path.getAttribute('aria-label'),
      ),
    );
    // Named in Russian: «Казахстан — государство – участник СНГ».
    expect(names.some((name) => name?.startsWith(`${RU.m.countries.KZ} — `))).toBe(true);
  });

  test('an embed on a host page on another origin is sized by embed.js, its page fetched once', async () => {
    site.requests.length = 0;
    await engine.open(`${site.host}/host`);
    const sized = await until('the frame sized to the height the app posted', () =>
      engine.evaluate(() => {
        const frame = document.getElementById('app') as HTMLIFrameElement;
        const posted = (window as unknown as { posted: number[] }).posted;
        const height = frame.getBoundingClientRect().height;
        const last = posted.at(-1);
        return last !== undefined && last > 600 && Math.abs(height - last) <= 1 ? height : null;
      }),
    );
    expect(sized).toBeGreaterThan(600);
    // embed.js filled in what the host left out, without restarting the frame's load.
    const embedPages = site.requests.filter((url) => /^\/\?embed=1$/.test(url));
    expect(embedPages, 'requests for the embedded page').toHaveLength(1);
  });

  test('an embed address of before goes on to its view’s page, styled from its own HTML', async () => {
    // The home page's inline script stops that page and leaves; the embed's page is styled by the
    // stylesheet in its HTML. Both are allowed by their hashes only (a refusal is a console error).
    // The old address is replaced: it adds one entry to the history, not two.
    const before = await engine.evaluate(() => history.length);
    await engine.open(`${site.app}/?embed=1&view=map`);
    const arrived = await until('the map embed’s page, styled and drawn', () =>
      engine.evaluate(() => {
        const section = document.querySelector('.map-section');
        return location.pathname === '/embed/map/' &&
          section !== null &&
          getComputedStyle(section).display !== 'inline'
          ? {
              styles: document.head.querySelectorAll('style').length,
              linked: document.head.querySelectorAll('link[rel="stylesheet"]').length,
              back: history.length,
            }
          : null;
      }),
    );
    expect(arrived).toEqual({ styles: 1, linked: 0, back: before + 1 });
  });

  test('at 375 px nothing scrolls sideways, and a tap on a small state’s tile selects it', async () => {
    await engine.open(`${site.app}/`, { width: 375, height: 812 });
    const width = await engine.evaluate(() => ({
      inner: innerWidth,
      scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
      client: document.documentElement.clientWidth,
    }));
    expect(width.inner).toBe(375);
    expect(width.scroll).toBeLessThanOrEqual(width.client);
    await mapReady();
    await engine.tap(await pointOn('.leaflet-insets-pane [data-inset="AM"] rect'));
    await until('Armenia’s details', async () => (await selection()).details === EN.m.countries.AM);
  });

  test('the dark scheme applies', async () => {
    await engine.open(`${site.app}/`, { scheme: 'dark' });
    const look = await engine.evaluate(() => {
      const [r, g, b] = (
        getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? []
      ).map(Number);
      return {
        scheme: getComputedStyle(document.documentElement).colorScheme,
        luminance: (0.2126 * (r ?? 255) + 0.7152 * (g ?? 255) + 0.0722 * (b ?? 255)) / 255,
      };
    });
    expect(look.scheme).toBe('dark');
    expect(look.luminance).toBeLessThan(0.2);
  });
});
