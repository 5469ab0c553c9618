import { EVENTS } from '../../src/data/events';
// The quotes in the order the panel shows them.
import { MEETING_QUOTES as QUOTES } from '../../src/quotes/quoteOrder';
import { expect, test } from './helpers';

/* The prerendered page without JavaScript: complete to read, and saying what needs a script. */

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a state’s page switches language to the same state’s page', async ({ page }) => {
    await page.goto('./ru/country/ge/');
    await page
      .getByRole('navigation', { name: 'Язык' })
      .getByRole('link', { name: 'English' })
      .click();
    await expect(page).toHaveURL(/\/country\/ge\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Georgia and the CIS');
  });

  test('the prerendered page reads complete, and says what needs JavaScript', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'The Commonwealth of Independent States',
    );
    const table = page.getByRole('table', { name: /Status of the 15 post-Soviet states/ });
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(15);
    await expect(table.getByRole('link', { name: 'Georgia', exact: true })).toHaveAttribute(
      'href',
      './country/ge/',
    );

    const events = page.locator('.event-list > li');
    expect(await events.count()).toBe(EVENTS.length);
    await expect(events.first()).toBeVisible();
    await expect(events.locator('time[datetime]')).toHaveCount(EVENTS.length);
    await expect(events.first().locator('time')).toBeVisible();

    await expect(page.locator('blockquote').first()).toBeVisible();
    await expect(page.locator('blockquote').first()).toContainText(
      QUOTES[0]?.text.slice(0, 30) ?? '',
    );

    // The sources and the corrections are a link away (tests/e2e/sourcesPage.spec.ts).
    const sources = page.getByRole('region', { name: 'Sources' });
    await expect(sources).toBeVisible();
    await expect(
      sources.getByRole('link', { name: 'All sources and corrections' }),
    ).toHaveAttribute('href', './sources/');

    const note = page.locator('.noscript-note');
    await expect(note).toBeVisible();
    await expect(note).toContainText('need JavaScript');

    await expect(page.locator('.map-loading')).toHaveCount(0);
    await expect(page.getByRole('slider')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Embed this explainer' })).toBeHidden();
  });
});
