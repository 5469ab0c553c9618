import type { Page } from '@playwright/test';
import { clickCountry, expect, openMap, tabToCountry, test } from './helpers';

/*
 * The quotes and the downloads are below the fold: on the prerendered page their HTML is there
 * from the start, and their code loads only as the reader nears them. The sources list is drawn
 * then too, its HTML being on the sources page (the explainer's carries a link to it). The
 * details panel is not on the first view at all: it loads once the reader reaches for the map.
 */

const DEFERRED_CHUNKS =
  /\/assets\/(QuotePanel|PageSources|DataDownloads|sources|CountryDetails|contested)-[\w-]+\.js$/;

/** Records the deferred chunks the page requests from now on. */
function deferredRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const match = DEFERRED_CHUNKS.exec(new URL(request.url()).pathname);
    if (match?.[1]) requested.push(match[1]);
  });
  return requested;
}

function nextQuote(page: Page) {
  return page.getByRole('button', { name: /^Next quote/ });
}

test('the default page shows the quotes and the way to the sources at once, and loads their code only when near', async ({
  page,
}) => {
  const requested = deferredRequests(page);
  // Woken by a key, not the pointer: a pointer wandering onto the map would rightly fetch the
  // details panel, which is not what this test is about.
  await page.goto('./');
  await expect(async () => {
    await page.keyboard.press('Shift');
    await expect(page.locator('path[data-country]')).toHaveCount(15, { timeout: 500 });
  }).toPass();
  await page.waitForLoadState('networkidle');

  // Readable before any of their code: the server HTML.
  await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeAttached();
  await expect(page.getByRole('link', { name: 'All sources and corrections' })).toBeAttached();
  await expect(page.locator('.source-list li')).toHaveCount(0);
  await expect(page.getByRole('figure').first()).toContainText('“');
  expect(requested, 'nothing below the fold is loaded with the first view').toEqual([]);

  await page.getByRole('heading', { name: 'Sources', level: 2 }).scrollIntoViewIfNeeded();
  await expect.poll(() => [...new Set(requested)].sort()).toContain('PageSources');
  // The citations' full records came with it, drawn once.
  await expect.poll(() => page.locator('.source-list li').count()).toBeGreaterThan(50);
  await expect(page.locator('.source-list')).toHaveCount(1);
});

test('a quote button pressed before its code arrived still works', async ({ page }) => {
  const requested = deferredRequests(page);
  await openMap(page);
  const words = page.getByRole('figure').first().locator('blockquote');
  const before = await words.textContent();
  // The click itself brings the code in; the page must not swallow it or lose the quote.
  await nextQuote(page).click();
  await expect(words).not.toHaveText(before ?? '');
  await expect(page).toHaveURL(/\?quote=/);
  expect(requested).toContain('QuotePanel');
});

test('a deep link renders the deferred parts at once', async ({ page }) => {
  await openMap(page, '?country=KZ');
  await expect(nextQuote(page)).toBeVisible();
  await expect(page.locator('.source-list li')).not.toHaveCount(0);
  await expect(page.getByRole('button', { name: /^CSV/ }).first()).toBeAttached();
});

test('the details panel loads when the reader points at the map, before the click', async ({
  page,
}) => {
  const requested = deferredRequests(page);
  await page.goto('./');
  // The Leaflet map loads at any sign of life: a key pressed on the page gives one without the
  // pointer passing over the map (openMap's nudges might, and that alone asks for the details).
  await expect(async () => {
    await page.keyboard.press('Shift');
    await expect(page.locator('path[data-country][aria-label]')).toHaveCount(15, { timeout: 500 });
  }).toPass();
  await page.waitForLoadState('networkidle');
  expect(requested).not.toContain('CountryDetails');

  // The summary comes first: the reader scrolls to the map, then points at it.
  await page.locator('.status-map').scrollIntoViewIfNeeded();
  const map = (await page.locator('.status-map').boundingBox())!;
  await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
  await expect.poll(() => requested).toContain('CountryDetails');
  await clickCountry(page, 'AM');
  await expect(page.getByRole('region', { name: 'Armenia' })).toContainText('Member state');
});

test('keyboard readers get it on their way into the map', async ({ page }) => {
  const requested = deferredRequests(page);
  await openMap(page);
  await tabToCountry(page);
  await expect.poll(() => requested).toContain('CountryDetails');
  await page.keyboard.press('Enter');
  await expect(page.locator('.details')).toBeVisible();
});
