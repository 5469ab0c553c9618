import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { extract } from '@extractus/oembed-extractor';
import { expect, test } from '@playwright/test';

/*
 * oEmbed discovery as a CMS does it, by a real consumer (@extractus/oembed-extractor): the site
 * built with SITE_URL (a second build, in dist-oembed/, beside dist/ so that its server build
 * finds the project's packages) and served on a loopback port, every request the consumer makes
 * checked to go there and nowhere else.
 */

// One build, one server: the tests share them.
test.describe.configure({ mode: 'serial' });

let server: http.Server;
const out = 'dist-oembed';
let site = '';
/** Every address the consumer asked for. */
const asked: string[] = [];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

test.beforeAll(async () => {
  test.setTimeout(300_000);
  server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = join(out, path.replace(/^\/cis\//, '/').replace(/\/$/, '/index.html'));
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'text/plain' });
      response.end(body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cis/`;
  const vite = join('node_modules', '.bin', 'vite');
  const quiet = { stdio: 'ignore' as const };
  execFileSync(vite, ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], quiet);
  execFileSync(
    vite,
    ['build', '--ssr', 'src/entry-server.tsx', '--outDir', `${out}-ssr`, '--logLevel', 'error'],
    quiet,
  );
  execFileSync('node', ['scripts/prerender.mjs'], {
    ...quiet,
    env: { ...process.env, OUT_DIR: out, SITE_URL: site },
  });
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(out, { recursive: true, force: true });
});

/** The consumer's fetch: only the local site may be asked, and every address is recorded. */
async function localFetch(input: string | URL | Request): Promise<Response> {
  const url = String(input instanceof Request ? input.url : input);
  asked.push(url);
  if (!url.startsWith(site)) throw new Error(`the consumer asked another host: ${url}`);
  return fetch(url);
}

const CASES = [
  // A full page offers the compact map of what it shows; an embed offers itself.
  { page: '', embed: 'embed/map/', title: 'The CIS explained' },
  { page: 'country/ge/', embed: 'embed/map/ge/', title: /^Georgia and the CIS/ },
  { page: 'ru/country/kz/', embed: 'ru/embed/map/kz/', title: /^Казахстан/ },
  { page: 'embed/ge/', embed: 'embed/map/ge/', title: /^Georgia and the CIS/ },
  { page: 'embed/history/am/', embed: 'embed/history/am/', title: /^Armenia and the CIS/ },
  { page: 'ru/embed/quotes/', embed: 'ru/embed/quotes/', title: /СНГ/ },
] as const;

for (const { page, embed, title } of CASES) {
  test(`discovers ${page || 'the home page'}: a rich frame of ${embed}`, async () => {
    asked.length = 0;
    const data = await extract(`${site}${page}`, {}, localFetch);
    expect(data).toMatchObject({ version: '1.0', type: 'rich', method: 'auto-discovery' });
    expect(data.title).toMatch(title);
    expect(data.provider_url).toBe(`${site}${page.startsWith('ru/') ? 'ru/' : ''}`);
    expect(data.cache_age).toBeGreaterThan(0);
    expect(Number.isInteger(data.width) && Number.isInteger(data.height)).toBe(true);
    const html = String(data.html);
    const src = /<iframe [^>]*src="([^"]+)"/.exec(html)?.[1];
    expect(src).toBe(`${site}${embed}`);
    expect(html).toContain(`<script async src="${site}embed.js"></script>`);
    // The frame's page and its thumbnail are there, as the document says.
    const frame = await localFetch(src ?? '');
    expect(frame.status).toBe(200);
    const thumbnail = Buffer.from(
      await (await localFetch(String(data.thumbnail_url))).arrayBuffer(),
    );
    expect(thumbnail.subarray(1, 4).toString()).toBe('PNG');
    expect([thumbnail.readUInt32BE(16), thumbnail.readUInt32BE(20)]).toEqual([
      data.thumbnail_width,
      data.thumbnail_height,
    ]);
    expect(asked.every((url) => url.startsWith(site))).toBe(true);
  });
}

test('every page of the explainer names its document once, early in its head, before any style', () => {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(path);
    }
  };
  walk(out);
  // The sources pages offer no embed: they name none.
  const sourcesPages = pages.filter((path) => /\/sources\/index\.html$/.test(path));
  expect(sourcesPages).toHaveLength(2);
  for (const path of sourcesPages)
    expect(readFileSync(path, 'utf8'), path).not.toContain('application/json+oembed');
  const explainer = pages.filter((path) => !sourcesPages.includes(path));
  expect(explainer).toHaveLength(132);
  for (const path of explainer) {
    const html = readFileSync(path, 'utf8');
    const links = [
      ...html.matchAll(/<link rel="alternate" type="application\/json\+oembed"[^>]*>/g),
    ];
    expect(links, path).toHaveLength(1);
    const at = links[0]?.index ?? Infinity;
    const style = html.indexOf('<style');
    expect(at, path).toBeLessThan(style < 0 ? 150_000 : Math.min(style, 150_000));
    expect(links[0]?.[0], path).toMatch(new RegExp(`href="${site}[^"]*oembed\\.json"`));
  }
});
