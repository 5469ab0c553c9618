import { createHash } from 'node:crypto';
import { test as base } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expect, openMap, test, waitForMap } from './helpers';
import { cspViolations, recorder, settle } from './recorder';
import type { Recorded } from './recorder';

/*
 * The strict Content Security Policy holds: the served HTML needs nothing it forbids but the
 * inline code the build wrote and hashed, and the default page, a deep link, the embed dialog and
 * a download cause no violation.
 */

/** A CSP hash source of inline code, worked out here independently of the build. */
const sha256Source = (code: string) =>
  `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** The text of each inline element `name` (no src), data blocks aside. */
function inlineCode(html: string, name: 'script' | 'style'): string[] {
  const elements = html.matchAll(new RegExp(`<${name}(\\s[^>]*)?>([^]*?)</${name}>`, 'gi'));
  return [...elements]
    .filter(([, attributes = '']) => !/\s(src|type)=/i.test(attributes))
    .map(([, , code = '']) => code);
}

/** The hash of an embed's inline stylesheet: there is one policy, so every page allows it. */
async function embedStyleHash(page: Page): Promise<string> {
  const styles = inlineCode(await (await page.request.get('./embed/')).text(), 'style');
  expect(styles).toHaveLength(1);
  return sha256Source(styles[0] ?? '');
}

test.describe('Content Security Policy', () => {
  for (const [path, styled] of [
    ['./', false],
    ['./country/ge/', false],
    ['./ru/', false],
    ['./embed/map/', true],
    ['./ru/embed/quotes/', true],
  ] as const) {
    test(`${path} carries the strict policy, which allows its inline code by hash and nothing else`, async ({
      page,
    }) => {
      const response = await page.request.get(path);
      expect(response.status()).toBe(200);
      const html = await response.text();
      const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
      expect(tags.length).toBeGreaterThan(50); // the prerendered page, not an empty shell
      // One inline script, the one before the first paint, on every page; the stylesheet inline
      // on an embed's page only. JSON-LD is data, not script: the browser never runs it.
      const scripts = inlineCode(html, 'script');
      const styles = inlineCode(html, 'style');
      expect(scripts).toHaveLength(1);
      expect(scripts[0]).toContain('location.replace');
      expect(styles).toHaveLength(styled ? 1 : 0);
      const styleHash = styled ? sha256Source(styles[0] ?? '') : await embedStyleHash(page);
      expect(response.headers()['content-security-policy']).toBe(
        `default-src 'self'; script-src 'self' ${sha256Source(scripts[0] ?? '')}; ` +
          `style-src 'self' ${styleHash}; object-src 'none'; base-uri 'self'; ` +
          "require-trusted-types-for 'script'; trusted-types default",
      );
      expect(
        tags.filter((tag) => /\son\w+\s*=/i.test(tag)),
        'inline event-handler attributes',
      ).toEqual([]);
      // Blocked by default-src 'self' too (style-src-attr), so they would be violations.
      expect(
        tags.filter((tag) => /\sstyle\s*=/i.test(tag)),
        'inline style attributes',
      ).toEqual([]);
      expect(
        tags.filter((tag) => /javascript:/i.test(tag)),
        'javascript: URLs',
      ).toEqual([]);
    });
  }

  test('default page, deep link, embed dialog and a CSV download cause no violation', async ({
    page,
  }) => {
    await page.addInitScript(recorder);

    await openMap(page);
    await settle(page);
    expect(await cspViolations(page), 'violations on the default page').toEqual([]);

    await openMap(page, '?country=GE&date=2008&mode=meeting');
    await expect(page.getByRole('region', { name: 'Georgia' })).toBeVisible();

    await page.getByRole('button', { name: 'Embed this explainer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this explainer' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('textarea, pre, code').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV of status history of the 15 states' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('cis-statuses.csv');
    expect(await download.failure()).toBeNull();

    await settle(page, 300);
    expect(await cspViolations(page), 'violations on the deep-linked page').toEqual([]);

    // A state's page, with its JSON-LD in the head: no violation, and the data reads as JSON. (From
    // the site's root: the deep link above has moved the address to that state's page already.)
    await page.goto('/country/ge/');
    await waitForMap(page);
    await settle(page, 300);
    const types = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((nodes) => nodes.map((node) => JSON.parse(node.textContent ?? '')['@type']));
    expect(types).toEqual(['NewsArticle', 'Dataset']);
    expect(await cspViolations(page), 'violations on a state page').toEqual([]);
    expect(await page.evaluate(() => (window as Recorded).__errors)).toEqual([]);

    // An embed address of before: the home page's inline script sends it on to the embed's page,
    // styled by its inline stylesheet; neither is refused.
    await page.goto('/?embed=1&view=map');
    await expect(page).toHaveURL('/embed/map/');
    await waitForMap(page);
    await settle(page, 300);
    expect(await cspViolations(page), 'violations on an embed page').toEqual([]);
    expect(
      await page.locator('.map-section').evaluate((section) => getComputedStyle(section).display),
      'the inline stylesheet applies',
    ).not.toBe('inline');
  });
});

// Not the guard: the violation it provokes is also logged as a console error, on purpose.
base('the violation recorder hears violations (so the checks above can fail)', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.addInitScript(recorder);
  await page.goto('./');
  await settle(page);
  expect(await cspViolations(page)).toEqual([]);
  // An inline style attribute, a style element and an inline script are all refused under this
  // policy (no hash of theirs is in it): the script's text already by Trusted Types, before
  // script-src would.
  await page.evaluate(() => {
    document.body.setAttribute('style', 'outline: 1px solid red');
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red }';
    document.head.append(style);
    const script = document.createElement('script');
    try {
      script.textContent = 'window.__xss = 1';
    } catch {
      // refused: a plain string is not a TrustedScript
    }
    document.body.append(script);
  });
  await settle(page);
  const violations = await cspViolations(page);
  expect(violations.map((v) => v.directive).sort()).toEqual([
    'require-trusted-types-for',
    'style-src-attr',
    'style-src-elem',
  ]);
  expect(await page.evaluate(() => (window as Recorded).__xss)).toBeUndefined();
  expect(await page.evaluate(() => getComputedStyle(document.body).outlineStyle)).toBe('none');
  expect(consoleErrors).toHaveLength(3);
});

// Not the guard: the refusals below are also logged as console errors, on purpose.
base(
  "Trusted Types: the default policy passes Leaflet's strings and refuses any other HTML",
  async ({ page }) => {
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.addInitScript(recorder);
    await page.goto('./');
    // The interactive map is up: Leaflet's feature test and zoom buttons went through the policy.
    await waitForMap(page);
    await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveText('+');
    await settle(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);

    const outcome = await page.evaluate(() => {
      const results: string[] = [];
      const div = document.createElement('div');
      for (const html of ['<img src=x id=injected>', '<span aria-hidden="true">+</span>']) {
        try {
          div.innerHTML = html;
          results.push(`allowed ${div.innerHTML}`);
        } catch (error) {
          results.push(`refused ${(error as Error).name}`);
        }
      }
      return results;
    });
    expect(outcome).toEqual(['refused TypeError', 'allowed <span aria-hidden="true">+</span>']);
    await settle(page);
    const violations = await cspViolations(page);
    expect(violations.map((v) => v.directive)).toEqual(['require-trusted-types-for']);
    expect(consoleErrors.length).toBeGreaterThan(0);
  },
);
