import { countryPath, expect, fillOf, paintOf, test, openMap } from './helpers';
import { legendRow, modeRadio, venue } from './locators';

// The map's colours: each status and attendance its own, the legend's swatches the same, and a
// dark scheme recolours.

test.describe('colours', () => {
  test('Russia is a party to the founding agreement in mid-1993 and a member state once the Charter is in force', async ({
    page,
  }) => {
    await openMap(page, '?country=RU&date=1993-06-01');
    const details = page.getByRole('region', { name: 'Russia' });
    await expect(details).toContainText('On 1 June 1993: Party to the 1991 treaty');
    await expect(details).toContainText(
      'Ratified the Charter on 15 Apr 1993; in force from 22 Jan 1994.',
    );
    // Same colour as Kazakhstan, which had ratified only the founding agreement then.
    expect(await fillOf(page, 'RU')).toBe(await fillOf(page, 'KZ'));
    await openMap(page, '?country=RU&date=1994-02-01');
    await expect(page.getByRole('region', { name: 'Russia' })).toContainText(
      'On 1 February 1994: Member state since 22 Jan 1994.',
    );
    const swatch = paintOf(legendRow(page, 'Member state').locator('rect'));
    expect(await swatch).toBe(await fillOf(page, 'RU'));
    expect(await fillOf(page, 'RU')).not.toBe(await fillOf(page, 'KZ'));
  });

  test('members, withdrawn and never-joined states differ; the legend uses the same colours', async ({
    page,
  }) => {
    await openMap(page);
    const [ru, kz, ge, ee] = [
      await fillOf(page, 'RU'),
      await fillOf(page, 'KZ'),
      await fillOf(page, 'GE'),
      await fillOf(page, 'EE'),
    ];
    expect(ru).toBe(kz); // both members
    expect(ru).not.toBe(ge);
    expect(ru).not.toBe(ee);
    expect(ge).not.toBe(ee);
    const swatch = (label: string) => paintOf(legendRow(page, label).locator('rect'));
    expect(await swatch('Member state')).toBe(ru);
    expect(await swatch('Withdrawn')).toBe(ge);
    expect(await swatch('Never joined')).toBe(ee);
  });

  test('meeting mode: absent Azerbaijan differs from attending Russia, the venue is marked', async ({
    page,
  }) => {
    await openMap(page);
    await expect(venue(page)).toHaveCount(0);
    const statusFill = await fillOf(page, 'RU');

    await modeRadio(page, 'meeting').check();

    await expect(page).toHaveURL(/\?mode=meeting$/);
    await expect.poll(() => fillOf(page, 'RU')).not.toBe(statusFill);
    expect(await fillOf(page, 'AZ')).not.toBe(await fillOf(page, 'RU'));
    expect(await fillOf(page, 'KZ')).toBe(await fillOf(page, 'RU')); // both attended
    await expect(venue(page)).toHaveCount(1);
    await expect(countryPath(page, 'AZ')).toHaveAttribute('aria-label', /^Azerbaijan — /);
  });

  test('dark colour scheme recolours the map', async ({ page }) => {
    await openMap(page);
    const light = await fillOf(page, 'RU');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => fillOf(page, 'RU')).not.toBe(light);
  });
});
