import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { Builder, Key as Keys, Origin } from 'selenium-webdriver';
import type { WebDriver } from 'selenium-webdriver';
import { Command, Name } from 'selenium-webdriver/lib/command.js';
import type { Engine, Key, Scheme } from './engine';

const DRIVER = '/usr/bin/WebKitWebDriver';
/** Debian's webkit2gtk-driver drives WebKitGTK's MiniBrowser, from libwebkit2gtk-4.1-0. */
const MINI_BROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
];

/** WebKitWebDriver and MiniBrowser, or null when webkit2gtk-driver is not installed. */
export function findWebKit(): { driver: string; browser: string } | null {
  const browser = MINI_BROWSER.find((candidate) => existsSync(candidate));
  return existsSync(DRIVER) && browser ? { driver: DRIVER, browser } : null;
}

const KEYS: Record<Key, string> = {
  Tab: Keys.TAB,
  ArrowRight: Keys.ARROW_RIGHT,
  Home: Keys.HOME,
  End: Keys.END,
  Enter: Keys.ENTER,
};

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * WebKitGTK's MiniBrowser over W3C WebDriver (WebKitWebDriver, driven by selenium-webdriver).
 * MiniBrowser has no headless mode: without a display the driver runs inside `xvfb-run`.
 * - WebDriver classic has no console events and no script that runs before the page's own, so
 *   errors are heard by a recorder put into each page once it has loaded (RECORDER): what goes
 *   wrong while a page loads is seen only through its consequences, and Firefox hears it.
 * - The colour scheme is MiniBrowser's `--dark-mode`, fixed for a session: a change of scheme
 *   starts a new session.
 * - MiniBrowser's window is no narrower than its toolbar (447 px): a narrower viewport is a frame
 *   of that width at the top left of `framePage(url, width, height)`, and the scenarios run in it.
 */
export async function launchWebKit(
  found: { driver: string; browser: string },
  framePage: (url: string, width: number, height: number) => string,
): Promise<Engine> {
  const port = await freePort();
  const headless = !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY'];
  const command = headless ? ['xvfb-run', '-a', found.driver] : [found.driver];
  const driverProcess: ChildProcess = spawn(command[0]!, [...command.slice(1), `--port=${port}`], {
    detached: true, // its own process group, so closing ends Xvfb and the browser too
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errors: string[] = [];
  driverProcess.stdout?.resume();
  driverProcess.stderr?.resume();

  let scheme: Scheme = 'light';
  let driver: WebDriver | null = null;
  const session = async (wanted: Scheme) => {
    if (driver && scheme === wanted) return driver;
    if (driver) await driver.quit();
    scheme = wanted;
    const args = ['--automation'];
    if (wanted === 'dark') args.push('--dark-mode');
    driver = await until(async () =>
      new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: found.browser, args },
        })
        .build(),
    );
    return driver;
  };
  const current = () => {
    if (!driver) throw new Error('No WebKit session');
    return driver;
  };
  const version = String((await (await session('light')).getCapabilities()).getBrowserVersion());
  const actions = () => current().actions({ async: true });
  /** Moves what the page's recorder heard into `errors` (before the page is left). */
  const harvest = async () => {
    const heard = await current()
      .executeScript<string[] | null>(HARVEST)
      .catch(() => null);
    if (heard) errors.push(...heard);
  };

  return {
    name: 'WebKit',
    version: `WebKitGTK ${version}`,
    async open(url, { width = 1280, height = 800, scheme: wanted = 'light' } = {}) {
      if (driver && scheme === wanted) await harvest();
      const browser = await session(wanted);
      await browser.switchTo().defaultContent();
      const framed = width < NARROWEST;
      await setViewport(browser, framed ? 1280 : width, height);
      await browser.get(framed ? framePage(url, width, height) : url);
      if (framed) {
        const frame = await browser.findElement({ css: 'iframe' });
        await until(async () => {
          await browser.switchTo().frame(frame);
          if (!(await browser.executeScript('return document.readyState === "complete"')))
            throw new Error('loading');
        });
      }
      await browser.executeScript(RECORDER);
    },
    evaluate: (fn, ...args) => current().executeScript(fn, ...args),
    move: ({ x, y }) =>
      actions()
        .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })
        .perform(),
    click: ({ x, y }) =>
      actions()
        .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })
        .click()
        .perform(),
    async tap({ x, y }) {
      // W3C touch input as the protocol has it (selenium's typings lack touch pointers).
      const finger = {
        type: 'pointer',
        id: 'finger',
        parameters: { pointerType: 'touch' },
        actions: [
          { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      };
      await current().execute(new Command(Name.ACTIONS).setParameter('actions', [finger]));
    },
    press: (key) => actions().sendKeys(KEYS[key]).perform(),
    async back() {
      await harvest();
      await current().navigate().back();
      await current().executeScript(RECORDER);
    },
    async takeErrors() {
      await harvest();
      return errors.splice(0);
    },
    async close() {
      await driver?.quit().catch(() => undefined);
      if (driverProcess.pid) process.kill(-driverProcess.pid, 'SIGTERM');
    },
  };
}

/** MiniBrowser's narrowest window (its toolbar's width), in CSS px. */
const NARROWEST = 447;

/** Records console errors, uncaught errors, unhandled rejections and CSP violations. */
const RECORDER = `
  if (!window.__heard) {
    const heard = (window.__heard = []);
    addEventListener('error', (event) => heard.push('error: ' + event.message));
    addEventListener('unhandledrejection', (event) => heard.push('rejection: ' + event.reason));
    document.addEventListener('securitypolicyviolation', (event) =>
      heard.push('csp: ' + event.violatedDirective + ' ' + event.blockedURI));
    const error = console.error;
    console.error = (...args) => {
      heard.push('console.error: ' + args.map(String).join(' '));
      error.apply(console, args);
    };
  }`;
const HARVEST = 'return window.__heard ? window.__heard.splice(0) : null';

/** The window is sized so that the page's viewport is `width` × `height` (the toolbar is above). */
async function setViewport(driver: WebDriver, width: number, height: number) {
  const window = driver.manage().window();
  await window.setRect({ width, height });
  const inner = await driver.executeScript<[number, number]>('return [innerWidth, innerHeight]');
  await window.setRect({ width: 2 * width - inner[0], height: 2 * height - inner[1] });
}

/** The driver takes a moment to listen: retries the first session a few times. */
async function until<T>(start: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await start();
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
