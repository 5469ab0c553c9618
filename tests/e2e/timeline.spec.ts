import type { Locator, Page } from '@playwright/test';
import { countryPath, expect, fillOf, openMap, paintOf, test } from './helpers';
import { mapTitle, notices, slider, timeline } from './locators';
import type { Code } from './helpers';
import { PLAY_INTERVAL_MS } from '../../src/app/usePlay';

/*
 * The date slider, the timeline list and Play against the built site: the map recolours in place,
 * the address follows, deep links and bad dates are handled.
 */

const GEORGIA_LEAVES = {
  id: 'georgia-withdrawal-effective',
  title: 'Georgia’s withdrawal takes effect',
} as const;

/** The timeline's list item of an event, found by its title. */
function eventItem(page: Page, title: string): Locator {
  return timeline(page).getByRole('listitem').filter({ hasText: title });
}

/** The title of the event currently pressed (selected) in the timeline list. */
async function selectedEvent(page: Page): Promise<string | null> {
  const pressed = timeline(page).getByRole('button', { pressed: true });
  if ((await pressed.count()) === 0) return null;
  // The button reads "<date><title>": the title is its text without the <time>.
  return pressed.evaluate((button) =>
    (button.textContent ?? '').replace(button.querySelector('time')?.textContent ?? '', '').trim(),
  );
}

