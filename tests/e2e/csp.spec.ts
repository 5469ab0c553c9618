import { test as base } from '@playwright/test';
import { expect, openMap, test, waitForMap } from './helpers';
import { cspViolations, recorder, settle } from './recorder';
import type { Recorded } from './recorder';

/*
 * The strict Content Security Policy holds: the served HTML needs nothing it forbids, and the
 * default page, a deep link, the embed dialog and a download cause no violation.
 */

const CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; " +
  "require-trusted-types-for 'script'; trusted-types default";

test.describe('Content Security Policy', () => {
  test('the served HTML has no inline script or handler and carries the strict policy', async ({
    page,
  }) => {
    const response = await page.request.get('./');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-security-policy']).toBe(CSP);
    const html = await response.text();
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(100); // the prerendered page, not an empty shell
    const scripts = tags.filter((tag) => /^<script\b/i.test(tag));
    expect(scripts.length).toBeGreaterThan(0);
    // JSON-LD is data, not script: the browser never runs it, so the policy does not apply.
    const data = scripts.filter((tag) => /\stype="application\/ld\+json"/.test(tag));
    expect(data).toHaveLength(2);
    expect(
      scripts.filter((tag) => !/\ssrc\s*=/i.test(tag) && !data.includes(tag)),
      'inline <script> without src',
    ).toEqual([]);
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

    // A state's page, with its JSON-LD in the head: no violation, and the data reads as JSON.
    await page.goto('./country/ge/');
    await waitForMap(page);
    await settle(page, 300);
    const types = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((nodes) => nodes.map((node) => JSON.parse(node.textContent ?? '')['@type']));
    expect(types).toEqual(['NewsArticle', 'Dataset']);
    expect(await cspViolations(page), 'violations on a state page').toEqual([]);
    expect(await page.evaluate(() => (window as Recorded).__errors)).toEqual([]);
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
  // An inline style attribute and an inline script are both refused under this policy: the
  // script's text already by Trusted Types, before script-src would.
  await page.evaluate(() => {
    document.body.setAttribute('style', 'outline: 1px solid red');
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
  ]);
  expect(await page.evaluate(() => (window as Recorded).__xss)).toBeUndefined();
  expect(consoleErrors).toHaveLength(2);
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
