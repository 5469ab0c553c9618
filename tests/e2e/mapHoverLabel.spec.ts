import type { Page } from '@playwright/test';
import { countryPath, expect, pointInside, tabToCountry, test, openMap } from './helpers';
import type { Code } from './helpers';

// The map's visual label for the shape under the pointer or with the focus.

test.describe('hover and focus label', () => {
  /** The map's visual label (hidden from screen readers, which hear the shape's own name). */
  const label = (page: Page) => page.locator('.status-map .map-tooltip');

  test('hovering a shape shows its name and status beside the pointer; leaving hides it', async ({
    page,
  }) => {
    await openMap(page);
    const point = await pointInside(page, 'KZ');
    await countryPath(page, 'KZ').hover({ position: point });
    await expect(label(page)).toBeVisible();
    await expect(label(page)).toHaveText('Kazakhstan — member state');
    await expect(label(page)).toHaveAttribute('aria-hidden', 'true');
    // Beside the pointer, not somewhere else on the map.
    const box = (await label(page).boundingBox())!;
    const shape = (await countryPath(page, 'KZ').boundingBox())!;
    const pointer = { x: shape.x + point.x, y: shape.y + point.y };
    expect(Math.abs(box.y + box.height / 2 - pointer.y)).toBeLessThan(4);
    expect(
      Math.min(Math.abs(box.x - pointer.x), Math.abs(box.x + box.width - pointer.x)),
    ).toBeLessThan(20);

    await page.mouse.move(1, 1);
    await expect(label(page)).toBeHidden();
  });

  test('a focused shape shows its label inside the shape; an arrow key moves it to the next shape', async ({
    page,
  }) => {
    await openMap(page);
    const code = await tabToCountry(page);
    await expect(label(page)).toBeVisible();
    await expect(label(page)).toHaveText(
      (await countryPath(page, code).getAttribute('aria-label')) ?? '',
    );
    const box = (await label(page).boundingBox())!;
    const shape = (await countryPath(page, code).boundingBox())!;
    const anchorY = box.y + box.height / 2;
    expect(anchorY).toBeGreaterThan(shape.y);
    expect(anchorY).toBeLessThan(shape.y + shape.height);

    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-country'));
    expect(next).toBeTruthy();
    await expect(label(page)).toHaveText(
      (await countryPath(page, next as Code).getAttribute('aria-label')) ?? '',
    );
    await page.keyboard.press('Tab');
    await expect(label(page)).toBeHidden();
  });
});