/** The fill the legend shows for a status, e.g. 'Not yet joined'. */
async function legendFill(page: Page, label: string): Promise<string> {
  const row = page
    .getByRole('region', { name: /^Status on / })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${label}\\s*\\d+ states?`) });
  await expect(row).toHaveCount(1);
  return paintOf(row.locator('rect'));
}

async function strokeWidth(page: Page, code: Code): Promise<number> {
  return Number(await countryPath(page, code).getAttribute('stroke-width'));
}

test.describe('moving the date', () => {
  test('the keyboard moves the slider; Georgia turns "not yet joined" at Home and back at End', async ({
    page,
  }) => {
    await openMap(page);
    const atEnd = await fillOf(page, 'GE');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '22 December 2025');

    await slider(page).focus();
    await page.keyboard.press('Home');

    await expect(slider(page)).toHaveAttribute('aria-valuetext', '8 December 1991');
    await expect(mapTitle(page)).toHaveText('Who is in the CIS: 8 Dec 1991');
    await expect.poll(() => fillOf(page, 'GE')).not.toBe(atEnd);
    expect(await fillOf(page, 'GE')).toBe(await legendFill(page, 'Not yet joined'));
    await expect(countryPath(page, 'GE')).toHaveAttribute('aria-label', /^Georgia — /);
    await expect(slider(page)).toBeFocused();

    await page.keyboard.press('End');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '22 December 2025');
    await expect.poll(() => fillOf(page, 'GE')).toBe(atEnd);
    expect(atEnd).toBe(await legendFill(page, 'Withdrawn'));
  });

  test('ArrowRight and PageUp step the date; the address follows with ?date=', async ({ page }) => {
    await openMap(page);
    await expect(page).not.toHaveURL(/date=/);
    await slider(page).focus();

    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/\?date=1991-12-08$/);
    await page.keyboard.press('ArrowRight');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '10 December 1991');
    await expect(page).toHaveURL(/\?date=1991-12-10$/);
    await page.keyboard.press('PageUp');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '10 December 1992');
    await expect(page).toHaveURL(/\?date=1992-12-10$/);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/\?date=1992-10-01$/); // Azerbaijan's refusal, dated Oct 1992

    // Back at the default day the address is clean again.
    await page.keyboard.press('End');
    await expect(page).not.toHaveURL(/date=/);
  });

  test('the 15 shapes are the same nodes after the date moves (the layer is not recreated)', async ({
    page,
  }) => {
    await openMap(page);
    const before = await page.evaluate(() => {
      const paths = [...document.querySelectorAll('path')];
      paths.forEach((path, index) => {
        (path as unknown as { e2eMark: number }).e2eMark = index;
      });
      return {
        all: paths.length,
        countries: document.querySelectorAll('path[data-country]').length,
      };
    });
    expect(before.countries).toBe(15);
    const fillAtEnd = await fillOf(page, 'GE');

    await slider(page).focus();
    await page.keyboard.press('Home');
    await expect.poll(() => fillOf(page, 'GE')).not.toBe(fillAtEnd);
    for (const key of ['ArrowRight', 'ArrowRight', 'PageUp', 'PageUp', 'ArrowLeft']) {
      await page.keyboard.press(key);
    }
    await expect(slider(page)).not.toHaveAttribute('aria-valuetext', '8 December 1991');
    await page.keyboard.press('End');
    await expect.poll(() => fillOf(page, 'GE')).toBe(fillAtEnd);

    const after = await page.evaluate(() => {
      const paths = [...document.querySelectorAll('path')];
      return {
        all: paths.length,
        countries: document.querySelectorAll('path[data-country]').length,
        unmarked: paths.filter((path) => !('e2eMark' in path)).length,
        inOrder: paths.every(
          (path, index) => (path as unknown as { e2eMark?: number }).e2eMark === index,
        ),
      };
    });
    expect(after).toEqual({ all: before.all, countries: 15, unmarked: 0, inOrder: true });
  });
});

test.describe('deep links to a date', () => {
  test('?date=2008-07-01: Georgia is a member; ?date=2009-08-18: withdrawn', async ({ page }) => {
    await openMap(page, '?date=2008-07-01&country=GE');
    const details = page.getByRole('region', { name: 'Georgia' });
    await expect(details).toContainText('On 1 July 2008: Member state');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 July 2008');
    const memberFill = await fillOf(page, 'GE');
    expect(memberFill).toBe(await fillOf(page, 'RU'));
    expect(memberFill).toBe(await legendFill(page, 'Member state'));
    // The address tidied to Georgia's own page, the date kept.
    await expect(page).toHaveURL(/\/country\/ge\/\?date=2008-07-01$/);

    await openMap(page, '?date=2009-08-18&country=GE');
    await expect(details).toContainText('On 18 August 2009: Withdrawn');
    await expect(details).not.toContainText('Member state since');
    const withdrawnFill = await fillOf(page, 'GE');
    expect(withdrawnFill).not.toBe(memberFill);
    expect(withdrawnFill).toBe(await legendFill(page, 'Withdrawn'));
    await expect(notices(page)).toHaveCount(0);
  });

  test('?date=2023-02-30 (no such day) → a notice naming it, the default date kept', async ({
    page,
  }) => {
    await openMap(page, '?date=2023-02-30');
    const notice = notices(page);
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('date “2023-02-30”');
    await expect(notice).toContainText('is not a date');
    await expect(mapTitle(page)).toHaveText('Who is in the CIS: 22 Dec 2025');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '22 December 2025');
  });

  test('?date=1985 → clamped to the founding day, with a notice', async ({ page }) => {
    await openMap(page, '?date=1985');
    const notice = notices(page);
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('date “1985”');
    await expect(notice).toContainText('before the CIS was founded');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '8 December 1991');
    await expect(mapTitle(page)).toHaveText('Who is in the CIS: 8 Dec 1991');
    await expect(page.getByRole('link', { name: 'Georgia', exact: true })).toBeVisible();
  });

  test('?date=2030 → clamped to 22 Dec 2025, with a notice', async ({ page }) => {
    await openMap(page, '?date=2030');
    await expect(notices(page)).toContainText('date “2030”');
    await expect(notices(page)).toContainText('after 22 Dec 2025');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '22 December 2025');
  });
});

test.describe('events', () => {
  test('?event=<id> selects the event, outlines its states and keeps ?event in the address', async ({
    page,
  }) => {
    await openMap(page, `?event=${GEORGIA_LEAVES.id}`);
    const item = eventItem(page, GEORGIA_LEAVES.title);
    await expect(item).toHaveAttribute('aria-current', 'true');
    await expect(timeline(page).locator('[aria-current="true"]')).toHaveCount(1);
    expect(await selectedEvent(page)).toBe(GEORGIA_LEAVES.title);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '18 August 2009');
    await expect(page).toHaveURL(new RegExp(`\\?event=${GEORGIA_LEAVES.id}$`));

    // Georgia is outlined: a thicker stroke than any state not in the event.
    await expect.poll(() => strokeWidth(page, 'GE')).toBeGreaterThan(1);
    const others = await Promise.all(
      (['RU', 'KZ', 'AM', 'UA', 'EE'] as const).map((code) => strokeWidth(page, code)),
    );
    for (const width of others) expect(await strokeWidth(page, 'GE')).toBeGreaterThan(width);
    await expect(notices(page)).toHaveCount(0);
  });

  test('clicking an event moves the map there and outlines all its states', async ({ page }) => {
    await openMap(page);
    const plain = await strokeWidth(page, 'EE');
    await timeline(page)
      .getByRole('button', { name: /Free Trade Area agreement signed in Moscow/ })
      .click();
    await expect(page).toHaveURL(/\?event=free-trade-agreement-1994$/);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '15 April 1994');
    // Twelve states signed; Estonia, Latvia and Lithuania did not.
    await expect.poll(() => strokeWidth(page, 'KZ')).toBeGreaterThan(plain);
    for (const code of [
      'AM',
      'AZ',
      'BY',
      'GE',
      'KZ',
      'KG',
      'MD',
      'RU',
      'TJ',
      'TM',
      'UA',
      'UZ',
    ] as const) {
      expect(await strokeWidth(page, code), code).toBeGreaterThan(plain);
    }
    for (const code of ['EE', 'LV', 'LT'] as const) {
      expect(await strokeWidth(page, code), code).toBe(plain);
    }

    // Moving the date leaves the event: no outline, ?date= instead of ?event=.
    await slider(page).focus();
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/\?date=1995-04-15$/);
    await expect.poll(() => strokeWidth(page, 'KZ')).toBe(plain);
    expect(await selectedEvent(page)).toBeNull();
  });
});

test.describe('reduced motion', () => {
  /** Computed transition durations of the country shapes and of every button. */
  async function durations(page: Page): Promise<string[]> {
    return page.evaluate(() =>
      [...document.querySelectorAll('path[data-country], button')].map(
        (element) => getComputedStyle(element).transitionDuration,
      ),
    );
  }

  /** A transition set on the Play button's own style, to see whether the page overrides it. */
  async function forcedTransition(page: Page): Promise<string> {
    const play = page.getByRole('button', { name: 'Play', exact: true });
    return play.evaluate((element) => {
      (element as HTMLElement).style.transition = 'color 0.3s linear';
      return getComputedStyle(element).transitionDuration;
    });
  }

  test('prefers-reduced-motion: no transition on the shapes or any button', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openMap(page);
    const all = await durations(page);
    expect(all.length).toBeGreaterThan(15);
    for (const duration of all) expect(duration.split(', ').every((d) => d === '0s')).toBe(true);
    // Even a transition declared on the element is switched off.
    expect(await forcedTransition(page)).toBe('0s');
  });

  test('control: without the preference, a declared transition runs', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openMap(page);
    expect(await forcedTransition(page)).toBe('0.3s');
  });
});

test.describe('Play', () => {
  test('Play steps to the next event by itself; a key press stops it', async ({ page }) => {
    // The page's clock is the test's: Play steps only when the test lets time pass, so a busy
    // machine cannot let it run on past the event checked below.
    await page.clock.install();
    await openMap(page, `?event=${GEORGIA_LEAVES.id}`);
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await expect(play).toHaveAttribute('aria-pressed', 'false');

    await play.click();
    const pause = page.getByRole('button', { name: 'Pause', exact: true });
    await expect(pause).toHaveAttribute('aria-pressed', 'true');
    // Not before its interval…
    await page.clock.runFor(PLAY_INTERVAL_MS - 100);
    expect(await selectedEvent(page)).toBe(GEORGIA_LEAVES.title);

    // …then the next event is selected, and once the date has rested the address follows.
    await page.clock.runFor(100);
    await expect
      .poll(() => selectedEvent(page))
      .toBe('Free Trade Area treaty signed in St Petersburg');
    await page.clock.runFor(400);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '18 October 2011');
    await expect(page).toHaveURL(/\?event=free-trade-treaty-2011$/);

    // A key pressed elsewhere on the page stops it.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Shift');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toHaveCount(0);
  });

  test('Play from the default (last) day starts again at the first event', async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(page).toHaveURL(/event=/);
    expect(await selectedEvent(page)).toMatch(/Belovezha|Belarus, Ukraine and Russia/);
    await expect.poll(() => selectedEvent(page)).not.toBe('Belovezha Accords establish the CIS');
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});
