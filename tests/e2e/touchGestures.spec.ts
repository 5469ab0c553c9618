import type { CDPSession, Page } from '@playwright/test';
import { EN } from '../../src/i18n/en';
import { countryPath, expect, mapAtRest, test, waitForMap } from './helpers';
import { showWholeButton } from './locators';

/*
 * The map never traps the page: one finger on it scrolls the page, two move and zoom the map, and
 * the first one-finger swipe says so. Real touches, through the DevTools protocol.
 */

test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

type Point = { x: number; y: number };

/** Fingers from `from` to `to` (one point per finger) in `steps` moves, then lifted. */
async function gesture(cdp: CDPSession, from: Point[], to: Point[], steps = 12) {
  const at = (t: number) =>
    from.map((start, i) => ({
      x: start.x + (to[i]!.x - start.x) * t,
      y: start.y + (to[i]!.y - start.y) * t,
      id: i,
    }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= steps; step += 1) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: at(step / steps),
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** The middle of a box, across. */
const middle = (box: { x: number; width: number }) => box.x + box.width / 2;

/** Where Kazakhstan's shape is within the map's frame, and its size (one measure of both). */
async function kazakhstan(page: Page) {
  return countryPath(page, 'KZ').evaluate((shape) => {
    const box = shape.getBoundingClientRect();
    const frame = shape.closest('.map-frame')?.getBoundingClientRect();
    if (!frame) throw new Error('no frame');
    return { x: box.x - frame.x, y: box.y - frame.y, width: box.width, height: box.height };
  });
}

/** The summary comes first on a phone: bring the map's top into view, with room to scroll on. */
async function bringMapIntoView(page: Page): Promise<void> {
  await page.locator('.map-frame').evaluate((frame) => {
    window.scrollTo(0, frame.getBoundingClientRect().top + window.scrollY - 80);
  });
}

async function mapCentre(page: Page): Promise<Point> {
  await bringMapIntoView(page);
  const frame = await page.locator('.map-frame').boundingBox();
  if (!frame) throw new Error('no frame');
  return { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 };
}

const hint = (page: Page) => page.getByRole('status').filter({ hasText: EN.m.map.twoFingers });

test('one finger on the map scrolls the page and leaves the map still; the hint shows once', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMap(page);
  const cdp = await page.context().newCDPSession(page);
  const before = await kazakhstan(page);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  const c = await mapCentre(page);
  await gesture(cdp, [{ x: c.x + 20, y: c.y + 40 }], [{ x: c.x - 20, y: c.y - 110 }]);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore + 50);
  const after = await kazakhstan(page);
  expect(Math.abs(after.x - before.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(after.y - before.y)).toBeLessThanOrEqual(1);
  expect(after.width).toBeCloseTo(before.width, 0);

  // The hint: visible, polite, and gone after a moment, for good.
  await expect(hint(page)).toBeVisible();
  await expect(hint(page)).toHaveAttribute('role', 'status');
  await expect(hint(page)).toBeHidden({ timeout: 6_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const again = await mapCentre(page);
  await gesture(cdp, [{ x: again.x, y: again.y + 40 }], [{ x: again.x, y: again.y - 80 }]);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(30);
  // Give a hint time to appear, if it were to.
  await page.waitForTimeout(400);
  await expect(hint(page)).toBeHidden();
});

test('two fingers move and zoom the map, and do not scroll the page', async ({ page }) => {
  await page.goto('./');
  await waitForMap(page);
  // Leaflet ignores a pinch that starts while the map is still moving (as its first fit may be,
  // on a slow machine): fingers down on a map at rest, as a reader's would be.
  await mapAtRest(page);
  await bringMapIntoView(page);
  const cdp = await page.context().newCDPSession(page);
  const before = await kazakhstan(page);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  // Fingers about Kazakhstan's middle, so that it stays whole in view as it grows and moves: the
  // map clips shapes at its edges, and a clipped shape's box would not tell how far it went.
  const frame = (await page.locator('.map-frame').boundingBox())!;
  const c = { x: frame.x + before.x + before.width / 2, y: frame.y + before.y + before.height / 2 };

  // Apart: zoom in (twice as far apart), about the pinch's middle.
  await gesture(
    cdp,
    [
      { x: c.x - 15, y: c.y },
      { x: c.x + 15, y: c.y },
    ],
    [
      { x: c.x - 30, y: c.y },
      { x: c.x + 30, y: c.y },
    ],
  );
  await expect.poll(async () => (await kazakhstan(page)).width).toBeGreaterThan(before.width * 1.5);
  // Measured where the zoom ends, not part-way through its animation (still moving on a slow machine).
  await mapAtRest(page);
  const zoomed = await kazakhstan(page);
  expect(Math.abs(middle(zoomed) - middle(before))).toBeLessThan(5);

  // Together, side by side: pan.
  await gesture(
    cdp,
    [
      { x: c.x - 30, y: c.y },
      { x: c.x + 30, y: c.y },
    ],
    [
      { x: c.x + 10, y: c.y },
      { x: c.x + 70, y: c.y },
    ],
  );
  await expect
    .poll(async () => middle(await kazakhstan(page)))
    .toBeGreaterThan(middle(zoomed) + 25);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
  await expect(hint(page)).toBeHidden();
  // Moved by hand: the way back is offered.
  await expect(showWholeButton(page)).toBeVisible();
});
