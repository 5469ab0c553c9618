// Writes every page (in each language, the home page and one per state: options/pages.ts) from
// the server render, so text paints before JavaScript and readers without JavaScript get the whole
// page; draws each page's share image (1200 × 630 PNG, no browser: resvg and a bundled font);
// writes the downloads as static files, and, given SITE_URL, the sitemap.
// Run after `vite build` and `vite build --ssr src/entry-server.tsx --outDir dist-ssr`.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;
const server = await import(pathToFileURL(`${root}dist-ssr/entry-server.js`).href);
const { PAGES, EDITIONS, render, head, card, dataFiles, cardPath, dataPath, rootFrom } = server;
const { CARD_FONT } = server;
const { sitemapXml, robotsWithSitemap } = server;
const siteUrl = readSiteUrl(process.env.SITE_URL);
const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => `${root}scripts/fonts/${f}`);

const template = await readFile(`${dist}index.html`, 'utf8');
const marker = '<div id="root"></div>';
if (!template.includes(marker))
  throw new Error(`dist/index.html has no ${marker}: was it prerendered already?`);

let htmlBytes = 0;
for (const page of PAGES) {
  const html = await render(page);
  const words = head(page, siteUrl);
  htmlBytes += html.length;
  await writePage(page.path, fromRoot(template, page.path), html, words);
  await writeCard(page);
}
for (const lang of Object.keys(EDITIONS)) {
  for (const file of dataFiles(lang)) {
    await writeFileIn(`${dist}${dataPath(file.name, 'csv', lang)}`, file.csv);
    await writeFileIn(`${dist}${dataPath(file.name, 'json', lang)}`, file.json);
  }
}
await writeSitemap();
await rm(`${root}dist-ssr`, { recursive: true, force: true });
console.log(
  `Prerendered ${PAGES.length} pages (${(htmlBytes / 1024 / PAGES.length).toFixed(1)} KB of HTML each on average) and their share images` +
    (siteUrl ? `; sitemap for ${siteUrl}` : '; no SITE_URL, so relative addresses and no sitemap'),
);

async function writePage(path, template, body, words) {
  const noscript = `<noscript><link rel="stylesheet" href="${rootFrom(path)}noscript.css" /><p class="noscript-note">${escapeHtml(words.noscript)}</p></noscript>`;
  const filled = fill(template, [
    ['<html lang="en">', `<html lang="${escapeHtml(words.lang)}">`],
    ['<title></title>', `<title>${escapeHtml(words.title)}</title>`],
    ['<meta name="description" content="" />', words.tags],
    [marker, `${noscript}<div id="root">${body}</div>`],
  ]);
  await writeFileIn(`${dist}${path}index.html`, filled);
}

async function writeCard(page) {
  const svg = await card(page);
  const png = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: CARD_FONT },
  })
    .render()
    .asPng();
  await writeFileIn(`${dist}${cardPath(page)}`, png);
}

/** sitemap.xml and its line in robots.txt: only with SITE_URL, as a sitemap needs absolute addresses. */
async function writeSitemap() {
  if (!siteUrl) return;
  await writeFile(`${dist}sitemap.xml`, sitemapXml(siteUrl, PAGES));
  const robots = await readFile(`${dist}robots.txt`, 'utf8');
  await writeFile(`${dist}robots.txt`, robotsWithSitemap(robots, siteUrl));
}

/** SITE_URL as the site's root address, ending in '/'; unset or empty: null (relative addresses). */
function readSiteUrl(value) {
  if (!value) return null;
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must be an http(s) address, not ${value}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The built HTML's relative addresses (scripts, styles, icon, public/ files) from `path`'s folder. */
function fromRoot(html, path) {
  return html.replace(/((?:src|href)=")\.\//g, `$1${rootFrom(path)}`);
}

async function writeFileIn(file, data) {
  await mkdir(file.slice(0, file.lastIndexOf('/')), { recursive: true });
  await writeFile(file, data);
}

/** Each placeholder replaced once; a missing one is a build error, not a page without a title. */
function fill(text, replacements) {
  return replacements.reduce((out, [from, to]) => {
    if (!out.includes(from)) throw new Error(`dist/index.html has no ${from}`);
    return out.replace(from, () => to);
  }, text);
}

function escapeHtml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
