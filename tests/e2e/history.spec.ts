import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, horizontalOverflow, openMap, test } from './helpers';
import { chart, slider } from './locators';

/*
 * "Membership over time": the chart's rule follows the date, its segments select a state and a
 * date by pointer and keyboard, it stands alone in view=history, reads without JavaScript and
 * fits a phone.
 */

function segment(page: Page, name: RegExp): Locator {
  return chart(page).getByRole('button', { name });
}

/**
 * The rule's x, in CSS pixels from the left of the page, with the chart on screen: off screen
 * the section skips layout (content-visibility: auto), so a box measured there is the last one
 * laid out, however far the slider (which sits above the meeting and the key moments) has moved.
 */
async function ruleX(page: Page): Promise<number> {
  const rule = chart(page).locator('.hc-rule line').last();
  await rule.scrollIntoViewIfNeeded();
  const box = await rule.boundingBox();
  if (!box) throw new Error('No rule drawn');
  return box.x + box.width / 2;
}

/** A segment's left and right edges, in CSS pixels from the left of the page. */
async function edges(locator: Locator): Promise<{ left: number; right: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('Segment not drawn');
  return { left: box.x, right: box.x + box.width };
}

test('the rule follows the slider: at Georgia’s withdrawal it stands on the start of its segment', async ({
  page,
}) => {
  await openMap(page);
  await chart(page).scrollIntoViewIfNeeded();
  const withdrawn = await edges(segment(page, /^Georgia: Withdrawn/));
  // 22 Dec 2025: the right end of the chart.
  expect(Math.abs((await ruleX(page)) - withdrawn.right)).toBeLessThan(2);

  await slider(page).focus();
  await page.keyboard.press('Home');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '8 December 1991');
  const armenia = await edges(segment(page, /^Armenia: Not yet joined/));
  expect(Math.abs((await ruleX(page)) - armenia.left)).toBeLessThan(2);

  // Step by step (the slider's arrow keys stop at each change) to Georgia's withdrawal.
  for (let press = 0; press < 200; press += 1) {
    if ((await slider(page).getAttribute('aria-valuetext')) === '18 August 2009') break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '18 August 2009');
  expect(Math.abs((await ruleX(page)) - withdrawn.left)).toBeLessThan(2);
});

test('clicking a segment selects its state and moves the date to its start; the map follows', async ({
  page,
}) => {
  await openMap(page);
  await chart(page).scrollIntoViewIfNeeded();
  await segment(page, /^Ukraine: Out of all CIS bodies/).click();
  await expect(page).toHaveURL(/country\/ua\//);
  await expect(page).toHaveURL(/date=2018-05-19/);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '19 May 2018');
  await expect(page.getByRole('region', { name: 'Ukraine' })).toContainText(
    'Out of all CIS bodies',
  );
  await expect(page.locator('path[data-country="UA"]')).toHaveAttribute('stroke-width', '3');
  // The selected state's row is highlighted, level with its segments.
  const band = await chart(page).locator('.hc-band rect').boundingBox();
  const row = await segment(page, /^Ukraine: Out of all CIS bodies/).boundingBox();
  expect(band && row && band.y <= row.y && band.y + band.height >= row.y + row.height).toBe(true);
});

test('the keyboard reaches the chart in one Tab stop, moves with arrows, Home and End, selects with Enter', async ({
  page,
}) => {
  await openMap(page);
  const first = segment(page, /^Armenia: Not yet joined/);
  await first.scrollIntoViewIfNeeded();
  await first.focus();
  await expect(first).toBeFocused();
  await expect(page.getByRole('tooltip')).toContainText('Not yet joined');

  for (let i = 0; i < 11; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await expect(segment(page, /^Georgia: Withdrawn/)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(segment(page, /^Georgia: Member state/)).toBeFocused();
  await expect(page.getByRole('tooltip')).toContainText('19 Apr 1994 – 18 Aug 2009');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/country\/ge\//);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '19 April 1994');
  await page.keyboard.press('Home');
  await expect(segment(page, /^Georgia: Not yet joined/)).toBeFocused();

  // One stop: Tab leaves the chart, Shift+Tab comes back to where the reader was.
  await page.keyboard.press('Tab');
  await expect(chart(page).getByRole('button', { includeHidden: false }).first()).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(segment(page, /^Georgia: Not yet joined/)).toBeFocused();
});

test('view=history shows the chart alone, with the date control', async ({ page }) => {
  await page.goto('./?embed=1&view=history&date=2009-08-18');
  await expect(chart(page)).toBeVisible();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '18 August 2009');
  await expect(page.locator('.leaflet-container')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'The CIS since 1991' })).toHaveCount(0);
  await expect(page.getByRole('figure')).toHaveCount(0);
  await segment(page, /^Moldova: Member, not taking part/).click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 January 2022');
});

