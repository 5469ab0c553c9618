import { expect, test, waitForMap } from './helpers';

/* A page per state: readable without JavaScript, the same app with it, Back and Forward, Share. */

test.describe('a state page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, heading, lead] of [
    ['./country/ge/', 'Georgia and the CIS', /its withdrawal took effect on 18 August 2009/],
    ['./ru/country/ge/', 'Грузия и СНГ', /выход вступил в силу 18 августа 2009/],
  ] as const) {
    test(`${path} leads with its state in the first screen of a 375 × 667 phone`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 375, height: 667 });
      await page.goto(path);
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toHaveText(heading);
      const leadLine = page.locator('header .state-lead p').first();
      await expect(leadLine).toContainText(lead);
      // The heading and the lead's last line end above the fold, whatever the noscript note takes.
      for (const part of [h1, leadLine]) {
        const box = await part.boundingBox();
        expect(box && box.y + box.height).toBeLessThanOrEqual(667);
      }
      // The explainer's title is the kicker, a link home.
      await expect(
        page.getByRole('link', {
          name: /^(The Commonwealth of Independent States|Содружество Независимых Государств)$/,
        }),
      ).toHaveAttribute('href', /^\.\.\/\.\.\/$/);
      // Above the map.
      const map = await page.locator('#map-title').boundingBox();
      const leadBox = await leadLine.boundingBox();
      expect(leadBox!.y).toBeLessThan(map!.y);
    });
  }

  test('no page says “as of today”: each says the period it covers and when it was checked', async ({
    page,
  }) => {
    for (const path of ['./', './ru/', './country/ge/', './embed/map/', './ru/embed/']) {
      await page.goto(path);
      const text = (await page.locator('html').textContent()) ?? '';
      expect(text, path).not.toMatch(/as of today|на сегодняшний день|last updated|обновлено/i);
      expect(text, path).toMatch(/22 Dec(ember)? 2025|22 декабря 2025/);
      expect(text, path).toMatch(/checked 7 Dec(ember)? 2026|проверен[оы] 7 декабря 2026/i);
    }
  });

  test('country/ge/ reads complete: its title, head tags, details open, assets found', async ({
    page,
  }) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(response.url());
    });
    await page.goto('./country/ge/');
    await expect(page).toHaveTitle(
      'Georgia and the CIS: member 1994–2009, withdrew 18 Aug 2009 · The CIS explained',
    );
    const meta = (key: string) =>
      page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
    expect(await meta('og:image')).toBe('../../og/ge.png');
    expect(await meta('twitter:card')).toBe('summary_large_image');
    expect(await meta('description')).toContain('withdrawn (18 Aug 2009)');

    const details = page.getByRole('region', { name: 'Georgia' });
    await expect(details).toBeVisible();
    await expect(details).toContainText('Withdrawn since 18 Aug 2009');
    await expect(details.locator('ol.history > li')).toHaveCount(4);
    await expect(page.locator('path[data-shape="GE"]')).toHaveAttribute('stroke-width', '3');
    const table = page.getByRole('table', { name: /Status of the 15 post-Soviet states/ });
    await expect(table.getByRole('link', { name: 'Kazakhstan' })).toHaveAttribute(
      'href',
      '../../country/kz/',
    );
    await expect(page.locator('.noscript-note')).toBeVisible();
    // The stylesheet, noscript.css and the rest come from the site's root, two folders up.
    expect(failed).toEqual([]);
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(1);

    // Without JavaScript the table's links are the way to another state.
    await table.getByRole('link', { name: 'Kazakhstan' }).click();
    await expect(page).toHaveURL(/\/country\/kz\/$/);
    await expect(page.getByRole('region', { name: 'Kazakhstan' })).toBeVisible();
  });

  test('the share image of each page is a 1200 × 630 PNG, all 16 different', async ({ page }) => {
    const codes = ['home', 'am', 'az', 'by', 'ee', 'ge', 'kz', 'kg', 'lv', 'lt', 'md', 'ru', 'tj'];
    const all = [...codes, 'tm', 'ua', 'uz'];
    const bodies = new Set<string>();
    for (const name of all) {
      const response = await page.request.get(`./og/${name}.png`);
      expect(response.status(), name).toBe(200);
      const png = await response.body();
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([1200, 630]);
      bodies.add(png.toString('base64'));
    }
    expect(bodies.size).toBe(16);
  });
});

test.describe('a state page with JavaScript', () => {
  test('choosing another state moves to its page; Back and Forward return', async ({ page }) => {
    await page.goto('./country/ge/');
    await waitForMap(page);
    await expect(page.getByRole('region', { name: 'Georgia' })).toBeVisible();
    const table = page.getByRole('table', { name: /Status of the 15 post-Soviet states/ });

    await table.getByRole('link', { name: 'Kazakhstan' }).click();
    await expect(page).toHaveURL(/\/country\/kz\/$/);
    await expect(page.getByRole('region', { name: 'Kazakhstan' })).toBeVisible();
    await expect(page).toHaveTitle(/^Kazakhstan and the CIS: /);
    // Links are relative to the new address, still the same depth.
    await expect(table.getByRole('link', { name: 'Georgia' })).toHaveAttribute(
      'href',
      '../../country/ge/',
    );

    await page.goBack();
    await expect(page).toHaveURL(/\/country\/ge\/$/);
    await expect(page.getByRole('region', { name: 'Georgia' })).toBeVisible();
    await expect(page).toHaveTitle(/^Georgia and the CIS: /);

    await page.goForward();
    await expect(page).toHaveURL(/\/country\/kz\/$/);
    await expect(page.getByRole('region', { name: 'Kazakhstan' })).toBeVisible();

    // Closing the details leaves the state's page for the home page; the address reopens it.
    await page.getByRole('button', { name: 'Close details for Kazakhstan' }).click();
    await expect(page).toHaveURL(/\/$/);
    expect(new URL(page.url()).pathname).not.toContain('country');
    await expect(table.getByRole('link', { name: 'Georgia' })).toHaveAttribute(
      'href',
      './country/ge/',
    );
    await page.reload();
    await waitForMap(page);
    await expect(page.getByRole('region', { name: 'Kazakhstan' })).toHaveCount(0);
  });

  test('an old ?country= link opens, tidied to the state page, other options kept', async ({
    page,
  }) => {
    await page.goto('./?country=MD&date=2000');
    await waitForMap(page);
    await expect(page.getByRole('region', { name: 'Moldova' })).toContainText('31 December 2000');
    await expect(page).toHaveURL(/\/country\/md\/\?date=2000$/);
    // A copied address reopens what was shown.
    await page.goto(page.url());
    await waitForMap(page);
    await expect(page.getByRole('region', { name: 'Moldova' })).toContainText('31 December 2000');
  });

  test('Share without the Web Share API copies the state page’s address', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      // As on a desktop browser without a share sheet.
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await page.goto('./country/ge/?date=2000');
    await waitForMap(page);
    const details = page.getByRole('region', { name: 'Georgia' });
    await details.getByRole('button', { name: 'Share the page for Georgia' }).click();
    await expect(details.getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL('country/ge/', baseURL).href,
    );
    await expect(details.getByRole('link', { name: 'Page for Georgia' })).toHaveAttribute(
      'href',
      '../../country/ge/',
    );
  });
});
