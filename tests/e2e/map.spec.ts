import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  CODES,
  COUNTRY_NAMES,
  axeViolations,
  clickCountry,
  countryPath,
  expect,
  fillOf,
  paintOf,
  horizontalOverflow,
  openMap,
  pointInside,
  tabToCountry,
  test,
  waitForMap,
} from './helpers';
import type { Code } from './helpers';
import { PLACES } from '../../src/data/countries';
import { albers, REGION_ALBERS } from '../../src/map/albers';

const MEETING_RADIO = 'At the 22 Dec 2025 meeting';

/** The notice about ignored address values (the page has other live regions too). */
function notices(page: Page) {
  return page.getByRole('status').filter({ hasText: 'could not be used' });
}

/** The map section's title, which says what the map shows. */
function mapTitle(page: Page) {
  return page.getByRole('heading', { level: 2, name: /^Who / });
}

/** The legend row of a status or attendance label, e.g. "Member state … 8 states". */
function legendRow(page: Page, label: string) {
  return page.locator('.legend li').filter({
    has: page.locator('.legend-label', { hasText: new RegExp(`^${label}$`) }),
  });
}

test.describe('selecting a country', () => {
  test('clicking Kazakhstan’s shape opens its details and puts it in the address', async ({
    page,
  }) => {
    await openMap(page);
    await expect(page.getByText(/Select a country on the map/)).toBeVisible();
    const historyLength = await page.evaluate(() => history.length);

    await clickCountry(page, 'KZ');

    const details = page.getByRole('region', { name: 'Kazakhstan' });
    await expect(details).toBeVisible();
    await expect(details).toContainText('Member state');
    await expect(details.getByRole('heading', { name: 'Kazakhstan' })).toBeVisible();
    await expect(page).toHaveURL(/\/country\/kz\/$/);
    // A new history entry: the state's own page, so Back returns to the map without it.
    expect(await page.evaluate(() => history.length)).toBe(historyLength + 1);
    await expect(countryPath(page, 'KZ')).toHaveAttribute('aria-pressed', 'true');
  });

  test('Russia is clicked inside its shape (its box centre is sea) and the close button clears it', async ({
    page,
  }) => {
    await openMap(page);
    await clickCountry(page, 'RU');
    const details = page.getByRole('region', { name: 'Russia' });
    await expect(details).toContainText('Member state');
    await expect(page).toHaveURL(/\/country\/ru\/$/);

    await details.getByRole('button', { name: 'Close details for Russia' }).click();
    await expect(details).toHaveCount(0);
    await expect(page).not.toHaveURL(/country/);
    await expect(countryPath(page, 'RU')).toHaveAttribute('aria-pressed', 'false');
  });

  test('keyboard: Tab reaches the shapes, Enter and Space open details, focus is visible', async ({
    page,
  }) => {
    await openMap(page);
    const first = await tabToCountry(page);
    const focused = countryPath(page, first);
    await expect(focused).toBeFocused();
    await expect(focused).toHaveAttribute('role', 'button');
    await expect(focused).toHaveAttribute('aria-label', new RegExp(`^${COUNTRY_NAMES[first]} — `));

    // The focused shape is drawn with a thicker stroke than an unfocused, unselected one.
    const other = CODES.find((code) => code !== first) ?? 'RU';
    const strokeWidth = (code: typeof first) =>
      countryPath(page, code).evaluate((element) =>
        parseFloat(getComputedStyle(element).strokeWidth),
      );
    const [focusedWidth, otherWidth] = [await strokeWidth(first), await strokeWidth(other)];
    expect(focusedWidth).toBeGreaterThan(otherWidth);
    expect(focusedWidth).toBeGreaterThanOrEqual(2);

    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: COUNTRY_NAMES[first] })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/country/${first.toLowerCase()}/$`));
    await expect(focused).toBeFocused();

    // The next shape (the arrow keys move within the map), with Space this time.
    await page.keyboard.press('ArrowRight');
    const second = (await page.evaluate(() =>
      document.activeElement?.getAttribute('data-country'),
    )) as Code;
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Space');
    await expect(page.getByRole('region', { name: COUNTRY_NAMES[second] })).toBeVisible();
    await expect(page.getByRole('region', { name: COUNTRY_NAMES[first] })).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`/country/${second.toLowerCase()}/$`));
    // Space on a shape selects it and does not scroll the page.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
  });

  test('each of the 15 shapes is a button named after its country', async ({ page }) => {
    await openMap(page);
    for (const code of CODES) {
      const button = page.getByRole('button', { name: new RegExp(`^${COUNTRY_NAMES[code]} — `) });
      await expect(button, COUNTRY_NAMES[code]).toHaveCount(1);
      await expect(button, COUNTRY_NAMES[code]).toHaveAttribute('data-country', code);
    }
    // One tab stop: the first state in name order, the others reached with the arrow keys.
    await expect(page.locator('path[data-country][tabindex="0"]')).toHaveCount(1);
    await expect(page.locator('path[data-country][tabindex="-1"]')).toHaveCount(14);
  });

  test('the map is one tab stop: arrows, Home and End move, Escape clears, Tab leaves', async ({
    page,
  }) => {
    await openMap(page);
    const focusedCode = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-country') ?? null);
    const order = [...CODES].sort((a, b) => COUNTRY_NAMES[a].localeCompare(COUNTRY_NAMES[b]));
    expect(await tabToCountry(page)).toBe(order[0]);
    await page.keyboard.press('ArrowRight');
    expect(await focusedCode()).toBe(order[1]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedCode()).toBe(order[2]);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedCode()).toBe(order[1]);
    await page.keyboard.press('End');
    expect(await focusedCode()).toBe(order[14]);
    await page.keyboard.press('Home');
    expect(await focusedCode()).toBe(order[0]);
    await page.keyboard.press('ArrowUp');
    expect(await focusedCode()).toBe(order[14]);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/country/${order[14]!.toLowerCase()}/$`));
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/country/);
    await expect(countryPath(page, order[14]!)).toHaveAttribute('aria-pressed', 'false');
    // The hint says how, without being seen.
    await expect(countryPath(page, order[0]!)).toHaveAccessibleDescription(/arrow keys/);
    // Tab leaves the map: no other shape takes the focus on the way out.
    await page.keyboard.press('Tab');
    expect(await focusedCode()).toBeNull();
    // Shift+Tab comes back to the state last visited.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedCode()).toBe(order[14]);
  });
});

