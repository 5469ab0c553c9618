import { CODES, COUNTRY_NAMES, countryPath, expect, tabToCountry, test, openMap } from './helpers';
import type { Code } from './helpers';

// The map by keyboard: one tab stop, arrow keys, Home and End between the states, Enter and
// Space select, Escape clears, the focus is visible.

test.describe('selecting a country by keyboard', () => {
  test('keyboard: Tab reaches the shapes, Enter and Space open details, focus is visible', async ({
    page,
  }) => {
    await openMap(page);
    const first = await tabToCountry(page);
    const focused = countryPath(page, first);
    await expect(focused).toBeFocused();
    await expect(focused).toHaveAttribute('role', 'button');
    await expect(focused).toHaveAttribute('aria-label', new RegExp(`^${COUNTRY_NAMES[first]} — `));

    // The focused shape is drawn with a thicker stroke than an unfocused, unselected one.
    const other = CODES.find((code) => code !== first) ?? 'RU';
    const strokeWidth = (code: typeof first) =>
      countryPath(page, code).evaluate((element) =>
        parseFloat(getComputedStyle(element).strokeWidth),
      );
    const [focusedWidth, otherWidth] = [await strokeWidth(first), await strokeWidth(other)];
    expect(focusedWidth).toBeGreaterThan(otherWidth);
    expect(focusedWidth).toBeGreaterThanOrEqual(2);

    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: COUNTRY_NAMES[first] })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/country/${first.toLowerCase()}/$`));
    await expect(focused).toBeFocused();

    // The next shape (the arrow keys move within the map), with Space this time.
    await page.keyboard.press('ArrowRight');
    const second = (await page.evaluate(() =>
      document.activeElement?.getAttribute('data-country'),
    )) as Code;
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Space');
    await expect(page.getByRole('region', { name: COUNTRY_NAMES[second] })).toBeVisible();
    await expect(page.getByRole('region', { name: COUNTRY_NAMES[first] })).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`/country/${second.toLowerCase()}/$`));
    // Space on a shape selects it and does not scroll the page.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
  });

  test('the map is one tab stop: arrows, Home and End move, Escape clears, Tab leaves', async ({
    page,
  }) => {
    await openMap(page);
    const focusedCode = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-country') ?? null);
    const order = [...CODES].sort((a, b) => COUNTRY_NAMES[a].localeCompare(COUNTRY_NAMES[b]));
    expect(await tabToCountry(page)).toBe(order[0]);
    await page.keyboard.press('ArrowRight');
    expect(await focusedCode()).toBe(order[1]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedCode()).toBe(order[2]);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedCode()).toBe(order[1]);
    await page.keyboard.press('End');
    expect(await focusedCode()).toBe(order[14]);
    await page.keyboard.press('Home');
    expect(await focusedCode()).toBe(order[0]);
    await page.keyboard.press('ArrowUp');
    expect(await focusedCode()).toBe(order[14]);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/country/${order[14]!.toLowerCase()}/$`));
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/country/);
    await expect(countryPath(page, order[14]!)).toHaveAttribute('aria-pressed', 'false');
    // The hint says how, without being seen.
    await expect(countryPath(page, order[0]!)).toHaveAccessibleDescription(/arrow keys/);
    // Tab leaves the map: no other shape takes the focus on the way out.
    await page.keyboard.press('Tab');
    expect(await focusedCode()).toBeNull();
    // Shift+Tab comes back to the state last visited.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedCode()).toBe(order[14]);
  });
});
