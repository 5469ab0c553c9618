import { CITING_RECORDS } from '../../src/data/citingRecords';
import { CORRECTIONS } from '../../src/data/corrections';
import { SOURCES } from '../../src/data/sources';
import { citedSources } from '../../src/model/citations';
import { axeViolations, expect, test, waitForApp } from './helpers';

/*
 * The sources and the corrections: on the sources page (sources/) as HTML with no script, where
 * a citation leads without JavaScript; on the explainer's own pages, drawn in place when the
 * reader comes near, follows a citation or arrives at an entry's address.
 */

const CITED = citedSources(CITING_RECORDS, SOURCES).length;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a citation leads to its entry on the sources page, which lists every source and correction', async ({
    page,
  }) => {
    await page.goto('./');
    const section = page.getByRole('region', { name: 'Sources' });
    await expect(
      section.getByRole('link', { name: 'All sources and corrections' }),
    ).toHaveAttribute('href', './sources/');
    const citation = page.locator('.lede .source-links a').first();
    const href = (await citation.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\.\/sources\/#source-[\w-]+$/);
    await citation.click();
    await expect(page).toHaveURL(/\/sources\/#source-/);
    const entry = page.locator(`#${href.split('#')[1]}`);
    await expect(entry).toBeInViewport();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources and corrections');
    await expect(page.locator('.source-list > li')).toHaveCount(CITED);
    await expect(page.locator('.correction-list > li')).toHaveCount(CORRECTIONS.length);
    // Nothing to run, and a way home.
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await expect(page.locator('.kicker a')).toHaveAttribute('href', '../');
  });

  test('a state page’s citations lead to the same page, from two folders down', async ({
    page,
  }) => {
    await page.goto('./country/ge/');
    const href = await page.locator('.state-lead .source-links a').first().getAttribute('href');
    expect(href).toMatch(/^\.\.\/\.\.\/sources\/#source-/);
  });
});

test('a plain click on a citation draws the list and scrolls to the entry, on the same page', async ({
  page,
}) => {
  await page.goto('./');
  await waitForApp(page);
  // Not drawn yet: the section is a heading and a link.
  await expect(page.locator('.source-list')).toHaveCount(0);
  const citation = page.locator('.lede .source-links a').first();
  const anchor = ((await citation.getAttribute('href')) ?? '').split('#')[1] ?? '';
  await citation.click();
  await expect(page).toHaveURL(new RegExp(`/#${anchor}$`));
  await expect(page.locator(`#${anchor}`)).toBeInViewport();
  await expect(page.locator('.source-list > li')).toHaveCount(CITED);
  // Its corrections too; the explainer is still there above them.
  await expect(page.locator('.correction-list > li')).toHaveCount(CORRECTIONS.length);
  await expect(page.locator('.map-frame')).toHaveCount(1);
});

test('an address naming an entry opens with the list drawn and the entry in view', async ({
  page,
}) => {
  await page.goto('./#source-S2');
  await waitForApp(page);
  await expect(page.locator('#source-S2')).toBeInViewport();
  await expect(page.locator('#source-S2')).toContainText('kremlin.ru');
});

test('the list is drawn as the reader nears it', async ({ page }) => {
  await page.goto('./');
  await waitForApp(page);
  await expect(page.locator('.source-list')).toHaveCount(0);
  await page.getByRole('heading', { name: 'Sources', level: 2 }).scrollIntoViewIfNeeded();
  await expect(page.locator('.source-list > li')).toHaveCount(CITED);
  await expect(page.locator('.source-list')).toHaveCount(1);
});

test('an embed’s citations and its corrections link open the sources page in a new tab', async ({
  page,
}) => {
  await page.goto('./embed/');
  await waitForApp(page);
  const link = page.locator('.embed-credit').getByRole('link', { name: 'Corrections' });
  await expect(link).toHaveAttribute('href', '../sources/#corrections-title');
  await expect(link).toHaveAttribute('target', '_blank');
  await page.goto('./embed/map/ge/');
  await waitForApp(page);
  const citation = page.locator('.source-links a').first();
  await expect(citation).toHaveAttribute('href', /^\.\.\/\.\.\/\.\.\/sources\/#source-/);
  await expect(citation).toHaveAttribute('target', '_blank');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the sources pages in both languages: axe finds nothing (${scheme}), nothing scrolls sideways`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 375, height: 740 });
    for (const [path, heading] of [
      ['./sources/', 'Sources and corrections'],
      ['./ru/sources/', 'Источники и исправления'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      expect(await axeViolations(page), path).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        path,
      ).toBeLessThanOrEqual(375);
    }
  });
}

test('the sources page is served under the site’s one policy and has no inline code', async ({
  page,
}) => {
  const home = await page.request.get('./');
  for (const path of ['./sources/', './ru/sources/']) {
    const response = await page.request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-security-policy'], path).toBe(
      home.headers()['content-security-policy'],
    );
    const html = await response.text();
    expect(html, path).not.toMatch(/<script|<style|\sstyle=|\son\w+=/i);
  }
});

test('after the address moves (a state closed), a citation still draws the list in place', async ({
  page,
}) => {
  await page.goto('./country/ge/');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Close details for Georgia' }).click();
  await expect(page).toHaveURL(/\/(\?.*)?$/);
  const citation = page.locator('.lede .source-links a').first();
  await expect(citation).toBeVisible();
  const anchor = ((await citation.getAttribute('href')) ?? '').split('#')[1] ?? '';
  await citation.click();
  await expect(page).toHaveURL(new RegExp(`/#${anchor}$`));
  await expect(page.locator(`#${anchor}`)).toBeInViewport();
});