test.describe('deep links', () => {
  test('?country=kz (lower case) opens Kazakhstan', async ({ page }) => {
    await openMap(page, '?country=kz');
    await expect(page.getByRole('region', { name: 'Kazakhstan' })).toContainText('Member state');
    await expect(countryPath(page, 'KZ')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('could not be used')).toHaveCount(0);
  });

  const badValues = [
    { search: '?country=XX', param: 'country', value: 'XX' },
    {
      search: `?country=${encodeURIComponent('<script>alert(1)</script>')}`,
      param: 'country',
      value: '<script>alert(1)</script>',
    },
    { search: '?date=abc', param: 'date', value: 'abc' },
  ];
  for (const { search, param, value } of badValues) {
    test(`${decodeURIComponent(search)} → a polite notice, defaults kept`, async ({ page }) => {
      await openMap(page, search);
      const notice = notices(page);
      await expect(notice).toBeVisible();
      await expect(notice).toHaveAttribute('aria-live', 'polite');
      await expect(notice).toContainText(`${param} “${value}”`);
      // Shown as text: no element was made from it, no script ran (the guard fails on dialogs).
      await expect(notice.locator('script')).toHaveCount(0);
      const injected = await page.evaluate(
        () => [...document.scripts].filter((s) => s.textContent?.includes('alert')).length,
      );
      expect(injected).toBe(0);
      // Defaults: no country, today's status, 8 member states.
      await expect(mapTitle(page)).toHaveText('Who is in the CIS: 22 Dec 2025');
      await expect(legendRow(page, 'Member state')).toContainText('8 states');
      await expect(page.locator('.details')).toHaveCount(0);

      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toBeHidden();
    });
  }

  test('?date=1800 → a notice, and the map shows the founding day instead', async ({ page }) => {
    await openMap(page, '?date=1800');
    const notice = notices(page);
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('date “1800”');
    await expect(notice).toContainText('before the CIS was founded');
    await expect(mapTitle(page)).toHaveText('Who is in the CIS: 8 Dec 1991');
  });

  test('?mode=meeting opens the meeting map', async ({ page }) => {
    await openMap(page, '?mode=meeting');
    await expect(page.getByRole('radio', { name: MEETING_RADIO })).toBeChecked();
    await expect(mapTitle(page)).toHaveText('Who came to St Petersburg on 22 Dec 2025');
    await expect(page.getByRole('img', { name: /^State Hermitage Museum/ })).toHaveCount(1);
    expect(await fillOf(page, 'AZ')).not.toBe(await fillOf(page, 'RU'));
  });
});

