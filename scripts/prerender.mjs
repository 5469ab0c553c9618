// Puts the server-rendered default page into dist/index.html, so text paints before JavaScript
// and readers without JavaScript still get the table, the timeline and the quotes.
// Run after `vite build` and `vite build --ssr src/entry-server.tsx --outDir dist-ssr`.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const indexPath = `${root}dist/index.html`;
const { render, head } = await import(pathToFileURL(`${root}dist-ssr/entry-server.js`).href);

const html = await readFile(indexPath, 'utf8');
const marker = '<div id="root"></div>';
if (!html.includes(marker))
  throw new Error(`dist/index.html has no ${marker}: was it prerendered already?`);
const page = await render();
const words = head();
const noscript = `<noscript><link rel="stylesheet" href="./noscript.css" /><p class="noscript-note">${escapeHtml(words.noscript)}</p></noscript>`;
await writeFile(
  indexPath,
  fill(html, [
    ['<html lang="en">', `<html lang="${escapeHtml(words.lang)}">`],
    ['<title></title>', `<title>${escapeHtml(words.title)}</title>`],
    [
      '<meta name="description" content="" />',
      `<meta name="description" content="${escapeHtml(words.description)}" />`,
    ],
    [marker, `${noscript}<div id="root">${page}</div>`],
  ]),
);
await rm(`${root}dist-ssr`, { recursive: true, force: true });
console.log(`Prerendered dist/index.html (${(page.length / 1024).toFixed(1)} KB of HTML)`);

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
