import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { axeViolations, expect, test, waitForApp } from './helpers';

/** Clicks `button` in the image dialog and returns the file the browser was handed. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog').getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile((await pathOf(file))!) };
}
const pathOf = (file: Download) => file.path();

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('Download image gives the current view as a PNG at least 1200 px wide and as an SVG', async ({
  page,
}) => {
  test.slow(); // axe over the whole page with the dialog open takes its time on a busy machine
  await page.goto('./?country=GE&date=2008-08-08');
  await page.getByRole('button', { name: 'Download image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Download the map as an image' });
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByRole('img', {
      name: /^Preview: Who is in the CIS: 8 Aug 2008 · Outlined: Georgia/,
    }),
  ).toBeVisible();

  const png = await download(page, 'Download PNG');
  expect(png.name).toBe('cis-status-ge-2008-08-08.png');
  const size = pngSize(png.bytes);
  expect(size.width).toBeGreaterThanOrEqual(1200);
  expect(size.width).toBe(2400);
  await expect(dialog.getByRole('status')).toHaveText('Downloading cis-status-ge-2008-08-08.png.');

  const svg = await download(page, 'Download SVG');
  expect(svg.name).toBe('cis-status-ge-2008-08-08.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toContain('>Who is in the CIS: 8 Aug 2008</text>');
  expect(text).toContain('Sources: see http://localhost:');
  expect(text).not.toMatch(/<script|href=/);
  expect(await axeViolations(page)).toEqual([]);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('on the Russian page the control, the dialog and the image are in Russian', async ({
  page,
}) => {
  await page.goto('./ru/?mode=meeting');
  await page.getByRole('button', { name: 'Скачать изображение' }).click();
  const dialog = page.getByRole('dialog', { name: 'Скачать карту как изображение' });
  await expect(dialog).toBeVisible();
  const svg = await download(page, 'Скачать SVG');
  expect(svg.name).toBe('sng-meeting-2025-12-22.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toContain('>Кто приехал в Петербург 22 декабря 2025\u00a0г.</text>');
  expect(text).toContain('Источники: см. ');
  expect(text).toContain('>Государственный Эрмитаж,');
  expect(text).not.toMatch(/Who came|Sources: see|At the meeting/);
  const png = await download(page, 'Скачать PNG');
  expect(png.name).toBe('sng-meeting-2025-12-22.png');
  expect(pngSize(png.bytes).width).toBe(2400);
  await expect(dialog.getByRole('status')).toHaveText(
    'Файл sng-meeting-2025-12-22.png скачивается.',
  );
});

test('in a frame sandboxed without allow-downloads it says so instead of failing silently', async ({
  page,
}) => {
  // A host page of the app's own origin, so the frame can read its sandbox and know for sure.
  await page.route('**/image-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Host</title><iframe id="app" sandbox="allow-scripts allow-same-origin" src="./?embed=1&view=map" title="Map" style="width:900px;height:800px"></iframe>',
    }),
  );
  await page.goto('./image-host.html');
  const frame = page.frameLocator('#app');
  // A press before the app has started (the control is in the page's HTML) does nothing yet.
  await waitForApp(frame);
  await frame.getByRole('button', { name: 'Download image' }).click();
  const dialog = frame.getByRole('dialog', { name: 'Download the map as an image' });
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await dialog.getByRole('button', { name: 'Download PNG' }).click();
  const status = dialog.getByRole('status');
  await expect(status).toContainText('This embedded map is not allowed to save files');
  // The full page's address: the frame's own parameters (view, embed) left behind.
  await expect(status.getByRole('link')).toHaveAttribute('href', /^http:\/\/localhost:\d+\/$/);
  expect(downloads).toBe(0);
});

test('in a sandbox whose rules it cannot read, it still tries, and says where to go if nothing came', async ({
  page,
}) => {
  // Without allow-same-origin the frame's origin is opaque: its sandbox flags are hidden from it.
  await page.route('**/image-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Host</title><iframe id="app" sandbox="allow-scripts" src="./?embed=1&view=map" title="Map" style="width:900px;height:800px"></iframe>',
    }),
  );
  await page.goto('./image-host.html');
  const frame = page.frameLocator('#app');
  // A press before the app has started (the control is in the page's HTML) does nothing yet.
  await waitForApp(frame);
  await frame.getByRole('button', { name: 'Download image' }).click();
  const dialog = frame.getByRole('dialog', { name: 'Download the map as an image' });
  await dialog.getByRole('button', { name: 'Download SVG' }).click();
  const status = dialog.getByRole('status');
  await expect(status).toContainText('If nothing was saved, this embedded map is not allowed');
  await expect(status.getByRole('link')).toHaveAttribute('href', /^http:\/\/localhost:\d+\/$/);
});
