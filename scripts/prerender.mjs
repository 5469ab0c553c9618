// @ts-check
// Writes every page (in each language, the home page, one per state and one per embed view:
// site/sitePages.ts) from the server render, so text paints before JavaScript and readers without JavaScript get the whole
// page; draws each page's share image (1200 × 630 PNG, no browser: resvg and a bundled font);
// writes the downloads as static files, and, given SITE_URL, the sitemap.
// Writes each host's configuration from the one policy (src/site/hostConfigs.ts); with CSP_META=1,
// the policy as a <meta> tag in each page too, for hosts that send no headers (GitHub Pages).
// Run after `vite build` and `vite build --ssr src/entry-server.tsx --outDir dist-ssr` (or, with
// OUT_DIR=x, `vite build --outDir x` and `--outDir x-ssr`).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import { minifySync } from 'rolldown/utils';

const root = fileURLToPath(new URL('..', import.meta.url));
// OUT_DIR: the folder `vite build --outDir` wrote (a test builds a second site there), else dist/.
const out = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : `${root}dist`;
const dist = `${out}/`;
const ssr = `${out}-ssr/`;
/** @type {import('../src/entry-server').SiteEntry} */
const site = (await import(pathToFileURL(`${ssr}entry-server.js`).href)).site;
const { pages, fullPages, editions, render, head, card, dataFiles, cardPath, dataPath } = site;
const { rootFrom, cardFont, sitemapXml, robotsWithSitemap, contentSecurityPolicy } = site;
const { embedTheme, oembed } = site;
const { hostFiles, metaPolicy } = site;
const { sourcesPath, renderSources, sourcesHead } = site;
const siteUrl = readSiteUrl(process.env.SITE_URL);
const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => `${root}scripts/fonts/${f}`);

const built = await readFile(`${dist}index.html`, 'utf8');
const marker = '<div id="root"></div>';
if (!built.includes(marker))
  throw new Error(`dist/index.html has no ${marker}: was it prerendered already?`);

// The script that runs before the first paint is written into every page, first in its head: it
// then runs on the HTML's first bytes, with no round trip of its own (an old embed address leaves
// for its view's page before the rest of the home page is even requested).
const pendingTag = '<script src="./pending.js"></script>';
// Minified by Vite's own bundler (rolldown): the comments stay in public/pending.js.
const minified = minifySync('pending.js', await readFile(`${dist}pending.js`, 'utf8'));
if (minified.errors.length) throw new Error(`public/pending.js: ${minified.errors[0]?.message}`);
const pending = minified.code.trim();
const template = fill(built, [[pendingTag, `<script>${pending}</script>`]]);
await rm(`${dist}pending.js`);

