import type { Page, Request, Route } from '@playwright/test';
import { EN } from '../../src/i18n/en';
import { RU } from '../../src/i18n/ru';
import { axeViolations, expect, horizontalOverflow, test, waitForMap } from './helpers';

/*
 * Every entrance is a first page: an embed's address paints its own view from its HTML, an old
 * embed address goes straight to it without showing another view first, and moving between pages
 * keeps every address right, wherever the site is hosted.
 */

const VIEWS = ['all', 'map', 'history', 'timeline', 'quotes'] as const;
type View = (typeof VIEWS)[number];

/** The sections each view shows; an embed of one view shows no other. */
const SECTIONS = {
  map: '.map-section',
  history: '.history-section',
  timeline: '.timeline-section',
  quotes: '.meeting-section',
} as const;
type Part = keyof typeof SECTIONS;
const PARTS = Object.keys(SECTIONS) as Part[];
const shows = (view: View, part: Part) => view === 'all' || view === part;

/** The view's own page, as the embed dialog writes it: embed/ or embed/map/. */
const embedPage = (view: View) => (view === 'all' ? 'embed/' : `embed/${view}/`);

/** Each view's own content, drawn in the HTML. */
async function expectContent(page: Page, view: View) {
  for (const part of PARTS) {
    await expect(page.locator(SECTIONS[part]), `${view}: ${part}`).toHaveCount(
      shows(view, part) ? 1 : 0,
    );
  }
  if (shows(view, 'map')) await expect(page.locator('path[data-shape="KZ"]')).toBeVisible();
  if (shows(view, 'history'))
    await expect(page.locator('.history-section svg.hc-bars').first()).toBeVisible();
  if (shows(view, 'timeline')) await expect(page.locator('.event-list > li').first()).toBeVisible();
  if (shows(view, 'quotes'))
    await expect(page.locator('.meeting-section blockquote')).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(0);
}

