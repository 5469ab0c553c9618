import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './helpers';

/*
 * An embed of a state (embed/map/ge/, embed/ge/, ru/…): its HTML shows the state, the app
 * hydrates it as it is, and the address follows the reader's choice of another state.
 */

/** The selected state's outline on the drawn-in map: drawn thicker than the others. */
const selectedShape = (page: Page, code: string) =>
  page.locator(`svg.baked-map path[data-shape="${code}"]`);

test.describe('a state’s embed without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('embed/map/ge/ shows Georgia selected, light, from its HTML', async ({ page }) => {
    await page.goto('./embed/map/ge/');
    await expect(page.locator('html')).toHaveAttribute('data-embed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('region', { name: 'Georgia' })).toBeVisible();
    await expect(selectedShape(page, 'GE')).toHaveAttribute('stroke-width', '3');
    await expect(selectedShape(page, 'AM')).not.toHaveAttribute('stroke-width', '3');
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.locator('.history-section')).toHaveCount(0);
    // The credit goes to the state's full page: three folders up, then country/ge/.
    const credit = page.locator('.embed-credit a').first();
    expect(new URL((await credit.getAttribute('href')) ?? '', page.url()).pathname).toBe(
      '/country/ge/',
    );
  });

  test('ru/embed/kz/ shows Kazakhstan in Russian, with the chart', async ({ page }) => {
    await page.goto('./ru/embed/kz/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('region', { name: 'Казахстан' })).toBeVisible();
    await expect(page.locator('.history-section')).toHaveCount(1);
  });

  test('embed/history/am/ marks Armenia in the chart', async ({ page }) => {
    await page.goto('./embed/history/am/');
    await expect(page.locator('.map-section')).toHaveCount(0);
    // The selected state's row has its band behind it; with no state, none.
    await expect(page.locator('.history-section .hc-band rect')).toHaveCount(1);
    await page.goto('./embed/history/');
    await expect(page.locator('.history-section .hc-band rect')).toHaveCount(0);
  });
});

/** Records whether React ever removed the prerendered HTML (createRoot clears its container). */
async function watchRoot(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { rootReplaced: boolean };
    w.rootReplaced = false;
    document.addEventListener('readystatechange', () => {
      const root = document.getElementById('root');
      if (!root || root.dataset['watched']) return;
      root.dataset['watched'] = 'true';
      new MutationObserver((records) => {
        if (records.some((r) => r.removedNodes.length > 0)) w.rootReplaced = true;
      }).observe(root, { childList: true });
    });
  });
  return () => page.evaluate(() => (window as unknown as { rootReplaced: boolean }).rootReplaced);
}

test.describe('a state’s embed with JavaScript', () => {
  for (const lang of ['', 'ru/'] as const) {
    test(`${lang}embed/map/ge/ hydrates as it is, never hidden`, async ({ page }) => {
      const replaced = await watchRoot(page);
      await page.goto(`./${lang}embed/map/ge/`);
      await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
      await waitForMap(page);
      await expect(page.locator('html')).not.toHaveClass(/pending/);
      await expect(page).toHaveURL(`/${lang}embed/map/ge/`);
      expect(await replaced()).toBe(false);
      await expect(page.locator('path[data-country="GE"]')).toHaveAttribute('stroke-width', '3');
    });
  }

  test('picking another state moves the address to its embed, kept on reload', async ({ page }) => {
    await page.goto('./embed/ge/?date=2008');
    await waitForMap(page);
    const table = page.getByRole('table', { name: /Status of the 15 post-Soviet states/ });
    await table.getByRole('link', { name: 'Armenia' }).click();
    await expect(page).toHaveURL('/embed/am/?date=2008');
    await expect(page.getByRole('region', { name: 'Armenia' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('region', { name: 'Armenia' })).toBeVisible();
    // Replaced, not pushed: Back leaves the frame's page, as in any embed.
    await page.goBack();
    expect(page.url()).toBe('about:blank');
  });

  test('a state picked in an embed opened without one goes in the query', async ({ page }) => {
    await page.goto('./embed/');
    await waitForMap(page);
    const table = page.getByRole('table', { name: /Status of the 15 post-Soviet states/ });
    await table.getByRole('link', { name: 'Armenia' }).click();
    await expect(page).toHaveURL('/embed/?country=AM');
    // The parts still kept as server HTML stay: the page does not move to a deeper folder.
    await expect(page.locator('.meeting-section blockquote').first()).toBeVisible();
  });

  test('closing the state’s details goes to the view’s page of no state', async ({ page }) => {
    await page.goto('./embed/map/ge/');
    await waitForMap(page);
    const details = page.getByRole('region', { name: 'Georgia' });
    await details.getByRole('button', { name: 'Close details for Georgia' }).click();
    await expect(page).toHaveURL('/embed/map/');
  });

  test('an address pasted with the state in the query goes to the state’s embed page at once', async ({
    page,
  }) => {
    const documents: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(new URL(request.url()).pathname);
    });
    await page.goto('./embed/map/?country=GE&theme=dark');
    await expect(page.getByRole('region', { name: 'Georgia' })).toBeVisible();
    await expect(page).toHaveURL('/embed/map/ge/?theme=dark');
    // Sent on by the first script, before the app: the state's own page, which draws it.
    expect(documents).toEqual(['/embed/map/', '/embed/map/ge/']);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('the embed dialog writes the state’s embed page, in each language', async ({ page }) => {
    for (const [lang, heading, show, colours] of [
      ['', 'Embed this explainer', 'Show', 'Colours'],
      ['ru/', 'Встроить на сайт', 'Показать', 'Цвета'],
    ] as const) {
      await page.goto(`./${lang}country/ge/`);
      await waitForMap(page);
      await page.getByRole('button', { name: heading }).click();
      const dialog = page.getByRole('dialog', { name: heading });
      await dialog.getByLabel(show).selectOption('map');
      await expect(dialog.getByLabel(colours)).toHaveValue('light');
      const code = await dialog.locator('textarea').first().inputValue();
      const src = /src="([^"]+)"/.exec(code)?.[1] ?? '';
      expect(new URL(src).pathname).toBe(`/${lang}embed/map/ge/`);
      await dialog.getByLabel(colours).selectOption('auto');
      const auto = await dialog.locator('textarea').first().inputValue();
      expect(/src="([^"]+)"/.exec(auto)?.[1]).toMatch(/\/embed\/map\/ge\/\?theme=auto$/);
      // Where iframes do not go: the state's share image in the page's language, linked.
      const image = await dialog.locator('#embed-image').inputValue();
      const png = /<img src="([^"]+)"/.exec(image)?.[1] ?? '';
      expect(new URL(png).pathname).toBe(`/og/${lang}ge.png`);
      expect(/<a href="([^"]+)"/.exec(image)?.[1]).toMatch(new RegExp(`/${lang}country/ge/$`));
      const response = await page.request.get(png);
      expect(response.headers()['content-type']).toBe('image/png');
    }
  });
});