// An embed's page carries the stylesheet in its HTML: a frame in a story then paints after one
// round trip, not two. Full pages keep the shared file, which the browser caches from page to page.
const stylesheetTag = /<link rel="stylesheet" crossorigin href="\.\/(assets\/index-[\w-]+\.css)">/;
const stylesheetPath = stylesheetTag.exec(template)?.[1];
if (!stylesheetPath) throw new Error(`dist/index.html links no stylesheet like ${stylesheetTag}`);
const stylesheet = (await readFile(`${dist}${stylesheetPath}`, 'utf8')).trim();
// Addresses in it would resolve against the page, not assets/; and it must not end its element.
if (/url\(|<\/style/i.test(stylesheet))
  throw new Error(
    `${stylesheetPath} has url() or </style>: it cannot be written into a page as is`,
  );
const embedTemplate = template.replace(stylesheetTag, () => `<style>${stylesheet}</style>`);

/** The end of the map's side column (src/map/MapSection.tsx), which a page's first paint waits for. */
const MAP_SIDE_ID = 'map-side-end';

// The policy allows exactly these two pieces of inline code, by hash.
const policy = contentSecurityPolicy({
  scripts: [sha256Source(pending)],
  styles: [sha256Source(stylesheet)],
});
// Each host's configuration, for the site at its address's path ('/' without SITE_URL).
for (const [name, text] of Object.entries(
  hostFiles(policy, siteUrl ? new URL(siteUrl).pathname : '/'),
))
  await writeFile(`${dist}${name}`, text);
// For a host that sends no headers: the policy in each page, before the first inline script.
const metaTag =
  process.env.CSP_META === '1'
    ? `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(metaPolicy(policy))}" />`
    : null;

let htmlBytes = 0;
for (const page of pages) {
  const html = await render(page);
  const words = head(page, siteUrl);
  htmlBytes += html.length;
  const pageTemplate = page.embed !== null ? embedTemplate : template;
  await writePage(page, fromRoot(pageTemplate, page.path), html, words);
}
// Each edition's sources page: the explainer's template without its scripts (the page has
// nothing to run) and without the note on what needs JavaScript.
const staticTemplate = template
  .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
  .replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
for (const lang of /** @type {(keyof typeof editions)[]} */ (Object.keys(editions))) {
  const path = sourcesPath(lang);
  const words = sourcesHead(lang, siteUrl);
  const filled = fillPage(fromRoot(staticTemplate, path), words, '', renderSources(lang));
  if (/<script(?![^>]*application\/ld\+json)/.test(filled))
    throw new Error(`${path}index.html would run a script`);
  await writeFileIn(`${dist}${path}index.html`, filled);
}
// With the site's address, the oEmbed documents the pages name (absolute addresses only).
const oembeds = new Set();
for (const page of siteUrl ? pages : []) {
  const { path, json } = oembed(page, /** @type {string} */ (siteUrl));
  if (oembeds.has(path)) continue;
  oembeds.add(path);
  await writeFileIn(`${dist}${path}`, json);
}
// An embed's page shares its home page's image.
for (const page of fullPages) await writeCard(page);
for (const lang of /** @type {(keyof typeof editions)[]} */ (Object.keys(editions))) {
  for (const file of dataFiles(lang)) {
    await writeFileIn(`${dist}${dataPath(file.name, 'csv', lang)}`, file.csv);
    await writeFileIn(`${dist}${dataPath(file.name, 'json', lang)}`, file.json);
  }
}
await writeSitemap();
await rm(ssr, { recursive: true, force: true });
console.log(
  `Prerendered ${pages.length} pages (${(htmlBytes / 1024 / pages.length).toFixed(1)} KB of HTML each on average) and ${fullPages.length} share images` +
    (siteUrl
      ? `; ${oembeds.size} oEmbed documents and a sitemap for ${siteUrl}`
      : '; no SITE_URL, so relative addresses, no oEmbed and no sitemap'),
);

/**
 * @param {import('../src/site/sitePages').PageSpec} page
 * @param {string} template
 * @param {string} body
 * @param {ReturnType<typeof head>} words
 */
async function writePage(page, template, body, words) {
  const { path } = page;
  const noscript = `<noscript><link rel="stylesheet" href="${rootFrom(path)}noscript.css" /><p class="noscript-note">${escapeHtml(words.noscript)}</p></noscript>`;
  // An edition's home page tells public/pending.js where its embeds' pages are, so an embed
  // address written before they existed (?embed=1&view=map) goes to its own page at once.
  const home = page.country === null && page.embed === null;
  // An embed's page is styled as one from the first paint, as mount.tsx marks it for the app,
  // and light (its publisher's story is not ours to darken) unless its address names a scheme:
  // public/pending.js then sets or lifts the attribute before the first paint.
  // An embed's page names its view, for an old address a host moved here with its query whole.
  // An embed's page of no state, for a view with a page per state, tells it which states those
  // are, so an address with the state in its query (embed/map/?country=GE) goes to its own.
  const states = statesBelow(page);
  const embeds = home
    ? ` data-embeds="${embedsFrom(page)}"`
    : page.embed !== null
      ? ` data-embed="true" data-view="${page.embed}" data-theme="${embedTheme}"${states ? ` data-states="${states}"` : ''}`
      : '';
  // A page with the map paints once the map's side column is parsed whole (Chromium; others
  // ignore it): on a phone its details show above the key but follow it in the HTML, and a paint
  // between the two then moved the key down by the details' height. Chromium waits for the
  // element's start tag, so the mark is the column's last child.
  const withMap = page.embed === null || page.embed === 'all' || page.embed === 'map';
  const tags = withMap
    ? `${words.tags}\n    <link rel="expect" href="#${MAP_SIDE_ID}" blocking="render" />`
    : words.tags;
  await writeFileIn(
    `${dist}${path}index.html`,
    fillPage(template, { ...words, tags }, embeds, body, noscript),
  );
  if (withMap && !body.includes(`id="${MAP_SIDE_ID}"`))
    throw new Error(`${path}index.html has no #${MAP_SIDE_ID}: its first paint would wait for all`);
}

/**
 * A page's HTML from its template: its language and root attributes, the policy where it goes in
 * a meta tag, its title and head tags, and its body (after `before`, the no-script note).
 * @param {string} template
 * @param {{ lang: string, title: string, tags: string }} words
 * @param {string} attributes
 * @param {string} body
 * @param {string} [before]
 */
function fillPage(template, words, attributes, body, before = '') {
  return fill(template, [
    ['<html lang="en">', `<html lang="${escapeHtml(words.lang)}"${attributes}>`],
    ...(metaTag
      ? /** @type {[string, string][]} */ ([
          ['<meta charset="UTF-8" />', `<meta charset="UTF-8" />${metaTag}`],
        ])
      : []),
    ['<title></title>', `<title>${escapeHtml(words.title)}</title>`],
    ['<meta name="description" content="" />', words.tags],
    [marker, `${before}<div id="root">${body}</div>`],
  ]);
}

/** @param {import('../src/site/sitePages').PageSpec} page */
async function writeCard(page) {
  const svg = await card(page);
  const png = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: cardFont },
  })
    .render()
    .asPng();
  await writeFileIn(`${dist}${cardPath(page)}`, png);
}

