import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { EVENTS } from '../../src/data/events';
// The quotes in the order the panel shows them.
import { MEETING_QUOTES as QUOTES } from '../../src/quotes/quoteOrder';
import { STATUS_CHANGES } from '../../src/data/statusChanges';
import { parseCsv } from '../fixtures/parseCsv';
import { statusesDataset } from '../../src/downloads/datasets';
import { EN } from '../../src/i18n/en';
import { countryPath, expect, fillOf, openMap, test } from './helpers';
import { modeRadio, notices, slider, timeline, venue } from './locators';

/*
 * The meeting of 22 Dec 2025 against the built site: the map's meeting mode, the quotes (deep
 * links, stepping, copying inside a sandboxed frame), the data downloads and the print view.
 */

function legendHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 3, name: /^(Status on |At the meeting$)/ });
}

function quotes(page: Page): Locator {
  return page.getByRole('region', { name: /22 December 2025$/ });
}

function quoteFigure(page: Page): Locator {
  return quotes(page).getByRole('figure');
}

test.describe('meeting mode', () => {
  test('the mode switch recolours the map, retitles the legend and marks the venue', async ({
    page,
  }) => {
    await openMap(page);
    await expect(legendHeading(page)).toHaveText('Status on 22 Dec 2025');
    await expect(modeRadio(page, 'status')).toBeChecked();
    await expect(venue(page)).toHaveCount(0);
    const statusFill = { RU: await fillOf(page, 'RU'), MD: await fillOf(page, 'MD') };
    // In status mode Moldova (a member, participation halted) is not coloured as Georgia.
    expect(statusFill.MD).not.toBe(await fillOf(page, 'GE'));

    await modeRadio(page, 'meeting').check();

    await expect(page).toHaveURL(/\?mode=meeting$/);
    await expect(legendHeading(page)).toHaveText('At the meeting');
    await expect.poll(() => fillOf(page, 'RU')).not.toBe(statusFill.RU);
    const [ru, az, md, ge, kz] = [
      await fillOf(page, 'RU'),
      await fillOf(page, 'AZ'),
      await fillOf(page, 'MD'),
      await fillOf(page, 'GE'),
      await fillOf(page, 'KZ'),
    ];
    expect(az, 'absent Azerbaijan vs attending Russia').not.toBe(ru);
    expect(md, 'unrepresented Moldova vs Russia').not.toBe(ru);
    expect(ge, 'non-participant Georgia vs Russia').not.toBe(ru);
    expect(kz, 'both attended').toBe(ru);
    await expect(venue(page)).toHaveCount(1);
    await expect(venue(page)).toHaveAccessibleName(
      /^State Hermitage Museum.*: Venue of the informal meeting/,
    );
    // The date control belongs to status mode only.
    await expect(slider(page)).toHaveCount(0);
    await expect(
      page.getByRole('table', { name: 'The 15 post-Soviet states at the meeting of 22 Dec 2025' }),
    ).toBeVisible();

    // And back.
    await modeRadio(page, 'status').check();
    await expect(page).not.toHaveURL(/mode=/);
    await expect(legendHeading(page)).toHaveText('Status on 22 Dec 2025');
    await expect.poll(() => fillOf(page, 'RU')).toBe(statusFill.RU);
    await expect(venue(page)).toHaveCount(0);
  });

  test('?mode=meeting opens in meeting mode', async ({ page }) => {
    await openMap(page, '?mode=meeting');
    await expect(modeRadio(page, 'meeting')).toBeChecked();
    await expect(legendHeading(page)).toHaveText('At the meeting');
    await expect(venue(page)).toHaveCount(1);
    expect(await fillOf(page, 'AZ')).not.toBe(await fillOf(page, 'RU'));
    await expect(countryPath(page, 'AZ')).toHaveAttribute('aria-label', /^Azerbaijan — /);
    await expect(page).toHaveURL(/\?mode=meeting$/);
    await expect(notices(page)).toHaveCount(0);
  });
});