test.describe('colours', () => {
  test('Russia is a party to the founding agreement in mid-1993 and a member state once the Charter is in force', async ({
    page,
  }) => {
    await openMap(page, '?country=RU&date=1993-06-01');
    const details = page.getByRole('region', { name: 'Russia' });
    await expect(details).toContainText('On 1 June 1993: Party to the founding agreement');
    await expect(details).toContainText(
      'Ratified the Charter on 15 Apr 1993; in force from 22 Jan 1994.',
    );
    // Same colour as Kazakhstan, which had ratified only the founding agreement then.
    expect(await fillOf(page, 'RU')).toBe(await fillOf(page, 'KZ'));
    await openMap(page, '?country=RU&date=1994-02-01');
    await expect(page.getByRole('region', { name: 'Russia' })).toContainText(
      'On 1 February 1994: Member state since 22 Jan 1994.',
    );
    const swatch = paintOf(legendRow(page, 'Member state').locator('rect'));
    expect(await swatch).toBe(await fillOf(page, 'RU'));
    expect(await fillOf(page, 'RU')).not.toBe(await fillOf(page, 'KZ'));
  });

  test('members, withdrawn and never-joined states differ; the legend uses the same colours', async ({
    page,
  }) => {
    await openMap(page);
    const [ru, kz, ge, ee] = [
      await fillOf(page, 'RU'),
      await fillOf(page, 'KZ'),
      await fillOf(page, 'GE'),
      await fillOf(page, 'EE'),
    ];
    expect(ru).toBe(kz); // both members
    expect(ru).not.toBe(ge);
    expect(ru).not.toBe(ee);
    expect(ge).not.toBe(ee);
    const swatch = (label: string) => paintOf(legendRow(page, label).locator('rect'));
    expect(await swatch('Member state')).toBe(ru);
    expect(await swatch('Withdrawn')).toBe(ge);
    expect(await swatch('Never joined')).toBe(ee);
  });

  test('meeting mode: absent Azerbaijan differs from attending Russia, the venue is marked', async ({
    page,
  }) => {
    await openMap(page);
    await expect(page.getByRole('img', { name: /^State Hermitage Museum/ })).toHaveCount(0);
    const statusFill = await fillOf(page, 'RU');

    await page.getByRole('radio', { name: MEETING_RADIO }).check();

    await expect(page).toHaveURL(/\?mode=meeting$/);
    await expect.poll(() => fillOf(page, 'RU')).not.toBe(statusFill);
    expect(await fillOf(page, 'AZ')).not.toBe(await fillOf(page, 'RU'));
    expect(await fillOf(page, 'KZ')).toBe(await fillOf(page, 'RU')); // both attended
    await expect(page.getByRole('img', { name: /^State Hermitage Museum/ })).toHaveCount(1);
    await expect(countryPath(page, 'AZ')).toHaveAttribute('aria-label', /^Azerbaijan — /);
  });

  test('dark colour scheme recolours the map', async ({ page }) => {
    await openMap(page);
    const light = await fillOf(page, 'RU');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => fillOf(page, 'RU')).not.toBe(light);
  });
});

