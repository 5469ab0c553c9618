import type { Page } from '@playwright/test';
import { BASE_COLORS, STATUS_COLORS } from '../../src/map/colour/palette';
import { CODES, COUNTRY_NAMES, expect, paintOf, rgb, test, waitForMap } from './helpers';

/*
 * The map drawn into the HTML: there without JavaScript, coloured and named, and replaced by the
 * Leaflet map in place.
 */

const baked = (page: Page) => page.locator('svg.baked-map');

/** The fill the drawn-in map's shape is painted with. */
const fillOf = (page: Page, name: RegExp) => paintOf(baked(page).getByRole('img', { name }));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map is drawn: 15 named shapes, coloured by status', async ({ page }) => {
    await page.goto('./');
    await expect(baked(page)).toBeVisible();
    const shapes = baked(page).getByRole('img');
    await expect(shapes).toHaveCount(15);
    await expect(baked(page).getByRole('img', { name: 'Kazakhstan — member state' })).toBeVisible();
    await expect(baked(page).getByRole('img', { name: /^Georgia — withdrawn/ })).toBeVisible();
    for (const code of CODES) {
      const shape = baked(page).getByRole('img', {
        name: new RegExp(`^${COUNTRY_NAMES[code]} — `),
      });
      const box = await shape.boundingBox();
      expect(box?.width, code).toBeGreaterThan(3);
    }
    expect(await fillOf(page, /^Kazakhstan/)).toBe(rgb(STATUS_COLORS.light.member));
    expect(await fillOf(page, /^Georgia/)).toBe(rgb(STATUS_COLORS.light.withdrawn));
    expect(await fillOf(page, /^Turkmenistan/)).toBe(rgb(STATUS_COLORS.light.associate));
  });

  test('in a dark colour scheme the drawn-in map has the dark palette, without any script', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./');
    expect(await fillOf(page, /^Kazakhstan/)).toBe(rgb(STATUS_COLORS.dark.member));
    expect(await fillOf(page, /^Georgia/)).toBe(rgb(STATUS_COLORS.dark.withdrawn));
    expect(await fillOf(page, /^Turkmenistan/)).toBe(rgb(STATUS_COLORS.dark.associate));
    const backdrop = await baked(page)
      .locator('path[data-context]')
      .first()
      .evaluate((shape) => getComputedStyle(shape).fill);
    expect(backdrop).toBe(rgb(BASE_COLORS.dark.context));
  });
});

/** The bounding boxes of a few states' shapes, found by `selector`. */
async function boxes(page: Page, selector: (code: string) => string) {
  const out: Record<string, { x: number; y: number; width: number; height: number }> = {};
  for (const code of ['KZ', 'AM', 'MD', 'EE', 'RU', 'TJ']) {
    const box = await page.locator(selector(code)).boundingBox();
    if (!box) throw new Error(`no shape for ${code}`);
    out[code] = box;
  }
  return out;
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
]) {
  test(`the interactive map takes over without a shift at ${viewport.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    // Hold Leaflet back, so the drawn-in map can be measured before the takeover.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/StatusMap-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    const before = await boxes(page, (code) => `svg.baked-map path[data-shape="${code}"]`);
    release();
    await waitForMap(page);
    await expect(baked(page)).toHaveCount(0);
    const after = await boxes(page, (code) => `path[data-country="${code}"]`);
    for (const [code, box] of Object.entries(before)) {
      const moved = after[code]!;
      for (const side of ['x', 'y', 'width', 'height'] as const) {
        expect(Math.abs(moved[side] - box[side]), `${code} ${side}`).toBeLessThanOrEqual(2);
      }
    }
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries())
              total += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 200);
        }),
    );
    expect(shift).toBeLessThanOrEqual(0.01);
  });
}

test('a deep link draws its own state in the drawn-in map, never the default', async ({ page }) => {
  await page.route('**/assets/StatusMap-*.js', () => new Promise(() => {}));
  await page.goto('./?date=1992-01-01');
  await expect(page.locator('html')).not.toHaveClass(/pending/);
  await expect(baked(page).getByRole('img', { name: /^Georgia — / })).not.toHaveAttribute(
    'data-paint',
    'status-withdrawn',
  );
  expect(await fillOf(page, /^Georgia — /)).not.toBe(rgb(STATUS_COLORS.light.withdrawn));
});
