import { stat } from 'node:fs/promises';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Page, TestInfo } from '@playwright/test';
import { countryPath, expect, horizontalOverflow, openMap, test } from './helpers';
import { details, modeRadio, venue } from './locators';

// The layout at a phone's and a desktop's size: nothing scrolls sideways, the map is big enough,
// and a state's page reads as it should. The screenshots are kept with the test results for
// people to look at; what they are meant to show is asserted.

/** How many different byte values a PNG's image data holds: a blank or flat image has a few. */
function distinctBytes(png: Buffer): number {
  const data: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') {
      data.push(png.subarray(at + 8, at + 8 + length));
    }
    at += 12 + length;
  }
  return new Set(inflateSync(Buffer.concat(data))).size;
}

/** Writes a screenshot into the test's output and checks it was written and shows something. */
async function screenshot(page: Page, testInfo: TestInfo, name: string, fullPage = false) {
  const file = path.join(testInfo.project.outputDir, 'screenshots', name);
  const bytes = await page.screenshot({ path: file, fullPage });
  expect((await stat(file)).size, name).toBe(bytes.length);
  expect(distinctBytes(bytes), `${name} is not blank`).toBeGreaterThan(64);
}

/** No sideways scroll at the root or in the body. */
async function expectNoSidewaysScroll(page: Page) {
  const { scroll, client } = await horizontalOverflow(page);
  expect(scroll).toBeLessThanOrEqual(client);
}

test.describe('layout', () => {
  test.describe('phone 375×740', () => {
    test.use({ viewport: { width: 375, height: 740 } });

    test('no sideways scroll, the map is tall enough', async ({ page }) => {
      await openMap(page);
      await expectNoSidewaysScroll(page);
      const box = await page.locator('.map-frame').boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(240);
      expect(box?.width ?? 0).toBeLessThanOrEqual(375);

      // Still none with the details of a state open.
      await page.getByRole('link', { name: 'Kazakhstan', exact: true }).click();
      await expect(details(page, 'KZ')).toBeVisible();
      await expectNoSidewaysScroll(page);
    });

    test('a state’s page: its shape selected, its details shown, no sideways scroll (screenshot kept)', async ({
      page,
    }, testInfo) => {
      await openMap(page, '?country=KZ');
      await page.evaluate(() => document.fonts.ready);
      await expect(countryPath(page, 'KZ')).toHaveAttribute('aria-pressed', 'true');
      await expect(details(page, 'KZ')).toBeVisible();
      await expectNoSidewaysScroll(page);
      await screenshot(page, testInfo, 'phone-375x740.png', true);
    });
  });

  test.describe('desktop', () => {
    test('1280×800: no sideways scroll', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openMap(page);
      await expectNoSidewaysScroll(page);
    });

    test('1280×900: a state’s page shows its shape selected and its details on screen, the meeting its venue (screenshots kept)', async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openMap(page, '?country=KZ');
      await page.evaluate(() => document.fonts.ready);
      await expect(countryPath(page, 'KZ')).toHaveAttribute('aria-pressed', 'true');
      await expect(countryPath(page, 'KZ')).toBeInViewport();
      await expect(details(page, 'KZ')).toBeInViewport();
      await expectNoSidewaysScroll(page);
      await screenshot(page, testInfo, 'desktop-1280x900.png');

      await modeRadio(page, 'meeting').check();
      await expect(venue(page)).toHaveCount(1);
      await expect(venue(page)).toBeInViewport();
      await expectNoSidewaysScroll(page);
      await screenshot(page, testInfo, 'desktop-1280x900-meeting.png');
    });
  });
});