test.describe('hover and focus label', () => {
  /** The map's visual label (hidden from screen readers, which hear the shape's own name). */
  const label = (page: Page) => page.locator('.status-map .map-tooltip');

  test('hovering a shape shows its name and status beside the pointer; leaving hides it', async ({
    page,
  }) => {
    await openMap(page);
    const point = await pointInside(page, 'KZ');
    await countryPath(page, 'KZ').hover({ position: point });
    await expect(label(page)).toBeVisible();
    await expect(label(page)).toHaveText('Kazakhstan — member state');
    await expect(label(page)).toHaveAttribute('aria-hidden', 'true');
    // Beside the pointer, not somewhere else on the map.
    const box = (await label(page).boundingBox())!;
    const shape = (await countryPath(page, 'KZ').boundingBox())!;
    const pointer = { x: shape.x + point.x, y: shape.y + point.y };
    expect(Math.abs(box.y + box.height / 2 - pointer.y)).toBeLessThan(4);
    expect(
      Math.min(Math.abs(box.x - pointer.x), Math.abs(box.x + box.width - pointer.x)),
    ).toBeLessThan(20);

    await page.mouse.move(1, 1);
    await expect(label(page)).toBeHidden();
  });

  test('a focused shape shows its label inside the shape; an arrow key moves it to the next shape', async ({
    page,
  }) => {
    await openMap(page);
    const code = await tabToCountry(page);
    await expect(label(page)).toBeVisible();
    await expect(label(page)).toHaveText(
      (await countryPath(page, code).getAttribute('aria-label')) ?? '',
    );
    const box = (await label(page).boundingBox())!;
    const shape = (await countryPath(page, code).boundingBox())!;
    const anchorY = box.y + box.height / 2;
    expect(anchorY).toBeGreaterThan(shape.y);
    expect(anchorY).toBeLessThan(shape.y + shape.height);

    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-country'));
    expect(next).toBeTruthy();
    await expect(label(page)).toHaveText(
      (await countryPath(page, next as Code).getAttribute('aria-label')) ?? '',
    );
    await page.keyboard.press('Tab');
    await expect(label(page)).toBeHidden();
  });
});