test('the embed dialog offers the chart alone', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Embed this explainer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this explainer' });
  await dialog.getByLabel('Show').selectOption({ label: 'Membership chart only' });
  await expect(dialog.getByLabel('Self-resizing (recommended)')).toHaveValue(/embed\/history\//);
});

test('without JavaScript the chart is there, named and in order', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  const rows = chart(page).getByRole('list', { name: 'Status of each state over time' });
  await expect(rows.getByRole('listitem')).toHaveCount(15);
  await expect(rows.getByRole('listitem').first()).toContainText('Armenia');
  await expect(rows.getByRole('listitem').last()).toContainText('Lithuania');
  await expect(segment(page, /^Georgia: Withdrawn, 18 Aug 2009 – 22 Dec 2025$/)).toBeVisible();
  const bar = await segment(page, /^Georgia: Withdrawn/).boundingBox();
  expect(bar?.width ?? 0).toBeGreaterThan(100);
  await context.close();
});

test('at 375 px the rows are at least 24 px tall, no name is cut off, nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openMap(page);
  await chart(page).scrollIntoViewIfNeeded();
  const items = chart(page)
    .getByRole('list', { name: 'Status of each state over time' })
    .getByRole('listitem');
  await expect(items).toHaveCount(15);
  for (const item of await items.all()) {
    const box = await item.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    const clipped = await item.evaluate((row) => {
      const name = row.firstElementChild as HTMLElement;
      const plot = row.lastElementChild as HTMLElement;
      const n = name.getBoundingClientRect();
      return name.scrollWidth > name.clientWidth || n.right > plot.getBoundingClientRect().left;
    });
    expect(clipped, (await item.textContent()) ?? '').toBe(false);
  }
  // Labels inside segments only where they fit.
  for (const label of await chart(page).locator('.hc-label').all()) {
    if (!(await label.isVisible())) continue;
    const fits = await label.evaluate((text) => {
      const bar = text.closest('svg')?.querySelectorAll('.hc-seg');
      const box = text.getBoundingClientRect();
      return [...(bar ?? [])].some((seg) => {
        const s = seg.getBoundingClientRect();
        return box.left >= s.left && box.right <= s.right;
      });
    });
    expect(fits, (await label.textContent()) ?? '').toBe(true);
  }
  const { scroll, client } = await horizontalOverflow(page);
  expect(scroll).toBeLessThanOrEqual(client);
});

for (const width of [320, 375, 412, 1280]) {
  test(`at ${width} px the axis's years stand apart, the last within the section`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await openMap(page);
    const axis = page.locator('.history-section .hc-axis');
    await axis.scrollIntoViewIfNeeded();
    const years = await axis.locator('text').evaluateAll((texts) =>
      texts
        .map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0)
        .map(({ text, box }) => ({ text, left: box.left, right: box.right })),
    );
    expect(years.length, JSON.stringify(years)).toBeGreaterThanOrEqual(4);
    expect(years.at(-1)?.text).toBe('2025');
    for (let i = 1; i < years.length; i += 1) {
      const [before, after] = [years[i - 1], years[i]];
      expect(
        (after?.left ?? 0) - (before?.right ?? 0),
        `${before?.text} to ${after?.text}`,
      ).toBeGreaterThanOrEqual(4);
    }
    // Set flush right, past the plot's end by at most its few pixels, never past the section.
    const plot = await page.locator('.history-section').boundingBox();
    expect(years.at(-1)?.right ?? Infinity).toBeLessThanOrEqual(
      (plot?.x ?? 0) + (plot?.width ?? 0),
    );
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the chart (${theme}), with a segment's details open`, async ({
    page,
  }) => {
    test.slow(); // axe over the whole page takes its time on a busy machine
    await page.goto(`./?theme=${theme}`);
    await chart(page).scrollIntoViewIfNeeded();
    await segment(page, /^Georgia: Withdrawn/).hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
