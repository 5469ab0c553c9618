import { countryPath, expect, fillOf, test, openMap } from './helpers';
import { legendRow, mapTitle, modeRadio, notices, venue } from './locators';

// Addresses that open the map in a state: a country, a date, a mode; bad values give a polite
// notice and keep the defaults.

test.describe('deep links', () => {
  test('?country=kz (lower case) opens Kazakhstan', async ({ page }) => {
    await openMap(page, '?country=kz');
    await expect(page.getByRole('region', { name: 'Kazakhstan' })).toContainText('Member state');
    await expect(countryPath(page, 'KZ')).toHaveAttribute('aria-pressed', 'true');
    await expect(notices(page)).toHaveCount(0);
  });

  const badValues = [
    { search: '?country=XX', param: 'country', value: 'XX' },
    {
      search: `?country=${encodeURIComponent('<script>alert(1)</script>')}`,
      param: 'country',
      value: '<script>alert(1)</script>',
    },
    { search: '?date=abc', param: 'date', value: 'abc' },
  ];
  for (const { search, param, value } of badValues) {
    test(`${decodeURIComponent(search)} → a polite notice, defaults kept`, async ({ page }) => {
      await openMap(page, search);
      const notice = notices(page);
      await expect(notice).toBeVisible();
      await expect(notice).toHaveAttribute('aria-live', 'polite');
      await expect(notice).toContainText(`${param} “${value}”`);
      // Shown as text: no element was made from it, no script ran (the guard fails on dialogs).
      await expect(notice.locator('script')).toHaveCount(0);
      const injected = await page.evaluate(
        () => [...document.scripts].filter((s) => s.textContent?.includes('alert')).length,
      );
      expect(injected).toBe(0);
      // Defaults: no country, today's status, 8 member states.
      await expect(mapTitle(page)).toHaveText('Who is in the CIS: 22 Dec 2025');
      await expect(legendRow(page, 'Member state')).toContainText('8 states');
      await expect(page.locator('.details')).toHaveCount(0);

      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toBeHidden();
    });
  }

  test('?date=1800 → a notice, and the map shows the founding day instead', async ({ page }) => {
    await openMap(page, '?date=1800');
    const notice = notices(page);
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('date “1800”');
    await expect(notice).toContainText('before the CIS was founded');
    await expect(mapTitle(page)).toHaveText('Who is in the CIS: 8 Dec 1991');
  });

  test('?mode=meeting opens the meeting map', async ({ page }) => {
    await openMap(page, '?mode=meeting');
    await expect(modeRadio(page, 'meeting')).toBeChecked();
    await expect(mapTitle(page)).toHaveText('Who came to St Petersburg on 22 Dec 2025');
    await expect(venue(page)).toHaveCount(1);
    expect(await fillOf(page, 'AZ')).not.toBe(await fillOf(page, 'RU'));
  });
});
