import { clickCountry, expect, test, openMap, axeViolations } from './helpers';

// axe-core on the page in its main states.

test.describe('accessibility (axe-core)', () => {
  // axe's colour-contrast rule alone takes 5–12 s on this long page on a 2-core machine.
  test.describe.configure({ timeout: 90_000 });
  const pages = [
    { name: 'default page', search: '' },
    { name: 'a country selected', search: '?country=UA' },
    { name: 'meeting mode', search: '?mode=meeting' },
    { name: 'a notice shown', search: '?country=XX' },
  ];
  for (const { name, search } of pages) {
    test(`no violations: ${name}`, async ({ page }) => {
      await openMap(page, search);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('no violations: dark colour scheme, with a country selected', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openMap(page);
    await clickCountry(page, 'KZ');
    await expect(page.getByRole('region', { name: 'Kazakhstan' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
