import { CODES, COUNTRY_NAMES, clickCountry, countryPath, expect, test, openMap } from './helpers';

// Selecting a state on the Leaflet map by pointer: its details open, the address follows, and
// every shape is a button named after its state.

test.describe('selecting a country', () => {
  test('clicking Kazakhstan’s shape opens its details and puts it in the address', async ({
    page,
  }) => {
    await openMap(page);
    await expect(page.getByText(/Select a country on the map/)).toBeVisible();
    const historyLength = await page.evaluate(() => history.length);

    await clickCountry(page, 'KZ');

    const details = page.getByRole('region', { name: 'Kazakhstan' });
    await expect(details).toBeVisible();
    await expect(details).toContainText('Member state');
    await expect(details.getByRole('heading', { name: 'Kazakhstan' })).toBeVisible();
    await expect(page).toHaveURL(/\/country\/kz\/$/);
    // A new history entry: the state's own page, so Back returns to the map without it.
    expect(await page.evaluate(() => history.length)).toBe(historyLength + 1);
    await expect(countryPath(page, 'KZ')).toHaveAttribute('aria-pressed', 'true');
  });

  test('Russia is clicked inside its shape (its box centre is sea) and the close button clears it', async ({
    page,
  }) => {
    await openMap(page);
    await clickCountry(page, 'RU');
    const details = page.getByRole('region', { name: 'Russia' });
    await expect(details).toContainText('Member state');
    await expect(page).toHaveURL(/\/country\/ru\/$/);

    await details.getByRole('button', { name: 'Close details for Russia' }).click();
    await expect(details).toHaveCount(0);
    await expect(page).not.toHaveURL(/country/);
    await expect(countryPath(page, 'RU')).toHaveAttribute('aria-pressed', 'false');
  });

  test('each of the 15 shapes is a button named after its country', async ({ page }) => {
    await openMap(page);
    for (const code of CODES) {
      const button = page.getByRole('button', { name: new RegExp(`^${COUNTRY_NAMES[code]} — `) });
      await expect(button, COUNTRY_NAMES[code]).toHaveCount(1);
      await expect(button, COUNTRY_NAMES[code]).toHaveAttribute('data-country', code);
    }
    // One tab stop: the first state in name order, the others reached with the arrow keys.
    await expect(page.locator('path[data-country][tabindex="0"]')).toHaveCount(1);
    await expect(page.locator('path[data-country][tabindex="-1"]')).toHaveCount(14);
  });
});