test.describe('an embed’s own page, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of ['', 'ru/'] as const) {
    for (const view of VIEWS) {
      test(`${lang}${embedPage(view)} shows its view from its HTML`, async ({ page }) => {
        await page.goto(`./${lang}${embedPage(view)}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang ? 'ru' : 'en');
        await expect(page.locator('html')).toHaveAttribute('data-embed', 'true');
        await expectContent(page, view);
        // The credit goes to the edition's full page, two folders (or one) up.
        const credit = page.locator('.embed-credit a').first();
        expect(new URL((await credit.getAttribute('href')) ?? '', page.url()).pathname).toBe(
          `/${lang}`,
        );
      });
    }
  }
});

/**
 * Records, for every frame the browser paints until the page has loaded, in every document
 * (an old address goes on to the view's page), which sections the reader could see.
 */
async function recordFrames(page: Page) {
  const frames: { path: string; hidden: boolean; seen: string[] }[] = [];
  await page.exposeFunction('reportFrame', (frame: (typeof frames)[number]) => frames.push(frame));
  await page.addInitScript((sections: Record<string, string>) => {
    const report = (window as unknown as { reportFrame: (f: unknown) => void }).reportFrame;
    let loaded = false;
    addEventListener('load', () => (loaded = true));
    const probe = () => {
      const root = document.getElementById('root');
      const hidden = !root || getComputedStyle(root).visibility === 'hidden';
      const seen = Object.entries(sections)
        .filter(([, selector]) => {
          const box = document.querySelector(selector)?.getBoundingClientRect();
          return !hidden && box !== undefined && box.height > 0;
        })
        .map(([part]) => part);
      void report({ path: location.pathname + location.search, hidden, seen });
      if (!loaded) requestAnimationFrame(probe);
    };
    requestAnimationFrame(probe);
  }, SECTIONS);
  return frames;
}

/**
 * Answers an edition's home page asked for with `embed` in its query as a host without the build's
 * moves does (Cloudflare Pages, GitHub Pages, S3): with the home page itself, for its first script
 * to move. The suite's server, like nginx, Caddy, Apache, Vercel and Netlify with the build's
 * files, moves such an address before sending anything (tests/e2e/realServers.spec.ts).
 */
async function withoutServerMoves(page: Page) {
  await page.route(
    (url) => url.searchParams.has('embed') && /\/(ru\/)?$/.test(url.pathname),
    async (route) => {
      const { origin, pathname } = new URL(route.request().url());
      await route.fulfill({ response: await route.fetch({ url: `${origin}${pathname}` }) });
    },
  );
}

test.describe('an embed address pasted before, on a host that moves it', () => {
  test('goes to its view’s page before any of the home page is sent, which paints at once', async ({
    page,
  }) => {
    // Whether the page was hidden for the app once its HTML was parsed, before any module ran.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          Object.assign(window, {
            __hiddenAtParse: document.documentElement.classList.contains('pending'),
          });
      });
    });
    const documents: string[] = [];
    page.on('response', (response) => {
      if (response.request().isNavigationRequest())
        documents.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    await page.goto('./?embed=1&view=map&childId=c1');
    await expect(page).toHaveURL('/embed/map/?childId=c1');
    await expectContent(page, 'map');
    expect(documents).toEqual(['301 /', '200 /embed/map/']);
    // Its page paints from its HTML: the `embed=1` and `view=map` it came with do not hide it.
    const hidden = await page.evaluate(
      () => (window as { __hiddenAtParse?: boolean }).__hiddenAtParse,
    );
    expect(hidden).toBe(false);
  });
});

test.describe('an embed address pasted before, on a host that does not move it', () => {
  test.beforeEach(async ({ page }) => {
    await withoutServerMoves(page);
  });

  for (const [lang, view] of [
    ['', 'map'],
    ['', 'quotes'],
    ['', 'history'],
    ['', 'timeline'],
    ['', 'all'],
    ['ru/', 'map'],
  ] as const) {
    const search = view === 'all' ? '?embed=1' : `?embed=1&view=${view}`;
    test(`${lang}${search} goes to ${embedPage(view)} and never shows another view`, async ({
      page,
    }) => {
      const frames = await recordFrames(page);
      await page.goto(`./${lang}${search}&childId=c1`);
      await expect(page).toHaveURL(`/${lang}${embedPage(view)}?childId=c1`);
      await expectContent(page, view);
      await page.waitForLoadState('load');
      expect(frames.length).toBeGreaterThan(0);
      for (const frame of frames) {
        const wrong = frame.seen.filter((part) => !shows(view, part as Part));
        expect(wrong, `a frame of ${frame.path}`).toEqual([]);
      }
      // The old address is never painted: its document stays hidden until it has gone on.
      const old = frames.filter((frame) => !frame.path.includes('/embed/'));
      expect(old.every((frame) => frame.hidden)).toBe(true);
      // Back does not return to the old address: it was replaced.
      await page.goBack();
      expect(page.url()).toBe('about:blank');
    });
  }

  test('the home page’s load is stopped: what it had asked for is cancelled, not loaded', async ({
    page,
  }) => {
    // A slow network, as on a phone: until the view's page is asked for, the home page's files
    // answer after 3 s, and the view's page itself after 4 s. Without the stop, the home page's
    // stylesheet and scripts (asked for by the preload scanner) would arrive meanwhile, taking
    // the network from the view's page; stopped, they are cancelled at once.
    let left = false;
    const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const answer = (route: Route) => route.continue().catch(() => undefined); // gone if cancelled
    await page.route('**/embed/map/**', async (route) => {
      left = true;
      await later(4_000);
      await answer(route);
    });
    await page.route('**/assets/**', async (route) => {
      if (!left) await later(3_000);
      await answer(route);
    });
    const ofHome: Request[] = [];
    const finished = new Set<Request>();
    page.on('request', (request) => {
      if (!left && !request.isNavigationRequest()) ofHome.push(request);
    });
    page.on('requestfinished', (request) => finished.add(request));
    await page.goto('./?embed=1&view=map');
    await expect(page).toHaveURL('/embed/map/');
    await expectContent(page, 'map');
    expect(ofHome.filter((request) => finished.has(request)).map((r) => r.url())).toEqual([]);
  });

  test('a state chosen in the query is kept, and shown', async ({ page }) => {
    await page.goto('./?embed=1&view=map&country=KZ&date=2008');
    // On to the view's page, then to its state's page, the app tidying the state into the folder.
    await expect(page).toHaveURL('/embed/map/kz/?date=2008');
    await expect(page.getByRole('region', { name: 'Kazakhstan' })).toBeVisible();
    await expect(page.locator('.history-section')).toHaveCount(0);
  });

  test('a view the page does not know stays, with its notice', async ({ page }) => {
    await page.goto('./?embed=1&view=globe');
    // On the home page still (the app then tidies the bad view out of the query).
    await expect(page).toHaveURL(/\/\?embed=1(&view=globe)?$/);
    await expect(page.getByRole('status').filter({ hasText: 'globe' })).toBeVisible();
  });
});

test.describe('an embed’s page with JavaScript', () => {
  test('hydrates its HTML as it is and keeps its address short', async ({ page }) => {
    await page.goto('./embed/map/');
    await expectContent(page, 'map');
    await waitForMap(page);
    await expect(page).toHaveURL('/embed/map/');
    await expect(page.locator('html')).not.toHaveClass(/pending/);
  });
});

test.describe('moving between pages keeps every address right', () => {
  /** Follows home → a state → another → Back → the other language from `base`. */
  async function tour(page: Page, base: string) {
    const icons: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('favicon.svg')) icons.push(new URL(request.url()).pathname);
    });
    await page.goto(base);
    await waitForMap(page);
    const table = page.getByRole('table', { name: /Status of the 15 post-Soviet states/ });
    await table.getByRole('link', { name: 'Kazakhstan' }).click();
    await expect(page).toHaveURL(`${base}country/kz/`);
    await expect(page.getByRole('region', { name: 'Kazakhstan' })).toBeVisible();
    await table.getByRole('link', { name: 'Georgia' }).click();
    await expect(page).toHaveURL(`${base}country/ge/`);
    await page.goBack();
    await expect(page).toHaveURL(`${base}country/kz/`);
    await expect(page.getByRole('region', { name: 'Kazakhstan' })).toBeVisible();

    // Every address the page holds resolves inside the site's folder, not the state's. The loaded
    // stylesheet aside: it is never fetched again (noFlash.spec.ts), and set again it would be.
    const addresses = await page.evaluate(() => [
      ...[...document.querySelectorAll<HTMLLinkElement>('link[href]:not([rel="stylesheet"])')].map(
        (l) => l.href,
      ),
      ...[...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
        .filter((a) => a.origin === location.origin)
        .map((a) => a.href),
    ]);
    for (const address of addresses) {
      const { pathname } = new URL(address);
      expect(pathname.startsWith(base), address).toBe(true);
      expect(pathname, address).not.toMatch(/\/country\/[a-z]{2}\/(?:assets|favicon|og|data|ru)\//);
    }
    for (const icon of icons) expect(icon).toBe(`${base}favicon.svg`);

    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(`${base}ru/country/kz/`);
    await expect(page.getByRole('region', { name: 'Казахстан' })).toBeVisible();
    await waitForMap(page);
  }

  test('at the site’s root', async ({ page }) => {
    await tour(page, '/');
  });

  test('with the site in a folder of its host', async ({ page, baseURL }) => {
    // The host serves the site under /news/cis/: every request there is answered from the root.
    await page.route('**/news/cis/**', async (route) => {
      const url = new URL(route.request().url());
      url.pathname = url.pathname.replace('/news/cis/', '/');
      await route.fulfill({ response: await route.fetch({ url: url.href }) });
    });
    await page.goto(new URL('/news/cis/', baseURL).href);
    await tour(page, '/news/cis/');
  });
});

test.describe('axe, and no sideways scroll, on every kind of entrance', () => {
  const ENTRANCES = ['', 'country/kz/', ...VIEWS.map(embedPage)];
  for (const width of [375, 1280]) {
    for (const lang of ['', 'ru/']) {
      for (const entrance of ENTRANCES) {
        test(`${lang}${entrance || '(home)'} at ${width} px`, async ({ page }) => {
          test.slow(); // axe over a long page takes its time on a busy machine
          await page.setViewportSize({ width, height: 800 });
          await page.goto(`./${lang}${entrance}`);
          await expect(page.locator('html')).not.toHaveClass(/pending/);
          await page.waitForLoadState('load');
          // Target size included (the embed's radios once failed it).
          expect(await axeViolations(page)).toEqual([]);
          // Nothing wider than the frame (the Russian date buttons once ran off a phone's).
          const { scroll, client } = await horizontalOverflow(page);
          expect(scroll).toBeLessThanOrEqual(client);
        });
      }
    }
  }
});

test.describe('a state’s page: its drawn-in map named at its zoom', () => {
  for (const width of [375, 1280]) {
    for (const [lang, locale] of [
      ['', EN],
      ['ru/', RU],
    ] as const) {
      test(`${lang}country/am/ at ${width} px names Armenia and its neighbours, none cut`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 800 });
        // No pointer moves: the drawn-in map stays, zoomed to the state once the app is in.
        await page.goto(`./${lang}country/am/`);
        const labels = page.locator('svg.baked-map .map-labels-zoomed text');
        await expect(labels.first()).toBeVisible({ timeout: 20_000 });
        // Armenia and its neighbours, each by its name where it fits, else its short form.
        for (const code of ['AM', 'GE', 'AZ'] as const) {
          const forms = [locale.m.countries[code], locale.m.countryShort[code]];
          const label = labels.and(page.locator(`[data-label="${code}"]`));
          expect(forms, code).toContain(await label.textContent());
        }
        // No tile is drawn zoomed in: none is left half in view.
        await expect(page.locator('svg.baked-map [data-inset]')).toHaveCount(0);
        const frame = await page.locator('svg.baked-map').boundingBox();
        if (!frame) throw new Error('no drawn-in map');
        for (const label of await labels.all()) {
          // The glyphs' box on screen (getBBox, without the halo's stroke, through the CTM).
          const box = await label.evaluate((text: SVGTextElement) => {
            const b = text.getBBox();
            const m = text.getScreenCTM()!;
            return {
              x: b.x * m.a + m.e,
              y: b.y * m.d + m.f,
              width: b.width * m.a,
              height: b.height * m.d,
            };
          });
          const text = (await label.textContent()) ?? '';
          expect(box.x, text).toBeGreaterThanOrEqual(frame.x);
          expect(box.x + box.width, text).toBeLessThanOrEqual(frame.x + frame.width);
          expect(box.y, text).toBeGreaterThanOrEqual(frame.y);
          expect(box.y + box.height, text).toBeLessThanOrEqual(frame.y + frame.height);
          // At the whole map's size (some 9 to 16 px), not magnified with the zoom.
          expect(box.height, text).toBeLessThan(24);
        }
      });
    }
  }
});
