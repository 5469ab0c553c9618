import type { Page } from '@playwright/test';
import { CODES, COUNTRY_NAMES, expect, mapAtRest, test, waitForMap } from './helpers';
import { showWholeButton } from './locators';
import type { Code } from './helpers';

/*
 * Every state within reach of a thumb: at 375 × 812 each of the 15 has a map target of at least
 * 24 × 24 px (its shape, or its tile), and one tap on it selects it. And every state is labelled.
 */

type Box = { x: number; y: number; width: number; height: number };

/** The part of `box` inside the map's frame: what a thumb can reach. */
function visible(box: Box, frame: Box): Box {
  const x = Math.max(box.x, frame.x);
  const y = Math.max(box.y, frame.y);
  const right = Math.min(box.x + box.width, frame.x + frame.width);
  const bottom = Math.min(box.y + box.height, frame.y + frame.height);
  return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) };
}

/** A state's largest target: its shape or its tile, as the map draws it now. */
async function largestTarget(page: Page, code: Code, shape: string, tile: string) {
  const frame = (await page.locator('.map-frame').boundingBox())!;
  const boxes: { box: Box; tile: boolean }[] = [];
  const shapeBox = await page.locator(shape).boundingBox();
  if (shapeBox) boxes.push({ box: visible(shapeBox, frame), tile: false });
  if ((await page.locator(tile).count()) > 0) {
    const tileBox = await page.locator(tile).boundingBox();
    if (tileBox) boxes.push({ box: visible(tileBox, frame), tile: true });
  }
  const size = ({ box }: { box: Box }) => Math.min(box.width, box.height);
  const best = boxes.sort((a, b) => size(b) - size(a))[0];
  if (!best) throw new Error(`no target for ${code}`);
  return best;
}

/** A point where `selector`'s element is the topmost thing a tap meets, nearest its box's centre. */
async function pointOn(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const points: [number, number][] = [];
    for (let i = 0; i <= 20; i++)
      for (let j = 0; j <= 20; j++)
        points.push([box.x + (box.width * i) / 20, box.y + (box.height * j) / 20]);
    points.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
    const hit = points.find(([x, y]) => document.elementFromPoint(x, y) === element);
    if (!hit) throw new Error('no point of the shape is on top');
    return { x: hit[0], y: hit[1] };
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('every state has a target of at least 24 × 24 px, and one tap selects it', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('./');
    // Any touch loads the Leaflet map: a tap on the page's heading.
    await expect(async () => {
      await page.getByRole('heading', { level: 1 }).tap();
      await waitForMap(page);
    }).toPass();
    const sizes: string[] = [];
    for (const code of CODES) {
      // The details of the last choice may have scrolled the page: bring the map back into view,
      // and let Leaflet's double-tap window (200 ms) pass, as a reader's next choice would.
      await page
        .locator('.map-frame')
        .evaluate((frame) => frame.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(250);
      // The last choice brought its state into view: back to the whole region, the frame measured.
      // (A small state's flight ends with the button shown; a large one is not zoomed to.)
      await mapAtRest(page);
      const whole = showWholeButton(page);
      if (await whole.isVisible()) {
        await whole.tap();
        await expect(whole).toBeHidden();
        await mapAtRest(page);
      }
      const target = await largestTarget(
        page,
        code,
        `path[data-country="${code}"]`,
        `.leaflet-insets-pane [data-inset="${code}"] rect`,
      );
      sizes.push(`${code} ${Math.round(target.box.width)}×${Math.round(target.box.height)}`);
      expect(target.box.width, code).toBeGreaterThanOrEqual(24);
      expect(target.box.height, code).toBeGreaterThanOrEqual(24);
      // A tile is all target; on a shape, tap a point where the shape is what a finger meets.
      const point = target.tile
        ? { x: target.box.x + target.box.width / 2, y: target.box.y + target.box.height / 2 }
        : await pointOn(page, `path[data-country="${code}"]`);
      await page.touchscreen.tap(point.x, point.y);
      await expect(page.getByRole('region', { name: COUNTRY_NAMES[code] }), code).toBeVisible();
      await expect(page.locator(`path[data-country="${code}"]`)).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    }
    test.info().annotations.push({ type: 'targets at 375 px', description: sizes.join(', ') });
  });

  test('on the drawn-in map, before Leaflet, every state has such a target too', async ({
    page,
  }) => {
    await page.route('**/assets/StatusMap-*.js', () => new Promise(() => {}));
    await page.goto('./');
    for (const code of CODES) {
      const target = await largestTarget(
        page,
        code,
        `svg.baked-map path[data-shape="${code}"]`,
        `svg.baked-map [data-inset="${code}"] rect`,
      );
      expect(target.box.width, code).toBeGreaterThanOrEqual(24);
      expect(target.box.height, code).toBeGreaterThanOrEqual(24);
    }
    // And a tap on a tile selects its state, before Leaflet has come.
    const tile = page.locator('svg.baked-map [data-inset="AM"] rect');
    await expect(async () => {
      await tile.tap();
      await expect(page.getByRole('region', { name: COUNTRY_NAMES.AM })).toBeVisible({
        timeout: 1000,
      });
    }).toPass();
  });
});

for (const width of [1280, 375]) {
  test(`every state has a visible label at ${width} px, drawn-in and on Leaflet`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 812 });
    await page.goto('./');
    const labelOf = (code: Code) =>
      page.locator(
        `svg.baked-map :is([data-label="${code}"], [data-tile-label="${code}"]):visible`,
      );
    for (const code of CODES) await expect(labelOf(code), code).toHaveCount(1);
    await waitForMap(page);
    for (const code of CODES) {
      const label = page.locator(
        `.leaflet-labels-pane :is([data-label="${code}"], [data-tile-label="${code}"])`,
      );
      await expect(label, code).toBeVisible();
      const box = (await label.boundingBox())!;
      const frame = (await page.locator('.map-frame').boundingBox())!;
      expect(box.x, code).toBeGreaterThanOrEqual(frame.x);
      expect(box.x + box.width, code).toBeLessThanOrEqual(frame.x + frame.width);
      expect(box.height, code).toBeGreaterThanOrEqual(6);
    }
  });
}

test.describe('tiles on the interactive map', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`each tile is coloured as its state, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('./?country=AM');
      await waitForMap(page);
      const fills = await page.evaluate(() =>
        [...document.querySelectorAll('.leaflet-insets-pane [data-inset]')].map((tile) => {
          const code = tile.getAttribute('data-inset');
          const shape = document.querySelector(`path.leaflet-interactive[data-country="${code}"]`);
          return {
            code,
            tile: getComputedStyle(tile.querySelector('path')!).fill,
            shape: shape ? getComputedStyle(shape).fill : null,
          };
        }),
      );
      expect(fills).toHaveLength(10);
      for (const { code, tile, shape } of fills) expect(tile, code ?? '').toBe(shape);
    });
  }
});
