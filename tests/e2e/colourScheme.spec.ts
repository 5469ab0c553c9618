import { labelColors } from '../../src/map/colour/labelColors';
import { BASE_COLORS, STATUS_COLORS } from '../../src/map/colour/palette';
import type { Scheme } from '../../src/map/colour/palette';
import { EN } from '../../src/i18n/en';
import type { Locator, Page } from '@playwright/test';
import { countryPath, expect, openMap, rgb, test } from './helpers';
import { venue } from './locators';

/*
 * One route for colour: the map, its legend and the chart all take their colours from the page's
 * CSS by name, so in a dark scheme they agree before the app runs, without it, and after it.
 */

const MEMBER = EN.m.statuses.member.label;

/** The colour an element is filled with, whether named directly or through an SVG paint server. */
function paintOf(element: Locator): Promise<string> {
  return element.evaluate((node) => {
    const fill = getComputedStyle(node).fill;
    const server = /^url\("?#([\w-]+)"?\)$/.exec(fill)?.[1];
    const stop = server && document.querySelector(`#${server} stop`);
    return stop ? getComputedStyle(stop).stopColor : fill;
  });
}

/** What Kazakhstan, a member state, is painted with in each view that shows it. */
async function memberPaints(page: Page, map: 'drawn-in' | 'Leaflet') {
  const shape =
    map === 'drawn-in' ? page.locator('.baked-map [data-shape="KZ"]') : countryPath(page, 'KZ');
  const chartRow = page.locator('.hc-row').filter({ has: page.locator('[data-country="KZ"]') });
  return {
    map: await paintOf(shape),
    legend: await paintOf(
      page
        .locator('.legend li')
        .filter({ has: page.getByText(MEMBER, { exact: true }) })
        .locator('rect'),
    ),
    chartKey: await paintOf(
      page
        .locator('.hc-legend li')
        .filter({ hasText: new RegExp(`^${MEMBER}$`) })
        .locator('rect'),
    ),
    chart: await paintOf(chartRow.locator('rect.hc-seg').last()),
    chartLabel: await paintOf(chartRow.locator('text.hc-label').last()),
    mapLabel: await paintOf(page.locator('text[data-label="KZ"]').last()),
  };
}

/** The paints every view must show for a member state in `scheme`. */
function expected(scheme: Scheme) {
  const fill = rgb(STATUS_COLORS[scheme].member);
  const ink = rgb(labelColors(STATUS_COLORS[scheme].member, scheme).text);
  return { map: fill, legend: fill, chartKey: fill, chart: fill, chartLabel: ink, mapLabel: ink };
}

test.describe('without JavaScript, in a dark system scheme', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test('the legend, the chart and the drawn-in map paint a member state alike, dark', async ({
    page,
  }) => {
    await page.goto('./');
    expect(await memberPaints(page, 'drawn-in')).toEqual(expected('dark'));
  });
});

test('an embed asked for in a scheme wears it from its first paint, before the app runs', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  // The app's modules held back for the whole test: what shows is the HTML and public/pending.js.
  await page.route('**/assets/**/*.js', () => undefined);
  await page.goto('./embed/?theme=dark', { waitUntil: 'commit' });
  await expect(page.locator('.baked-map [data-shape="KZ"]')).toBeVisible();
  await expect(page.locator('html')).not.toHaveClass(/pending/);
  expect(await memberPaints(page, 'drawn-in')).toEqual(expected('dark'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

for (const [colorScheme, search, scheme] of [
  ['dark', '', 'dark'],
  ['light', '?theme=dark', 'dark'],
  ['dark', '?theme=light', 'light'],
] as const) {
  test(`after the app runs (system ${colorScheme}, ${search || 'no theme'}): legend, chart and Leaflet map agree, ${scheme}`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openMap(page, search);
    expect(await memberPaints(page, 'Leaflet')).toEqual(expected(scheme));
  });
}

test('the meeting’s venue is marked in the palette’s colour, the seat in the backdrop’s', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openMap(page, '?mode=meeting');
  const marker = venue(page);
  await expect(marker).toHaveCSS('fill', rgb(BASE_COLORS.dark.venue));
  await expect(marker).toHaveCSS('stroke', rgb(BASE_COLORS.dark.focus));
  const seat = page.locator('.map-place:not(.map-place-venue)');
  await expect(seat).toHaveCSS('fill', rgb(BASE_COLORS.dark.border));
});
