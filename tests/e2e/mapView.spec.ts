import type { Locator, Page } from '@playwright/test';
import {
  CODES,
  COUNTRY_NAMES,
  axeViolations,
  countryPath,
  expect,
  test,
  waitForMap,
} from './helpers';
import type { Code } from './helpers';
import { showWholeButton } from './locators';

/*
 * A selected state comes into view at a readable size, by any route, without the page scrolling;
 * "Show the whole region" goes back to the frame that shows all 15 whole.
 */

const frame = (page: Page) => page.locator('.map-frame');
const bakedShape = (page: Page, code: Code) =>
  page.locator(`svg.baked-map path[data-shape="${code}"]`);

/** The shape's box, and whether it lies wholly inside the map's frame. */
async function onMap(page: Page, shape: Locator) {
  const [box, outer] = await Promise.all([shape.boundingBox(), frame(page).boundingBox()]);
  if (!box || !outer) throw new Error('no shape or no frame');
  const inside =
    box.x >= outer.x - 1 &&
    box.y >= outer.y - 1 &&
    box.x + box.width <= outer.x + outer.width + 1 &&
    box.y + box.height <= outer.y + outer.height + 1;
  return { across: Math.max(box.width, box.height), inside };
}

async function expectReadable(page: Page, shape: Locator) {
  await expect(async () => {
    const { across, inside } = await onMap(page, shape);
    expect(across).toBeGreaterThanOrEqual(40);
    expect(inside).toBe(true);
  }).toPass({ timeout: 10_000 });
}

/** Every one of the 15 wholly inside the frame, and `code` back to its small whole-map size. */
async function expectWholeRegion(page: Page, shape: (code: Code) => Locator, code: Code) {
  await expect(async () => {
    for (const each of CODES) expect((await onMap(page, shape(each))).inside, each).toBe(true);
    expect((await onMap(page, shape(code))).across).toBeLessThan(30);
  }).toPass({ timeout: 10_000 });
}

test.describe('phone 375×812, touch', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('a state tapped in the table comes into view on the map, the page does not scroll; the button goes back', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForMap(page);
    // The map starts whole: Armenia is a speck.
    expect((await onMap(page, countryPath(page, 'AM'))).across).toBeLessThan(30);
    const row = page.getByRole('link', { name: COUNTRY_NAMES.AM, exact: true });
    await row.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await row.tap();
    await expect(page.getByRole('region', { name: COUNTRY_NAMES.AM })).toBeVisible();
    await expectReadable(page, countryPath(page, 'AM'));
    // The page is not scrolled up to the map: the reader stays where they tapped (details opening
    // above the row may push it down, or scroll anchoring may follow them; neither goes up).
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(before - 2);

    const whole = showWholeButton(page);
    await whole.tap();
    await expectWholeRegion(page, (code) => countryPath(page, code), 'AM');
    await expect(whole).toBeHidden();
    // The selection stays: only the view went back.
    await expect(page.getByRole('region', { name: COUNTRY_NAMES.AM })).toBeVisible();
  });

  test('a deep link (?country=AM) shows Armenia readable before and after the interactive map takes over', async ({
    page,
  }) => {
    await page.goto('./?country=AM');
    // The drawn-in map, before any sign of life from the reader: already zoomed.
    await expectReadable(page, bakedShape(page, 'AM'));
    await expect(showWholeButton(page)).toBeVisible();
    const before = await bakedShape(page, 'AM').boundingBox();
    await waitForMap(page);
    await expectReadable(page, countryPath(page, 'AM'));
    const after = await countryPath(page, 'AM').boundingBox();
    // Leaflet takes over at the same view: nothing jumps.
    expect(Math.abs((after?.x ?? 0) - (before?.x ?? 0))).toBeLessThanOrEqual(3);
    expect(Math.abs((after?.width ?? 0) - (before?.width ?? 0))).toBeLessThanOrEqual(3);
    await showWholeButton(page).tap();
    await expectWholeRegion(page, (code) => countryPath(page, code), 'AM');
  });

  test('a small state zoomed in on is named inside its shape; the whole region has no such label', async ({
    page,
  }) => {
    await page.goto('./country/am/');
    await waitForMap(page);
    const label = page.locator('.leaflet-labels-pane [data-close-label="AM"]');
    await expect(label).toHaveText(/^(AM|Armenia)$/);
    const [box, shape] = await Promise.all([
      label.boundingBox(),
      countryPath(page, 'AM').boundingBox(),
    ]);
    const [cx, cy] = [box!.x + box!.width / 2, box!.y + box!.height / 2];
    expect(cx).toBeGreaterThan(shape!.x);
    expect(cx).toBeLessThan(shape!.x + shape!.width);
    expect(cy).toBeGreaterThan(shape!.y);
    expect(cy).toBeLessThan(shape!.y + shape!.height);
    // No state's label is cut by the frame's edge: one that would be is left out.
    const outer = (await frame(page).boundingBox())!;
    const labels = page.locator(
      '.leaflet-labels-pane :is([data-label], [data-close-label], [data-view-label])',
    );
    expect(await labels.count()).toBeGreaterThan(1);
    for (const each of await labels.all()) {
      const b = (await each.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(outer.x - 1);
      expect(b.y).toBeGreaterThanOrEqual(outer.y - 1);
      expect(b.x + b.width).toBeLessThanOrEqual(outer.x + outer.width + 1);
      expect(b.y + b.height).toBeLessThanOrEqual(outer.y + outer.height + 1);
    }

    await showWholeButton(page).tap();
    await expectWholeRegion(page, (code) => countryPath(page, code), 'AM');
    await expect(page.locator('.leaflet-labels-pane [data-close-label]')).toHaveCount(0);
  });

  test('no axe violations with a state brought into view, dark scheme', async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./?country=AM');
    await waitForMap(page);
    await expect(showWholeButton(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the drawn-in map goes back to the whole region too', async ({ page }) => {
    await page.goto('./?country=MD');
    await expectReadable(page, bakedShape(page, 'MD'));
    // A click through the DOM: no pointer or touch, so the drawn-in map stays on screen.
    await showWholeButton(page).dispatchEvent('click');
    await expectWholeRegion(page, (code) => bakedShape(page, code), 'MD');
  });
});

