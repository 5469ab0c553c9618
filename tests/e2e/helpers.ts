import { test as base, expect } from '@playwright/test';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { COUNTRIES } from '../../src/data/countries';
import type { CountryCode } from '../../src/data/types';
import { EN } from '../../src/i18n/en';

/** The 15 post-Soviet states, by code, and their names as the English page gives them. */
export const COUNTRY_NAMES = EN.m.countries;
export type Code = CountryCode;
export const CODES: readonly Code[] = COUNTRIES.map((country) => country.code);

/** What the guard saw that a clean page never does. */
export interface Guard {
  /** Requests to any origin but the page's own (data: and blob: URLs never leave the page). */
  readonly foreignRequests: string[];
  /** console.error messages, uncaught exceptions and HTTP errors of the page's own requests. */
  readonly errors: string[];
  /** alert / confirm / prompt dialogs (dismissed at once). */
  readonly dialogs: string[];
}

/**
 * `test` with an automatic guard: every test fails if its page asked another origin for anything,
 * logged an error, threw, got an HTTP error, or opened a dialog.
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context, page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost:4173/').origin;
      const guard: Guard = { foreignRequests: [], errors: [], dialogs: [] };
      context.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) guard.foreignRequests.push(url);
      });
      context.on('response', (response) => {
        if (response.status() >= 400)
          guard.errors.push(`HTTP ${response.status()} ${response.url()}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') guard.errors.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => guard.errors.push(`pageerror: ${error.message}`));
      page.on('dialog', (dialog) => {
        guard.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => undefined);
      });
      await use(guard);
      expect(guard.foreignRequests, 'requests to another origin').toEqual([]);
      expect(guard.errors, 'console errors, page errors or HTTP errors').toEqual([]);
      expect(guard.dialogs, 'dialogs').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** All 15 shapes drawn, named and wired (the names are set in a second effect). */
export async function waitForMap(page: Page): Promise<void> {
  await nudgeUntil(page, () =>
    expect(page.locator('path[data-country]')).toHaveCount(15, { timeout: 500 }),
  );
  await expect(page.locator('path[data-country][aria-label][tabindex]')).toHaveCount(15);
}

/**
 * The Leaflet map loads at the reader's first sign of life (a pointer moving, for one), once the
 * app has started listening: moves the pointer about the page, over any frame in it too, until
 * `check` passes.
 */
export async function nudgeUntil(page: Page, check: () => Promise<unknown>): Promise<void> {
  let step = 0;
  await expect(async () => {
    step += 1;
    const size = page.viewportSize() ?? { width: 800, height: 600 };
    await page.mouse.move(((step * 97) % size.width) + 1, ((step * 61) % size.height) + 1);
    await check();
  }).toPass();
}

/** The app has committed (hydrated the page's HTML or rendered afresh): its handlers are live. */
export async function waitForApp(page: Page | FrameLocator): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
}

/** Opens a page of the site (relative to baseURL) and waits for the map. */
export async function openMap(page: Page, search = ''): Promise<void> {
  await page.goto(`./${search}`);
  await waitForMap(page);
}

export function countryPath(page: Page, code: Code): Locator {
  return page.locator(`path[data-country="${code}"]`);
}

/** A palette colour as the browser computes it: '#1d4e89' → 'rgb(29, 78, 137)'. */
export const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** The fill the page paints an element with: CSS colours every shape and swatch, by name. */
export function paintOf(element: Locator): Promise<string> {
  return element.evaluate((node) => getComputedStyle(node).fill);
}

/** The fill the Leaflet map paints the country's shape with. */
export function fillOf(page: Page, code: Code): Promise<string> {
  return paintOf(countryPath(page, code));
}

/**
 * A point (relative to the shape's box) where the shape itself is hit: a grid search with
 * `elementFromPoint`, preferring points deep inside (all four neighbours also hit) and close to
 * the centre. Playwright's default click aims at the box centre, which for Russia is sea.
 */
export async function pointInside(page: Page, code: Code): Promise<{ x: number; y: number }> {
  const path = countryPath(page, code);
  await path.scrollIntoViewIfNeeded();
  const point = await path.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const steps = 24;
    const hits = (x: number, y: number) => document.elementFromPoint(x, y) === element;
    const dx = box.width / steps;
    const dy = box.height / steps;
    let best: { x: number; y: number; score: number } | null = null;
    for (let i = 1; i < steps; i += 1) {
      for (let j = 1; j < steps; j += 1) {
        const x = box.left + i * dx;
        const y = box.top + j * dy;
        if (!hits(x, y)) continue;
        const neighbours = [
          [x - dx, y],
          [x + dx, y],
          [x, y - dy],
          [x, y + dy],
        ].filter(([nx, ny]) => hits(nx as number, ny as number)).length;
        const distance = Math.hypot(i - steps / 2, j - steps / 2);
        const score = neighbours * 100 - distance;
        if (!best || score > best.score) best = { x: x - box.left, y: y - box.top, score };
      }
    }
    return best && { x: best.x, y: best.y };
  });
  if (!point) throw new Error(`No visible point inside the shape of ${code}`);
  return point;
}

/** Clicks a point inside the country's shape (not its box centre). */
export async function clickCountry(page: Page, code: Code): Promise<void> {
  const position = await pointInside(page, code);
  await countryPath(page, code).click({ position });
}

/** Tabs from the current focus until a country shape has focus; returns its code. */
export async function tabToCountry(page: Page, maxPresses = 60): Promise<Code> {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    const code = await page.evaluate(() => document.activeElement?.getAttribute('data-country'));
    if (code) return code as Code;
  }
  throw new Error(`No country shape received focus after ${maxPresses} Tab presses`);
}

/**
 * Resolves once the Leaflet map is at rest: no zoom animation under way (Leaflet ignores a pinch
 * that starts during one, and ends one up to 250 ms after its last frame) and the same shapes in
 * the same places over three animation frames in a row, however slowly the machine draws them (a
 * zoom's or a fly's every step is a frame of its own, so a map still moving never reads the same).
 */
export async function mapAtRest(page: Page): Promise<void> {
  await page.locator('.leaflet-container').evaluate(
    (map) =>
      new Promise<void>((resolve) => {
        const read = () =>
          [...map.querySelectorAll('path[data-country]')]
            .map((shape) => {
              const box = shape.getBoundingClientRect();
              return `${box.x.toFixed(1)},${box.y.toFixed(1)},${box.width.toFixed(1)}`;
            })
            .join(' ');
        let last = read();
        let same = 0;
        const check = () => {
          const now = read();
          const animating = map.querySelector('.leaflet-zoom-anim') !== null;
          same = now === last && !animating ? same + 1 : 0;
          last = now;
          if (same >= 3) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

/** The page scrolls sideways neither at the root nor in the body. */
export async function horizontalOverflow(page: Page): Promise<{ scroll: number; client: number }> {
  return page.evaluate(() => ({
    scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    client: document.documentElement.clientWidth,
  }));
}

/**
 * axe-core with the WCAG 2.0/2.1 A and AA rules, WCAG 2.2's target size (which Lighthouse checks
 * too) and best practices, in one pass; nothing excluded.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'n/a'}) at ${node.target.join(' ')}: ` +
        `${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`,
    ),
  );
}