test.describe('borders', () => {
  test('Crimea is drawn as part of Ukraine', async ({ page }) => {
    // A big viewport, so a pixel of rounding is a few kilometres.
    await page.setViewportSize({ width: 1600, height: 1100 });
    // Meeting mode shows two markers at known places: they pin the projection to the screen.
    await openMap(page, '?mode=meeting');
    await expect(
      page.getByText('Crimea is shown as part of Ukraine', { exact: false }),
    ).toBeVisible();
    await page.locator('.status-map').scrollIntoViewIfNeeded();

    const centreOf = async (name: RegExp) => {
      const box = await page.getByRole('img', { name }).boundingBox();
      if (!box) throw new Error(`${name} is not on screen`);
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const { project } = albers(REGION_ALBERS);
    // Screen = origin + scale × projected, y down. Two markers give the scale and the origin;
    // their bearing on screen must match the projection's, or the map is not Albers.
    const a = {
      screen: await centreOf(/^State Hermitage Museum/),
      at: project(PLACES.hermitage.lat, PLACES.hermitage.lon),
    };
    const b = {
      screen: await centreOf(/^CIS Executive Committee/),
      at: project(PLACES.executiveCommittee.lat, PLACES.executiveCommittee.lon),
    };
    const projected = { x: b.at[0] - a.at[0], y: b.at[1] - a.at[1] };
    const onScreen = { x: b.screen.x - a.screen.x, y: a.screen.y - b.screen.y };
    const scale = Math.hypot(onScreen.x, onScreen.y) / Math.hypot(projected.x, projected.y);
    const bearing = (v: { x: number; y: number }) => Math.atan2(v.y, v.x);
    expect(Math.abs(bearing(onScreen) - bearing(projected)), 'marker bearing').toBeLessThan(0.05);

    /** The countries whose filled shape covers the given place on screen. */
    const countriesAt = (lat: number, lon: number) => {
      const [x, y] = project(lat, lon);
      const point = {
        x: a.screen.x + scale * (x - a.at[0]),
        y: a.screen.y - scale * (y - a.at[1]),
      };
      return page.evaluate(
        ({ x, y }) =>
          document
            .elementsFromPoint(x, y)
            .map((element) => element.getAttribute('data-country'))
            .filter((code) => code !== null),
        point,
      );
    };

    // Controls first, so a wrong projection cannot pass the real check by accident.
    expect(await countriesAt(55.76, 37.62), 'Moscow').toEqual(['RU']);
    expect(await countriesAt(50.45, 30.52), 'Kyiv').toEqual(['UA']);
    expect(await countriesAt(45.04, 38.98), 'Krasnodar').toEqual(['RU']);
    expect(await countriesAt(53.9, 27.56), 'Minsk').toEqual(['BY']);
    expect(await countriesAt(44.95, 34.1), 'Simferopol').toEqual(['UA']);
    expect(await countriesAt(45.3, 34.4), 'northern Crimea').toEqual(['UA']);
    expect(await countriesAt(45.2, 34.8), 'eastern Crimea').toEqual(['UA']);
  });
});

test.describe('privacy', () => {
  test('no request leaves the page’s origin during a full visit', async ({ page, guard }) => {
    await openMap(page);
    await clickCountry(page, 'UA');
    await page.getByRole('radio', { name: MEETING_RADIO }).check();
    await countryPath(page, 'RU').hover();
    await page.mouse.wheel(0, 400);
    await page.reload();
    await waitForMap(page);
    await page.waitForLoadState('networkidle');
    expect(guard.foreignRequests).toEqual([]);
  });
});

test.describe('accessibility (axe-core)', () => {
  // axe's colour-contrast rule alone takes 5–12 s on this long page on a 2-core machine.
  test.describe.configure({ timeout: 90_000 });
  const pages = [
    { name: 'default page', search: '' },
    { name: 'a country selected', search: '?country=UA' },
    { name: 'meeting mode', search: '?mode=meeting' },
    { name: 'a notice shown', search: '?country=XX' },
  ];
  for (const { name, search } of pages) {
    test(`no violations: ${name}`, async ({ page }) => {
      await openMap(page, search);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('no violations: dark colour scheme, with a country selected', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openMap(page);
    await clickCountry(page, 'KZ');
    await expect(page.getByRole('region', { name: 'Kazakhstan' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('layout', () => {
  test.describe('phone 375×740', () => {
    test.use({ viewport: { width: 375, height: 740 } });

    test('no sideways scroll, the map is tall enough', async ({ page }) => {
      await openMap(page);
      let { scroll, client } = await horizontalOverflow(page);
      expect(scroll).toBeLessThanOrEqual(client);
      const box = await page.locator('.map-frame').boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(240);
      expect(box?.width ?? 0).toBeLessThanOrEqual(375);

      // Still none with the details of a state open.
      await page.getByRole('link', { name: 'Kazakhstan', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Kazakhstan' })).toBeVisible();
      ({ scroll, client } = await horizontalOverflow(page));
      expect(scroll).toBeLessThanOrEqual(client);
    });

    test('screenshot (for people, not asserted)', async ({ page }, testInfo) => {
      await openMap(page, '?country=KZ');
      await page.evaluate(() => document.fonts.ready);
      const dir = path.join(testInfo.project.outputDir, 'screenshots');
      await mkdir(dir, { recursive: true });
      await page.screenshot({ path: path.join(dir, 'phone-375x740.png'), fullPage: true });
    });
  });

  test.describe('desktop', () => {
    test('1280×800: no sideways scroll', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openMap(page);
      const { scroll, client } = await horizontalOverflow(page);
      expect(scroll).toBeLessThanOrEqual(client);
    });

    test('screenshot 1280×900 (for people, not asserted)', async ({ page }, testInfo) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openMap(page, '?country=KZ');
      await page.evaluate(() => document.fonts.ready);
      const dir = path.join(testInfo.project.outputDir, 'screenshots');
      await mkdir(dir, { recursive: true });
      await page.screenshot({ path: path.join(dir, 'desktop-1280x900.png') });
      await page.getByRole('radio', { name: MEETING_RADIO }).check();
      await expect(page.getByRole('img', { name: /^State Hermitage Museum/ })).toHaveCount(1);
      await page.screenshot({ path: path.join(dir, 'desktop-1280x900-meeting.png') });
    });
  });
});
