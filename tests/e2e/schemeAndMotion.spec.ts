import type { Page } from '@playwright/test';
import { expect, fillOf, openMap, test } from './helpers';
import { settle } from './recorder';

/* Outside embeds, the colour scheme and motion follow the reader's system, or the address. */

/** Relative luminance (WCAG) of the body's background. */
async function bodyLuminance(page: Page): Promise<number> {
  const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const parts = color.match(/[\d.]+/g)?.map(Number) ?? [];
  const [r, g, b, alpha = 1] = parts;
  if (r === undefined || g === undefined || b === undefined || alpha < 1) {
    throw new Error(`the body has no opaque background: ${color}`);
  }
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

test.describe('colour scheme', () => {
  const cases = [
    { system: 'dark', search: '', dark: true },
    { system: 'light', search: '', dark: false },
    { system: 'light', search: '?theme=dark', dark: true },
    { system: 'dark', search: '?theme=light', dark: false },
    { system: 'dark', search: '?theme=dark', dark: true },
    { system: 'light', search: '?theme=light', dark: false },
  ] as const;
  for (const { system, search, dark } of cases) {
    test(`system ${system}, ${search || 'no theme'}: the page is ${dark ? 'dark' : 'light'}`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: system });
      await openMap(page, search);
      const luminance = await bodyLuminance(page);
      if (dark) expect(luminance).toBeLessThan(0.2);
      else expect(luminance).toBeGreaterThan(0.8);
      const colorScheme = await page.evaluate(
        () => getComputedStyle(document.documentElement).colorScheme,
      );
      expect(colorScheme).toBe(dark ? 'dark' : 'light');
    });
  }

  test('auto follows a change of the system scheme live; a forced theme does not', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openMap(page);
    expect(await bodyLuminance(page)).toBeGreaterThan(0.8);
    const lightFill = await fillOf(page, 'KZ');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => bodyLuminance(page)).toBeLessThan(0.2);
    // The map's palette follows too (its colours are CSS, as the page's).
    await expect.poll(() => fillOf(page, 'KZ')).not.toBe(lightFill);

    await openMap(page, '?theme=light');
    expect(await bodyLuminance(page)).toBeGreaterThan(0.8);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await settle(page);
    expect(await bodyLuminance(page)).toBeGreaterThan(0.8);
  });
});

/** Clicks Leaflet's zoom-in and reads the transition of the zooming layer while it animates. */
async function zoomTransition(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const pane = document.querySelector('.leaflet-map-pane');
        const zoomIn = document.querySelector<HTMLElement>('.leaflet-control-zoom-in');
        if (!pane || !zoomIn) {
          resolve('no map pane or zoom control');
          return;
        }
        const observer = new MutationObserver(() => {
          if (!pane.classList.contains('leaflet-zoom-anim')) return;
          observer.disconnect();
          const layer = pane.querySelector('.leaflet-zoom-animated');
          resolve(layer ? getComputedStyle(layer).transitionDuration : 'no animated layer');
        });
        observer.observe(pane, { attributes: true, attributeFilter: ['class'] });
        zoomIn.click();
        setTimeout(() => resolve('no zoom animation started'), 3000);
      }),
  );
}

test.describe('motion', () => {
  test('with reduced motion, nothing animates or transitions', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openMap(page);
    expect(await zoomTransition(page)).toBe('0s');
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => {
          const style = getComputedStyle(el);
          const durations = `${style.transitionDuration},${style.animationDuration}`;
          return style.animationName !== 'none' || /[1-9]/.test(durations);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
    );
    expect(moving).toEqual([]);
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
    ).toBe('auto');
  });

  test('without that preference, the map zoom animates (the check above can fail)', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openMap(page);
    expect(await zoomTransition(page)).toBe('0.25s');
  });
});