test.describe('quotes', () => {
  test('?quote=world-order shows that quote', async ({ page }) => {
    await openMap(page, '?quote=world-order');
    const blockquote = quoteFigure(page).getByRole('blockquote');
    await expect(blockquote).toContainText('unanimously advocate');
    await expect(blockquote).toContainText('All CIS members');
    const position = QUOTES.findIndex((quote) => quote.id === 'world-order') + 1;
    await expect(quotes(page).getByText(`Quote ${position} of ${QUOTES.length}`)).toBeVisible();
    await expect(page).toHaveURL(/\?quote=world-order$/);
    await expect(notices(page)).toHaveCount(0);
  });

  test('?quote=nope → a notice, the first quote shown', async ({ page }) => {
    await openMap(page, '?quote=nope');
    await expect(notices(page)).toContainText('quote “nope”');
    await expect(quoteFigure(page).getByRole('blockquote')).toContainText(QUOTES[0]!.text);
  });

  test('next and previous quote update the address', async ({ page }) => {
    await openMap(page);
    const region = quotes(page);
    const previous = region.getByRole('button', { name: /Previous quote/ });
    const next = region.getByRole('button', { name: /Next quote/ });
    await expect(previous).toBeDisabled();
    await expect(quoteFigure(page).getByRole('blockquote')).toContainText(QUOTES[0]!.text);

    await next.click();
    await expect(page).toHaveURL(new RegExp(`\\?quote=${QUOTES[1]!.id}$`));
    await expect(quoteFigure(page).getByRole('blockquote')).toContainText(QUOTES[1]!.text);
    await next.click();
    await expect(page).toHaveURL(new RegExp(`\\?quote=${QUOTES[2]!.id}$`));
    await previous.click();
    await expect(page).toHaveURL(new RegExp(`\\?quote=${QUOTES[1]!.id}$`));
    await previous.click();
    await expect(page).toHaveURL(new RegExp(`\\?quote=${QUOTES[0]!.id}$`));
    await expect(previous).toBeDisabled();

    // The address reopens the same quote.
    await page.goto(`./?quote=${QUOTES[QUOTES.length - 1]!.id}`);
    await expect(quoteFigure(page).getByRole('blockquote')).toContainText(
      QUOTES[QUOTES.length - 1]!.text,
    );
    await expect(next).toBeDisabled();
  });

  test('copying inside a sandboxed frame works or falls back, without an error', async ({
    page,
    baseURL,
    guard,
  }) => {
    const host = new URL('__host.html', baseURL ?? 'http://localhost:4173/').href;
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body:
          '<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>' +
          '<iframe sandbox="allow-scripts" src="/?view=quotes&embed=1" ' +
          'style="width:800px;height:900px" title="t"></iframe></body></html>',
      }),
    );
    await page.goto(host);
    const frame = page.frameLocator('iframe[title="t"]');
    const figure = frame.getByRole('figure');
    await expect(figure.getByRole('blockquote')).toContainText(QUOTES[0]!.text);

    await frame.getByRole('button', { name: 'Copy quote with citation' }).click();

    const copied = frame.getByRole('status').filter({ hasText: 'Copied' });
    const manual = frame.getByRole('textbox', { name: 'Quote with citation' });
    await expect(copied.or(manual)).toBeVisible();
    if (await manual.isVisible()) {
      await expect(manual).toHaveValue(
        new RegExp(`^“${escape(QUOTES[0]!.text)}” — Vladimir Putin`),
      );
      await expect(frame.getByRole('status')).toContainText('Copying is blocked here');
    } else {
      await expect(copied).toContainText('Copied the quote and its citation.');
    }
    // Chromium itself logs the refused Clipboard API call as a console error; that message (and
    // only it) is not the page's. Anything else, and above all any page error, still fails.
    const policy =
      /^console\.error: Permissions policy violation: The Clipboard API has been blocked/;
    const own = guard.errors.filter((error) => !policy.test(error));
    guard.errors.splice(0, guard.errors.length, ...own);
    expect(own.filter((error) => error.startsWith('pageerror'))).toEqual([]);
  });
});

/** A string as a literal inside a RegExp. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test.describe('downloads', () => {
  /** Clicks a download button and returns the file's name and text. */
  async function download(page: Page, name: string) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    const path = await file.path();
    return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  test('the statuses as CSV: header, one row per change, every row with its sources', async ({
    page,
  }) => {
    await openMap(page);
    const file = await download(page, 'CSV of status history of the 15 states');
    expect(file.name).toBe('cis-statuses.csv');
    expect(file.text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(file.text);
    // The columns the unit tests pin down for the generator (datasets.test.ts).
    expect(rows[0]).toEqual([...statusesDataset(EN).columns]);
    const data = rows.slice(1);
    expect(data).toHaveLength(STATUS_CHANGES.length);
    for (const row of data) {
      expect(row, JSON.stringify(row)).toHaveLength(11);
      expect(row[10], JSON.stringify(row)).toMatch(/^[A-Z]+\d+[a-z]?( [A-Z]+\d+[a-z]?)*$/);
    }
    expect(data).toContainEqual([
      'ge-withdrawn-2009',
      'GE',
      'Georgia',
      'withdrawn',
      'Withdrawn',
      '2009-08-18',
      '',
      expect.stringContaining('Withdrawal takes effect'),
      expect.any(String),
      expect.any(String),
      'H2 H10 H4',
    ]);
    // As on the map: Russia's ratification of 15 Apr 1993 takes effect on 22 Jan 1994.
    expect(data).toContainEqual(
      expect.arrayContaining(['ru-member-1993', 'member', '1994-01-22', '1993-04-15']),
    );
  });

  test('the timeline as JSON: parses, one object per event, each with sources', async ({
    page,
  }) => {
    await openMap(page);
    const file = await download(page, 'JSON of timeline events');
    expect(file.name).toBe('cis-timeline.json');
    const events = JSON.parse(file.text) as Record<string, unknown>[];
    expect(Array.isArray(events)).toBe(true);
    expect(events).toHaveLength(EVENTS.length);
    // As many as the page lists with every category ticked.
    await expect(timeline(page).getByRole('listitem')).toHaveCount(events.length);
    for (const event of events) {
      expect(typeof event['source_ids'], JSON.stringify(event)).toBe('string');
      expect(event['source_ids'], JSON.stringify(event)).toMatch(/\S/);
    }
    expect(events.map((event) => event['id'])).toEqual(EVENTS.map((event) => event.id));
    expect(events.find((event) => event['id'] === 'georgia-withdrawal-effective')).toMatchObject({
      date: '2009-08-18',
      countries: 'GE',
    });
  });
});

test.describe('print', () => {
  test('hides the controls, keeps the table and the quote', async ({ page }) => {
    await openMap(page);
    await expect(page.getByRole('group', { name: 'Map shows' })).toBeVisible();
    await expect(slider(page)).toBeVisible();

    await page.emulateMedia({ media: 'print' });

    await expect(page.getByRole('group', { name: 'Map shows' })).toBeHidden();
    await expect(modeRadio(page, 'meeting')).toBeHidden();
    await expect(slider(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeHidden();
    await expect(
      page.getByRole('table', { name: 'Status of the 15 post-Soviet states on 22 Dec 2025' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Georgia', exact: true })).toBeVisible();
    await expect(quoteFigure(page)).toBeVisible();
    await expect(quoteFigure(page).getByRole('blockquote')).toBeVisible();
    await expect(timeline(page)).toBeVisible();
  });
});