test.describe('desktop, reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the keyboard selects a state and the map jumps to it, without a fly', async ({ page }) => {
    await page.goto('./');
    await waitForMap(page);
    const shape = countryPath(page, 'EE');
    await shape.focus();
    // Enter, then six frames (~0.1 s): a flight (0.5 s) would still be on its way out.
    const across = await shape.evaluate(async (element) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      for (let i = 0; i < 6; i += 1) await frame();
      const box = element.getBoundingClientRect();
      return Math.max(box.width, box.height);
    });
    expect(across).toBeGreaterThanOrEqual(40);
    await expect(page.getByRole('region', { name: COUNTRY_NAMES.EE })).toBeVisible();
    await expect(shape).toBeFocused();
  });
});

test.describe('desktop, with motion', () => {
  type Box = { x: number; y: number; width: number; height: number };
  type Frame = { shape: Box; label: Box | null; tile: Box | null };

  /**
   * Frame by frame while `act` zooms the map: the state's shape, its label and its tile. The
   * page's clock is the test's (installed before the page opened, paused here), so the frames are
   * the page's own, 16 ms of its time apart, however busy the machine: a fly is drawn frame by
   * frame on that clock, and the CSS transitions of Leaflet's animated zoom (the shapes' and the
   * overlays') are held at the time the clock has run since they began.
   */
  async function framesDuringZoom(page: Page, code: Code, act: () => Promise<void>) {
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await act();
    const frames: Frame[] = [];
    for (let time = 0; time < 1200; time += 16) {
      await page.clock.runFor(16);
      frames.push(
        await page.evaluate((id) => {
          const now = performance.now();
          const w = window as unknown as { __began?: WeakMap<Animation, number> };
          const began = (w.__began ??= new WeakMap());
          for (const animation of document.getAnimations()) {
            if (!began.has(animation)) began.set(animation, now);
            animation.pause();
            animation.currentTime = now - began.get(animation)!;
          }
          const box = (element: Element | null) => {
            if (!element) return null;
            const { x, y, width, height } = element.getBoundingClientRect();
            return { x, y, width, height };
          };
          const label = `:is(text[data-label="${id}"], text[data-tile-label="${id}"])`;
          return {
            shape: box(document.querySelector(`path.leaflet-interactive[data-country="${id}"]`))!,
            label: box(document.querySelector(`.leaflet-labels-pane ${label}`)),
            tile: box(document.querySelector(`.leaflet-insets-pane [data-inset="${id}"]`)),
          };
        }, code),
      );
    }
    return frames;
  }

  /** The zoom was sampled in motion: the shape at many sizes, and grown by the end. */
  const expectMotion = (frames: readonly Frame[]) => {
    const widths = frames.map((frame) => Math.round(frame.shape.width));
    expect(new Set(widths).size).toBeGreaterThan(5);
    expect(widths.at(-1)!).toBeGreaterThan(widths[0]! * 1.2);
  };

  /**
   * How far (px) `follower` strays from riding on `base`: drawn on the map, its centre keeps its
   * place in the base's box (taken from the last, largest frame) however the map zooms and moves;
   * one left in place while the map zooms strays by tens or hundreds of pixels. The allowance is
   * 3 px for rounding, and 1 px more for each box-width the follower lies away from its base (a
   * box measured to the pixel puts the far point out by that much).
   */
  function stray(frames: readonly Frame[], follower: keyof Frame, base: keyof Frame) {
    const centre = (b: Box) => [b.x + b.width / 2, b.y + b.height / 2] as const;
    const last = frames[frames.length - 1]!;
    const [fx, fy] = centre(last[follower]!);
    const rx = (fx - last[base]!.x) / last[base]!.width;
    const ry = (fy - last[base]!.y) / last[base]!.height;
    const worst = Math.max(
      ...frames.map((frame) => {
        const [x, y] = centre(frame[follower]!);
        const to = frame[base]!;
        return Math.max(
          Math.abs(x - (to.x + rx * to.width)),
          Math.abs(y - (to.y + ry * to.height)),
        );
      }),
    );
    return { worst, allowed: 3 + Math.max(Math.abs(rx), Math.abs(ry)) };
  }

  const expectRiding = (frames: readonly Frame[], follower: keyof Frame, base: keyof Frame) => {
    const { worst, allowed } = stray(frames, follower, base);
    expect(worst, `${follower} on ${base}: within ${allowed.toFixed(1)} px`).toBeLessThan(allowed);
  };

  test('labels and tiles travel with the shapes through the zoom button’s zoom and a fly to a state', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.clock.install();
    await page.goto('./');
    await waitForMap(page);
    const zoomIn = await framesDuringZoom(page, 'KZ', () =>
      page.locator('.leaflet-control-zoom-in').click(),
    );
    expectMotion(zoomIn);
    expectRiding(zoomIn, 'label', 'shape');

    const fly = await framesDuringZoom(page, 'AM', () =>
      page.getByRole('link', { name: COUNTRY_NAMES.AM, exact: true }).click(),
    );
    expectMotion(fly);
    // Armenia is labelled in its tile, and its tile lies over open ground beside it.
    expectRiding(fly, 'label', 'tile');
    expectRiding(fly, 'tile', 'shape');
  });
});
