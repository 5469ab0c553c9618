import { expect, horizontalOverflow, test, waitForMap } from './helpers';
import { modeRadio, slider } from './locators';

// The embed layout, its views, the credit link and the embed-code generator. The host-page side
// (embed.js, height messages, sandboxing) is in hostEmbedding.spec.ts.

test.describe('embed layout', () => {
  test('?embed=1 drops the page header and footer, keeps a credit to the full page in the same state', async ({
    page,
  }) => {
    await page.goto('./?embed=1&country=KZ&date=2008');
    await waitForMap(page);
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Embed this explainer' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Kazakhstan' })).toBeVisible();

    const credit = page.getByRole('link', { name: /The CIS explained/ });
    await expect(credit).toHaveAttribute('target', '_blank');
    await expect(credit).toHaveAttribute('rel', /noopener/);
    const href = new URL((await credit.getAttribute('href')) ?? '', page.url());
    // The state's own page, which shows it even without JavaScript.
    expect(href.pathname).toBe('/country/kz/');
    expect(href.searchParams.get('date')).toBe('2008');
    expect(href.searchParams.has('embed')).toBe(false);
  });

  test('view=quotes shows the quotes and no map; view=map no timeline; view=timeline a slider and no map', async ({
    page,
  }) => {
    await page.goto('./?embed=1&view=quotes');
    await expect(page.getByRole('figure').first()).toBeVisible();
    await expect(page.locator('.leaflet-container')).toHaveCount(0);
    await expect(slider(page)).toHaveCount(0);

    await page.goto('./?embed=1&view=map');
    await waitForMap(page);
    await expect(page.getByRole('heading', { name: 'The CIS since 1991' })).toHaveCount(0);
    await expect(page.getByRole('figure')).toHaveCount(0);

    await page.goto('./?embed=1&view=timeline');
    await expect(slider(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The CIS since 1991' })).toBeVisible();
    await expect(page.locator('.leaflet-container')).toHaveCount(0);
  });

  test('?transparent=1 lets the host page show through; without it the page is opaque', async ({
    page,
  }) => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto('./?embed=1&view=quotes&transparent=1');
    await expect(page.getByRole('figure').first()).toBeVisible();
    expect(await background()).toBe('rgba(0, 0, 0, 0)');
    await page.goto('./?embed=1&view=quotes');
    await expect(page.getByRole('figure').first()).toBeVisible();
    expect(await background()).toBe('rgb(255, 255, 255)');
  });

  for (const width of [300, 375, 800, 1200]) {
    test(`an embed ${width} px wide has no sideways scroll and a usable map`, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      await page.goto('./?embed=1');
      await waitForMap(page);
      const { scroll, client } = await horizontalOverflow(page);
      expect(scroll).toBeLessThanOrEqual(client);
      const box = await page.locator('.leaflet-container').boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(240);
      expect(box?.width ?? 0).toBeLessThanOrEqual(width);
    });
  }
});

test.describe('embed-code generator', () => {
  test('the snippet carries the current state and opens in that state', async ({ page }) => {
    await page.goto('./?country=KZ&date=2008&mode=meeting');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Embed this explainer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this explainer' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Show').selectOption('map');
    await dialog.getByLabel('Colours').selectOption('dark');

    const responsive = await dialog.getByLabel('Self-resizing (recommended)').inputValue();
    const fixed = await dialog.getByLabel('Plain iframe, fixed height').inputValue();
    expect(responsive).toMatch(/<iframe data-cis-explainer src="[^"]+"[^>]* title="[^"]+"/);
    expect(responsive).toMatch(/<script async src="[^"]*\/embed\.js"><\/script>/);
    expect(fixed).not.toContain('data-cis-explainer');
    expect(fixed).toMatch(/height="\d+"/);

    const src = /src="([^"]+)"/.exec(responsive)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const url = new URL(src);
    // The map view's prerendered page of the state, the date, mode and theme in the query.
    expect(url.pathname).toBe('/embed/map/kz/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      date: '2008',
      mode: 'meeting',
      theme: 'dark',
    });

    await page.goto(src);
    await waitForMap(page);
    await expect(page.getByRole('region', { name: 'Kazakhstan' })).toBeVisible();
    await expect(modeRadio(page, 'meeting')).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('banner')).toHaveCount(0);
  });
});
