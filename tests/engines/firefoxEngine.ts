import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import type { Engine, Key, Point, Scheme } from './engine';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** FIREFOX_PATH, else Debian's firefox-esr (or firefox); null when there is none. */
export function findFirefox(): string | null {
  const fromEnv = process.env['FIREFOX_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

/**
 * Headless Firefox over WebDriver BiDi (puppeteer-core; Firefox's own remote agent, no driver).
 * BiDi has no media emulation, so the colour scheme is a preference fixed at launch: a change of
 * scheme starts Firefox again.
 */
export async function launchFirefox(executablePath: string): Promise<Engine> {
  const errors: string[] = [];
  let scheme: Scheme = 'light';
  let running: { browser: Browser; page: Page } | null = null;

  const session = async (wanted: Scheme) => {
    if (running && scheme === wanted) return running;
    await running?.browser.close();
    scheme = wanted;
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      extraPrefsFirefox: {
        // 0 dark, 1 light: what `prefers-color-scheme` says to every page.
        'layout.css.prefers-color-scheme.content-override': wanted === 'dark' ? 0 : 1,
      },
    });
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${String(error)}`));
    running = { browser, page };
    return running;
  };
  const page = () => {
    if (!running) throw new Error('Firefox is not running');
    return running.page;
  };
  const { browser } = await session('light');

  return {
    name: 'Firefox',
    version: await browser.version(),
    async open(url, { width = 1280, height = 800, scheme: wanted = 'light' } = {}) {
      const { page: current } = await session(wanted);
      await current.setViewport({ width, height });
      await current.goto(url);
    },
    // puppeteer's own typing of arguments (handles or values) is wider than the scenarios need.
    evaluate: <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A) =>
      page().evaluate(fn as (...values: unknown[]) => R, ...args) as Promise<R>,
    move: ({ x, y }: Point) => page().mouse.move(x, y),
    click: ({ x, y }: Point) => page().mouse.click(x, y),
    tap: ({ x, y }: Point) => page().touchscreen.tap(x, y),
    press: (key: Key) => page().keyboard.press(key),
    async back() {
      await page().goBack();
    },
    async takeErrors() {
      return errors.splice(0);
    },
    close: async () => {
      await running?.browser.close();
    },
  };
}
