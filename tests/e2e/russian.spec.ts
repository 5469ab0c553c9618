import type { Page } from '@playwright/test';
import { RU } from '../../src/i18n/ru';
import { RU_EMBED_DIALOG } from '../../src/i18n/ru/embedDialog';
import { axeViolations, CODES, countryPath, expect, openMap, tabToCountry, test } from './helpers';
import { modeRadio } from './locators';

/**
 * The Russian edition, ru/: prerendered in Russian, every view in Russian, the switch between the
 * editions keeping the reader's state, embeds in Russian, and Russian alphabetical order.
 */

const RU_NAMES = RU.m.countries;
const byRussianName = [...CODES].sort((a, b) =>
  new Intl.Collator('ru').compare(RU_NAMES[a], RU_NAMES[b]),
);

/**
 * Names and terms a Russian news desk writes in Latin letters: file formats, the keys on the
 * keyboard, the map's data and library, outlets named in the catalogue's prose, URL values the
 * notices quote. Everything else in Latin letters is English left behind.
 */
const LATIN_ALLOWED = [
  'Natural Earth',
  'Leaflet',
  'JavaScript',
  'CSV',
  'JSON',
  'iframe',
  'Tab',
  'Home',
  'End',
  'Enter',
  'Escape',
  'Ctrl',
  'The Moscow Times',
  'News Central Asia',
  'MENAFN',
  'IANS',
  'Mediamax',
  'Sputnik',
  'azerbaijan.az',
  'RT',
  // A resolution's number, its Roman numeral as printed: № 4799-I.
  '4799-I',
  // The English edition's own words, which a correction names (the old form first).
  'St George’s Hall',
  'St George Hall',
  'All CIS members',
];

/**
 * The Latin words in the page's visible text and its accessible names and value texts, leaving
 * out source titles and citations, links, code, and anything marked as another language.
 */
async function latinWords(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const skip = '.source-list, .source-links, a, code, [lang]:not([lang="ru"])';
    const root = document.body.cloneNode(true) as HTMLElement;
    for (const element of root.querySelectorAll(skip)) element.remove();
    for (const element of root.querySelectorAll('script, style, noscript')) element.remove();
    const labels = [...document.querySelectorAll('[aria-label], [aria-valuetext], [title]')]
      .filter((element) => !element.closest('[lang]:not([lang="ru"])'))
      .flatMap((element) =>
        ['aria-label', 'aria-valuetext', 'title'].map((name) => element.getAttribute(name) ?? ''),
      );
    return [root.textContent ?? '', ...labels].join('\n');
  });
  let rest = text;
  for (const allowed of LATIN_ALLOWED) rest = rest.replaceAll(allowed, ' ');
  return rest.match(/[A-Za-z]+/g) ?? [];
}

