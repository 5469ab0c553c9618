import type { Page } from '@playwright/test';
import { STATUS_COLORS } from '../../src/map/palette';
import { CODES, COUNTRY_NAMES, expect, test, waitForMap } from './helpers';

/*
 * The map drawn into the HTML: there without JavaScript, coloured and named, and replaced by the
 * Leaflet map in place.
 */

const baked = (page: Page) => page.locator('svg.baked-map');

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
    const fill = (name: RegExp) => baked(page).getByRole('img', { name }).getAttribute('fill');
    expect(await fill(/^Kazakhstan/)).toBe(STATUS_COLORS.light.member);
    expect(await fill(/^Georgia/)).toBe(STATUS_COLORS.light.withdrawn);
    expect(await fill(/^Turkmenistan/)).toBe(STATUS_COLORS.light.associate);
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
    'fill',
    STATUS_COLORS.light.withdrawn,
  );
});
