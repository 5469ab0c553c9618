import { clickCountry, countryPath, expect, test, waitForMap, openMap } from './helpers';
import { modeRadio } from './locators';

// A full visit asks no other origin for anything.

test.describe('privacy', () => {
  test('no request leaves the page’s origin during a full visit', async ({ page, guard }) => {
    await openMap(page);
    await clickCountry(page, 'UA');
    await modeRadio(page, 'meeting').check();
    await countryPath(page, 'RU').hover();
    await page.mouse.wheel(0, 400);
    await page.reload();
    await waitForMap(page);
    await page.waitForLoadState('networkidle');
    expect(guard.foreignRequests).toEqual([]);
  });
});
