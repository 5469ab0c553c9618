// Puts the server-rendered default page into dist/index.html (and each other language's copy,
// dist/ru/index.html), so text paints before JavaScript and readers without JavaScript still get
// the table, the timeline and the quotes.
// Run after `vite build` and `vite build --ssr src/entry-server.tsx --outDir dist-ssr`.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const templatePath = `${root}dist/index.html`;
const { render, head, PAGES } = await import(pathToFileURL(`${root}dist-ssr/entry-server.js`).href);

const template = await readFile(templatePath, 'utf8');
const marker = '<div id="root"></div>';
if (!template.includes(marker))
  throw new Error(`dist/index.html has no ${marker}: was it prerendered already?`);

// Languages × pages: each entry of PAGES is one HTML file, written from the same template.
for (const { lang, dir, root: toRoot } of PAGES) {
  const page = await render(lang);
  const words = head(lang);
  const noscript = `<noscript><link rel="stylesheet" href="./noscript.css" /><p class="noscript-note">${escapeHtml(words.noscript)}</p></noscript>`;
  const alternates = words.alternates
    .map(
      ({ hreflang, href }) =>
        `<link rel="alternate" hreflang="${escapeHtml(hreflang)}" href="${escapeHtml(href)}" />`,
    )
    .join('');
  const html = fill(template, [
    ['<html lang="en">', `<html lang="${escapeHtml(words.lang)}">`],
    ['<title></title>', `<title>${escapeHtml(words.title)}</title>`],
    [
      '<meta name="description" content="" />',
      `<meta name="description" content="${escapeHtml(words.description)}" />${alternates}`,
    ],
    [marker, `${noscript}<div id="root">${page}</div>`],
  ]);
  await mkdir(`${root}dist/${dir}`, { recursive: true });
  await writeFile(`${root}dist/${dir}index.html`, relocate(html, toRoot));
  console.log(`Prerendered dist/${dir}index.html (${(page.length / 1024).toFixed(1)} KB of HTML)`);
}
await rm(`${root}dist-ssr`, { recursive: true, force: true });

/**
 * The template's own relative URLs (assets, favicon, scripts, stylesheets) pointed at the site
 * root from a page in a folder: "./assets/…" becomes "../assets/…" in ru/. The page's links to
 * itself and to other editions are already relative to the page and are left alone.
 */
function relocate(html, toRoot) {
  if (toRoot === './') return html;
  return html.replace(/(<(?:script|link)\b[^>]*?\b(?:src|href)=")\.\/(?!")/g, (match, start) =>
    /hreflang=/.test(start) ? match : `${start}${toRoot}`,
  );
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
