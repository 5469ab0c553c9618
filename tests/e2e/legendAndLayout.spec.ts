import { BASE_COLORS } from '../../src/map/colour/palette';
import { countryPath, expect, openMap, rgb, test, waitForApp } from './helpers';
import { legendEntry, slider } from './locators';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as bare } from '@playwright/test';
import type { Page } from '@playwright/test';

// The legend as the map's key: pointing at an entry picks out its states; map and key on screen
// together; the compact view=map embed and its disclosure.

test.describe('legend and map', () => {
  test('pointing at a legend entry picks out its states on the map and says how many', async ({
    page,
  }) => {
    await openMap(page);
    const opacity = (code: 'GE' | 'KZ') => countryPath(page, code).getAttribute('fill-opacity');
    expect(await opacity('KZ')).toBe('1');
    await legendEntry(page, 'Withdrawn').hover();
    // Georgia, the one withdrawn state, is outlined; the others step back.
    await expect(countryPath(page, 'KZ')).toHaveAttribute('fill-opacity', '0.25');
    await expect(countryPath(page, 'GE')).toHaveAttribute('fill-opacity', '1');
    await expect(countryPath(page, 'GE')).toHaveCSS('stroke', rgb(BASE_COLORS.light.focus));
    await expect(page.locator('.legend [role="status"]')).toHaveText(
      'Withdrawn: 1 state shown on the map',
    );
    await page.mouse.move(5, 5);
    await expect(countryPath(page, 'KZ')).toHaveAttribute('fill-opacity', '1');
  });

  test('focusing a legend entry picks out its states on the drawn-in map too', async ({ page }) => {
    await page.goto('./');
    const baked = (code: string) => page.locator(`.baked-map path[data-shape="${code}"]`);
    await expect(baked('KZ')).not.toHaveAttribute('fill-opacity', /./);
    // A focus before the app has hydrated reaches no handler: wait for the app to own the page.
    await waitForApp(page);
    await legendEntry(page, 'Never joined').focus();
    // Whichever map is on screen by now (a focus is a first sign of life) shows the pick.
    await expect(page.locator('[data-shape="KZ"], path[data-country="KZ"]').last()).toHaveAttribute(
      'fill-opacity',
      '0.25',
    );
    await expect(page.locator('.legend [role="status"]')).toHaveText(
      'Never joined: 3 states shown on the map',
    );
  });

  test('at 1440 × 900 the map and its whole legend are on screen with a state’s details open', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openMap(page, '?country=RU');
    await expect(page.getByRole('region', { name: 'Russia' })).toBeVisible();
    await page.locator('#map-title').scrollIntoViewIfNeeded();
    for (const selector of ['.map-frame', '.legend']) {
      const box = await page.locator(selector).boundingBox();
      expect(box, selector).not.toBeNull();
      expect(box!.y, selector).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, selector).toBeLessThanOrEqual(900);
    }
    // The details scroll in their own panel; the column beside the map is no longer than it.
    const column = await page.locator('.side-column').boundingBox();
    const map = await page.locator('.map-column').boundingBox();
    expect(column!.y + column!.height).toBeLessThanOrEqual(map!.y + map!.height + 1);
  });
});

let server: http.Server;
let host = '';

/** A host page with the view=map embed `width` px wide, sized by its height messages as embed.js sizes a frame. */
function hostPage(app: string, width: number): string {
  return `<!doctype html><title>Host</title><body style="margin:0">
    <iframe id="app" title="Map" src="${app}/?embed=1&view=map"
      style="width:${width}px;height:600px;border:0;display:block"></iframe>
    <script>
      window.heights = [];
      const frame = document.getElementById('app');
      addEventListener('message', (event) => {
        if (event.source !== frame.contentWindow) return;
        if (event.data?.type !== 'cis-explainer:height') return;
        window.heights.push(event.data.height);
        frame.style.height = event.data.height + 'px';
      });
    </script></body>`;
}

// A host page on another origin, served here: the app's strict CSP forbids writing one into its
// own pages.
bare.beforeAll(async () => {
  const app = new URL(bare.info().project.use.baseURL ?? 'http://localhost:4173/').origin;
  server = http.createServer((request, response) => {
    const width = Number(new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('width'));
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(hostPage(app, width || 360));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
bare.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function hostEmbed(page: Page, width: number) {
  await page.goto(`${host}/?width=${width}`);
  const last = () =>
    page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0);
  return { frame: page.frameLocator('#app'), last };
}

bare.describe('the view=map embed beside a story', () => {
  // At 360 px the credit line (the link, the period and the date checked) wraps, and its second
  // line holds Download image (a 24 px target): 12 px more than the 700 px the embed needed
  // before it offered the picture. A third line would break the budget.
  for (const [width, most] of [
    [360, 712],
    [1000, 650],
  ] as const) {
    bare(
      `is at most ${most} px tall at ${width} px wide, and its disclosure grows the frame`,
      async ({ page }) => {
        const { frame, last } = await hostEmbed(page, width);
        await expect(frame.locator('.map-frame')).toBeVisible();
        await expect(frame.locator('.legend')).toBeVisible();
        await expect.poll(last).toBeGreaterThan(300);
        // Settled: the same height twice, a moment apart.
        let settled = 0;
        await expect
          .poll(async () => {
            const before = await last();
            await page.waitForTimeout(300);
            settled = await last();
            return settled === before;
          })
          .toBe(true);
        expect(settled).toBeLessThanOrEqual(most);
        // The date control and the source line are in the frame; the table waits behind a click.
        await expect(slider(frame)).toBeVisible();
        await expect(frame.locator('.embed-credit')).toBeVisible();
        await expect(frame.getByRole('table')).toBeHidden();
        await frame.getByText('Table and definitions').click();
        await expect(frame.getByRole('table')).toBeVisible();
        await expect.poll(last).toBeGreaterThan(settled + 400);
      },
    );
  }
});
