import { test as base } from '@playwright/test';
import type { Route } from '@playwright/test';
// The quotes in the order the panel shows them.
import { MEETING_QUOTES as QUOTES } from '../../src/quotes/quoteOrder';
import { expect, nudgeUntil, waitForMap } from './helpers';
import { slider, timeline } from './locators';

/*
 * A chunk that fails to load (the boundaries, the details panel) takes down only its own panel:
 * the error boundary says so and the rest of the page keeps working.
 */

/** Console errors a failed map chunk may cause (the browser, React and the boundary). */
const EXPECTED_CHUNK_ERRORS = [
  /Failed to load resource/i,
  /region\.topo/i,
  /StatusMap/i,
  /CountryDetails/i,
  /dynamically imported module/i,
  /Unexpected end of input/i,
  /could not be shown/i,
  /The above error occurred/i,
  /error boundary/i,
];

const CHUNK_FAILURES = {
  'is aborted': (route: Route) => route.abort('failed'),
  'is not valid JavaScript': (route: Route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'export default {' }),
} as const;

for (const [failure, handle] of Object.entries(CHUNK_FAILURES)) {
  // Not the guard of helpers.ts: this page logs errors on purpose. They are checked here instead.
  base(
    `when the interactive map's chunk ${failure}, only the map panel fails`,
    async ({ page }) => {
      const pageErrors: string[] = [];
      const dialogs: string[] = [];
      const consoleErrors: string[] = [];
      const httpErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss().catch(() => undefined);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('response', (response) => {
        if (response.status() >= 400) httpErrors.push(`${response.status()} ${response.url()}`);
      });
      let intercepted = 0;
      await page.route('**/assets/StatusMap-*.js', async (route) => {
        intercepted += 1;
        await handle(route);
      });

      await page.goto('./');
      const alert = page.getByRole('alert').filter({ hasText: 'The map could not be shown' });
      await nudgeUntil(page, () => expect(alert).toBeVisible({ timeout: 500 }));
      await expect(alert).toHaveText(
        'The map could not be shown. The rest of the page still works; reloading may help.',
      );
      expect(intercepted).toBeGreaterThan(0);
      await expect(page.getByRole('alert')).toHaveCount(1); // no other panel failed
      await expect(page.locator('.leaflet-container, path[data-country]')).toHaveCount(0);
      await expect(page.locator('.map-loading')).toHaveCount(0);

      // The table selects a country.
      await page.getByRole('link', { name: 'Georgia', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Georgia' })).toBeVisible();

      // The date slider moves the day, and the table follows.
      const caption = page.locator('table.country-table caption');
      const dateSlider = slider(page);
      await expect(caption).toHaveText('Status of the 15 post-Soviet states on 22 Dec 2025');
      await dateSlider.focus();
      await dateSlider.press('Home');
      await expect(caption).toHaveText('Status of the 15 post-Soviet states on 8 Dec 1991');
      await expect(dateSlider).toHaveAttribute('aria-valuetext', '8 December 1991');
      await dateSlider.press('End');
      await expect(caption).toHaveText('Status of the 15 post-Soviet states on 22 Dec 2025');

      // The timeline selects an event and moves the day to it.
      const timelineRegion = timeline(page);
      const event = timelineRegion.getByRole('button', {
        name: /Georgia’s withdrawal takes effect/,
      });
      await event.click();
      await expect(event).toHaveAttribute('aria-pressed', 'true');
      await expect(caption).toHaveText('Status of the 15 post-Soviet states on 18 Aug 2009');

      // The quotes page through.
      const quotes = page.locator('.meeting-section');
      await expect(quotes.locator('blockquote')).toBeVisible();
      await expect(quotes.locator('.quote-count')).toHaveText(`Quote 1 of ${QUOTES.length}`);
      await quotes.getByRole('button', { name: 'Next quote →' }).click();
      await expect(quotes.locator('.quote-count')).toHaveText(`Quote 2 of ${QUOTES.length}`);
      await expect(quotes.locator('blockquote')).toContainText(QUOTES[1]?.text.slice(0, 30) ?? '');

      expect(pageErrors, 'uncaught page errors').toEqual([]);
      expect(dialogs, 'dialogs').toEqual([]);
      expect(httpErrors, 'HTTP errors').toEqual([]);
      const unexpected = consoleErrors.filter(
        (text) => !EXPECTED_CHUNK_ERRORS.some((pattern) => pattern.test(text)),
      );
      expect(unexpected, 'console errors other than the failed chunk').toEqual([]);
    },
  );
}

base('when the details panel cannot load, only the details fail', async ({ page }) => {
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  let intercepted = 0;
  await page.route('**/assets/CountryDetails-*.js', async (route) => {
    intercepted += 1;
    await route.abort('failed');
  });

  await page.goto('./');
  await waitForMap(page);
  await page.getByRole('link', { name: 'Georgia', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(
    'The details of this state could not be shown. The rest of the page still works; reloading may help.',
  );
  expect(intercepted).toBeGreaterThan(0);
  // The map, the table and the date still work.
  await expect(page.locator('path[data-country="GE"]')).toHaveAttribute('aria-pressed', 'true');
  const caption = page.locator('table.country-table caption');
  await slider(page).focus();
  await page.keyboard.press('Home');
  await expect(caption).toHaveText('Status of the 15 post-Soviet states on 8 Dec 1991');
  await expect(page.getByRole('alert')).toHaveCount(1);

  expect(pageErrors, 'uncaught page errors').toEqual([]);
  const unexpected = consoleErrors.filter(
    (text) => !EXPECTED_CHUNK_ERRORS.some((pattern) => pattern.test(text)),
  );
  expect(unexpected, 'console errors other than the failed chunk').toEqual([]);
});

base(
  'when the embed dialog’s words fail to load, the footer says so and the page works',
  async ({ page }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    let intercepted = 0;
    await page.route('**/assets/embedDialog-*.js', async (route) => {
      intercepted += 1;
      await route.abort('failed');
    });
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await page.getByRole('button', { name: 'Embed this explainer' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'The embed code could not be shown' }),
    ).toBeVisible();
    expect(intercepted).toBeGreaterThan(0);
    // Chromium reports a module that failed to fetch as a page error, though the app handled it.
    expect(pageErrors.filter((error) => !/dynamically imported module/i.test(error))).toEqual([]);
    // The rest of the page still answers.
    await page
      .getByRole('button', { name: /^Kazakhstan/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { name: 'Kazakhstan', level: 3 })).toBeVisible();
  },
);