/** sitemap.xml and its line in robots.txt: only with SITE_URL, as a sitemap needs absolute addresses. */
async function writeSitemap() {
  if (!siteUrl) return;
  await writeFile(`${dist}sitemap.xml`, sitemapXml(siteUrl, fullPages));
  const robots = await readFile(`${dist}robots.txt`, 'utf8');
  await writeFile(`${dist}robots.txt`, robotsWithSitemap(robots, siteUrl));
}

/**
 * SITE_URL as the site's root address, ending in '/'; unset or empty: null (relative addresses).
 * @param {string | undefined} value
 */
function readSiteUrl(value) {
  if (!value) return null;
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must be an http(s) address, not ${value}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The states with an embed page of their own below `page` (an embed's page of no state), as the
 * lower-case codes of their folders, space-separated; '' for any other page.
 * @param {import('../src/site/sitePages').PageSpec} page
 */
function statesBelow(page) {
  if (page.embed === null || page.country !== null) return '';
  return pages
    .filter((p) => p.lang === page.lang && p.embed === page.embed && p.country !== null)
    .map((p) => /** @type {string} */ (p.country).toLowerCase())
    .join(' ');
}

/**
 * The folder of the embeds' pages from an edition's home page: 'embed/'.
 * @param {import('../src/site/sitePages').PageSpec} home
 */
function embedsFrom(home) {
  const all = pages.find((p) => p.lang === home.lang && p.embed === 'all' && p.country === null);
  if (!all) throw new Error(`no embed page for ${home.lang}`);
  return all.path.slice(home.path.length);
}

/**
 * The built HTML's relative addresses (scripts, styles, icon, public/ files) from `path`'s folder.
 * @param {string} html
 * @param {string} path
 */
function fromRoot(html, path) {
  return html.replace(/((?:src|href)=")\.\//g, `$1${rootFrom(path)}`);
}

/**
 * A CSP hash source for inline code: its UTF-8 bytes' SHA-256, in base64.
 * @param {string} code
 */
function sha256Source(code) {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/**
 * @param {string} file
 * @param {string | Buffer} data
 */
async function writeFileIn(file, data) {
  await mkdir(file.slice(0, file.lastIndexOf('/')), { recursive: true });
  await writeFile(file, data);
}

/**
 * Each placeholder replaced once; a missing one is a build error, not a page without a title.
 * @param {string} text
 * @param {[string, string][]} replacements
 */
function fill(text, replacements) {
  return replacements.reduce((out, [from, to]) => {
    if (!out.includes(from)) throw new Error(`dist/index.html has no ${from}`);
    return out.replace(from, () => to);
  }, text);
}

/** @param {string} text */
function escapeHtml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