test.describe('the Russian edition', () => {
  test('is prerendered in Russian, with its own head and links to the other edition', async ({
    page,
  }) => {
    const response = await page.request.get('./ru/');
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>\s*<html lang="ru"[ >]/i);
    expect(html).toContain(`<title>${RU.m.page.title}</title>`);
    expect(html).toContain(`<meta name="description" content="${RU.m.page.description}" />`);
    expect(html).toContain(RU.m.page.noscript);
    // hreflang links need absolute addresses: this build has no SITE_URL (the unit tests of
    // headTags hold them with one); the visible switch links the editions either way.
    expect(html).not.toContain('hreflang="en"');
    expect(html).toContain('<a href="../" hrefLang="en" lang="en">English</a>');
    expect(html).toContain('<h1>Содружество Независимых Государств</h1>');
    // Russian only: no English catalogue words in the HTML.
    expect(html).not.toContain('Who is in the CIS');
    const english = await (await page.request.get('./')).text();
    expect(english).toMatch(/<html lang="en"[ >]/);
    expect(english).toContain('<a href="./ru/" hrefLang="ru" lang="ru">Русский</a>');
  });

  test('leaves no English on the page once it runs, a state and the meeting open', async ({
    page,
  }) => {
    test.slow();
    await openMap(page, 'ru/?country=KZ');
    // The address is the state's own page, which leads with the state.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Казахстан и СНГ');
    await expect(
      page.locator('p', {
        hasText: /^На 22 декабря 2025\u00a0г\.:\s*государство – член СНГ с 20 апреля 1994/,
      }),
    ).toBeVisible();
    await page.getByRole('heading', { name: RU.m.downloads.heading }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: RU.m.quotes.copy })).toBeVisible();
    expect(await latinWords(page)).toEqual([]);
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body, 'no full stop doubled after "г."').not.toContain('г..');
    await modeRadio(page, 'meeting', RU).check();
    await expect(countryPath(page, 'KZ')).toHaveAttribute(
      'aria-label',
      /^Казахстан — лидер приехал \(Касым-Жомарт Токаев, президент\)$/,
    );
    expect(await latinWords(page)).toEqual([]);
  });

  test('names shapes, the slider and the table in Russian, in Russian alphabetical order', async ({
    page,
  }) => {
    await openMap(page, 'ru/');
    await expect(countryPath(page, 'KZ')).toHaveAttribute(
      'aria-label',
      'Казахстан — государство – член СНГ',
    );
    await expect(page.getByRole('slider', { name: 'Дата' })).toHaveAttribute(
      'aria-valuetext',
      /22 декабря 2025\u00a0г\./,
    );
    const rows = page.locator('table tbody tr th, table tbody tr td:first-child').first();
    await expect(rows).toBeVisible();
    const names = await page
      .getByRole('table')
      .first()
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.firstElementChild?.textContent?.trim() ?? ''));
    expect(names).toEqual(byRussianName.map((code) => RU_NAMES[code]));
    // The map's arrow keys follow the same order.
    expect(await tabToCountry(page)).toBe(byRussianName[0]);
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-country') ?? null);
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(byRussianName[1]);
    await page.keyboard.press('End');
    expect(await focused()).toBe('EE');
  });

  test('shows the quotes as spoken: the original in «», reported speech without quotation marks', async ({
    page,
  }) => {
    await page.goto('./ru/?quote=world-order');
    const quote = page.locator('figure.quote');
    await expect(quote.locator('blockquote')).toHaveText(
      /^«Все государства СНГ единодушно выступают за формирование справедливого миропорядка/,
    );
    await expect(quote.getByRole('link', { name: /Коммерсантъ/ })).toBeVisible();
    // Reported speech: RIA Novosti's sentence, not a quotation.
    await page.goto('./ru/?quote=new-year-meeting');
    await expect(quote.locator('blockquote')).toHaveCount(0);
    await expect(quote).toContainText('Путин на неформальном саммите СНГ предложил');
    // Shortened from RIA Novosti's sentence (its subject), and the label says so.
    await expect(quote).toContainText(RU.m.quotes.spokenOrigins.adapted);
  });

  test('the switch keeps the country, date and mode both ways, without redirecting', async ({
    page,
  }) => {
    await openMap(page, 'ru/?country=GE&date=2000-01-01&mode=status');
    const switcher = page.getByRole('navigation', { name: 'Язык' });
    await expect(switcher.getByRole('link', { name: 'Русский' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await switcher.getByRole('link', { name: 'English' }).click();
    // A state's page in one edition switches to the same state's page in the other.
    await expect(page).toHaveURL(/\/country\/ge\/\?date=2000-01-01$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('p', { hasText: /^On 1 January 2000:\s*Withdrawn/ })).toHaveCount(0);
    await expect(
      page.locator('p', { hasText: /^On 1 January 2000:\s*Member state since/ }),
    ).toBeVisible();
    await modeRadio(page, 'meeting').check();
    await expect(page).toHaveURL(/mode=meeting/);
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'Русский' })
      .click();
    await expect(page).toHaveURL(/\/ru\/country\/ge\/\?date=2000-01-01&mode=meeting$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(modeRadio(page, 'meeting', RU)).toBeChecked();
  });

  test('a state’s prerendered page links to the same state’s page in the other edition', async ({
    page,
  }) => {
    await page.goto('./ru/country/ge/');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    // Hydrated, the server's link is kept as drawn: it must be the state's page already.
    const english = page
      .getByRole('navigation', { name: 'Язык' })
      .getByRole('link', { name: 'English' });
    await expect(english).toHaveAttribute('href', '../../../country/ge/');
    await english.click();
    await expect(page).toHaveURL(/\/country\/ge\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a browser asking for Russian still gets the English page at the root', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      locale: 'ru-RU',
      extraHTTPHeaders: { 'Accept-Language': 'ru' },
    });
    const page = await context.newPage();
    await page.goto(test.info().project.use.baseURL ?? '/');
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  test('the embed is in Russian, and the embed dialog writes snippets pointing at ru/', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./ru/?embed=1&view=map&country=KZ');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    // The old address goes to the state's map embed (ru/embed/map/kz/): its credit links to the
    // state's page in the edition, which follows the reader's colours.
    await expect(page).toHaveURL(/\/ru\/embed\/map\/kz\/$/);
    await expect(page.getByRole('link', { name: RU.m.embed.credit })).toHaveAttribute(
      'href',
      '../../../country/kz/',
    );
    await expect(page.getByRole('heading', { name: /^Кто в СНГ на / })).toBeVisible();
    expect(await latinWords(page)).toEqual([]);

    await page.goto('./ru/?country=KZ');
    await page.getByRole('button', { name: RU.m.embed.button }).click();
    const dialog = page.getByRole('dialog', { name: RU_EMBED_DIALOG.heading });
    await expect(dialog).toBeVisible();
    const code = await dialog
      .locator('textarea, code, pre')
      .first()
      .evaluate((el) =>
        'value' in el ? String((el as HTMLTextAreaElement).value) : el.textContent,
      );
    const origin = new URL(page.url()).origin;
    // The whole explainer’s embed of a state has a page of its own in each edition (ru/embed/kz/).
    expect(code).toContain(`src="${origin}/ru/embed/kz/"`);
    expect(code).toContain(`title="${RU.m.embed.frameTitle}"`);
    expect(code).toContain(`src="${origin}/embed.js"`);
    expect((await page.request.get(`${origin}/embed.js`)).ok()).toBe(true);
  });

  test('axe finds nothing on ru/, with a state selected', async ({ page }) => {
    test.slow();
    await openMap(page, 'ru/?country=MD');
    expect(await axeViolations(page)).toEqual([]);
  });
});
