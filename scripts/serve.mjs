// @ts-check
/**
 * A static file server that answers as production hosts do, for the browser tests and the bench:
 * `node scripts/serve.mjs dist --port 4173`.
 *
 * Why not `vite preview`: it answers unknown paths with index.html, sends no cache headers and no
 * Vary, and compresses differently, so a page that flashes on a real host (a stylesheet fetched
 * again, say) passes there. This one behaves like a plain static host: real 404s, a folder asked
 * for without its slash redirected to it, content types, gzip when the client asks for it with
 * `Vary: Accept-Encoding`, and the headers and moves of the folder's own `_headers` and
 * `_redirects` files (the policy, cache rules and old embed addresses the build writes,
 * src/site/hostHeaders.ts), applied as Netlify applies them. A folder without `_headers` (the
 * bench's floor page) gets a plain host's defaults. Node built-ins only.
 */

import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Text formats worth compressing; images and fonts are already compressed. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.webmanifest',
  '.txt',
  '.csv',
  '.xml',
  '.svg',
  '.wasm',
]);

/**
 * The rules of a `_headers` file (Netlify's format: a path pattern, `*` matching anything, then
 * its indented `Name: value` lines). Every rule that matches a path applies, in order.
 * @param {string} text
 * @returns {{ pattern: RegExp, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: RegExp, headers: [string, string][] }[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      rules.push({ pattern: new RegExp(`^${escaped.replaceAll('*', '.*')}$`), headers: [] });
      continue;
    }
    const header = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers: cannot read "${line}"`);
    rule.headers.push([header[1] ?? '', (header[2] ?? '').trim()]);
  }
  return rules;
}

/**
 * The rules of a `_redirects` file, in the part of Netlify's format the build writes: a path, the
 * query parameters it needs (`key=value`), where it goes and the status (`!`: even where a file
 * is). The first rule that matches applies, and the address's query goes along.
 * @param {string} text
 * @returns {{ path: string, query: [string, string][], to: string, status: number }[]}
 */
export function parseRedirectsFile(text) {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.trimStart().startsWith('#'))
    .map((line) => {
      const words = line.trim().split(/\s+/);
      const status = /^(30[1278])!?$/.exec(words.at(-1) ?? '')?.[1];
      const [path = '', ...middle] = words.slice(0, -2);
      const query = middle.map((pair) => /^([\w-]+)=([\w-]+)$/.exec(pair));
      if (!status || !path.startsWith('/') || query.some((pair) => !pair))
        throw new Error(`_redirects: cannot read "${line}"`);
      return {
        path,
        query: query.map((pair) => /** @type {[string, string]} */ ([pair?.[1], pair?.[2]])),
        to: words.at(-2) ?? '',
        status: Number(status),
      };
    });
}

/**
 * Where the first of `rules` that matches an address sends it (its query along), or null.
 * @param {ReturnType<typeof parseRedirectsFile>} rules
 * @param {string} pathname
 * @param {string} search
 */
export function movedBy(rules, pathname, search) {
  const query = new URLSearchParams(search);
  const rule = rules.find(
    (r) => r.path === pathname && r.query.every(([key, value]) => query.get(key) === value),
  );
  return rule ? { status: rule.status, location: `${rule.to}${search}` } : null;
}

/**
 * A plain host's headers for a folder without `_headers`: hashed names cached for good, the rest
 * revalidated.
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
function plainHostHeaders(pathname) {
  return {
    'cache-control': pathname.includes('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  };
}

/**
 * Map a request path to a file inside `root`, or null when it would escape the root.
 * @param {string} root
 * @param {string} pathname
 */
function filePathFor(root, pathname) {
  const full = normalize(join(root, pathname));
  return full === root || full.startsWith(root + sep) ? full : null;
}

/** @param {string} path */
async function kindOf(path) {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

/**
 * Start serving `dir` on 127.0.0.1 (`port` 0: any free port). Resolves to { url, requests, close }:
 * `url` ends with "/", `requests` logs every request (path and status), `close()` stops the server.
 * @param {string} dir
 * @param {{ port?: number, host?: string }} [options]
 */
export async function startStaticServer(dir, { port = 0, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  /** @type {{ url: string | undefined, status: number }[]} */
  const requests = [];
  // Compressed bodies are cached per file: compressing 300 KB at level 9 on every request would
  // add server time that has nothing to do with the page.
  /** @type {Map<string, Buffer>} */
  const gzipCache = new Map();

  /** The `_headers` rules, read as each request comes (a new build may write new ones). */
  const headersFor = (/** @type {string} */ pathname) => {
    let text;
    try {
      text = readFileSync(join(root, '_headers'), 'utf8');
    } catch {
      return plainHostHeaders(pathname);
    }
    /** @type {Record<string, string>} */
    const headers = {};
    for (const rule of parseHeadersFile(text)) {
      if (!rule.pattern.test(pathname)) continue;
      for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
    }
    return headers;
  };

  /** Where `_redirects` sends an address (read as each request comes), or null. */
  const movedTo = (/** @type {string} */ pathname, /** @type {string} */ search) => {
    let text;
    try {
      text = readFileSync(join(root, '_redirects'), 'utf8');
    } catch {
      return null;
    }
    return movedBy(parseRedirectsFile(text), pathname, search);
  };

  const server = createServer(async (req, res) => {
    const answer = (
      /** @type {number} */ status,
      /** @type {Record<string, string | number>} */ headers,
      /** @type {Buffer | string | undefined} */ body = undefined,
    ) => {
      requests.push({ url: req.url, status });
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      pathname = null;
    }
    const moved = pathname && movedTo(pathname, new URL(req.url ?? '/', 'http://x').search);
    if (pathname && moved) {
      answer(moved.status, { ...headersFor(pathname), location: moved.location });
      return;
    }
    const path = pathname && filePathFor(root, pathname);
    const kind = path && (await kindOf(path));
    if (pathname && path && kind === 'folder' && !pathname.endsWith('/')) {
      // As nginx and most static hosts do: the page's relative addresses need its folder's slash.
      const query = new URL(req.url ?? '/', 'http://x').search;
      answer(301, { location: `${encodeURI(pathname)}/${query}` });
      return;
    }
    const file = kind === 'folder' && path ? join(path, 'index.html') : path;
    if (!pathname || !file || (await kindOf(file)) !== 'file') {
      answer(
        404,
        { 'content-type': 'text/plain; charset=utf-8', ...(pathname ? headersFor(pathname) : {}) },
        'Not found',
      );
      return;
    }
    const ext = extname(file).toLowerCase();
    /** @type {Record<string, string | number>} */
    const headers = {
      ...headersFor(pathname),
      // @ts-expect-error: an unknown extension falls back below
      'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    };
    /** @type {Buffer} */
    let body = await readFile(file);
    if (COMPRESSIBLE.has(ext)) {
      headers['vary'] = 'Accept-Encoding';
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        // Keyed by the content's hash: a rebuild that changes only the hashed names in a page keeps
        // its length, and a key by length served the old page (naming a stylesheet now gone).
        const key = `${file}:${createHash('sha1').update(body).digest('hex')}`;
        if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(body, { level: 9 }));
        body = gzipCache.get(key) ?? body;
        headers['content-encoding'] = 'gzip';
      }
    }
    headers['content-length'] = body.length;
    answer(200, headers, body);
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen(undefined));
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${boundPort}/`,
    requests,
    close: () =>
      new Promise((resolveClose) => {
        // Keep-alive sockets from Chrome would otherwise hold close() open.
        server.closeAllConnections();
        server.close(() => resolveClose(undefined));
      }),
  };
}

// As a command: node scripts/serve.mjs <folder> [--port N] [--host H]
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const usage = 'Usage: node scripts/serve.mjs <folder> [--port N] [--host H]';
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    strict: false,
    options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean' } },
  });
  const dir = positionals[0] ?? 'dist';
  const port = Number(values.port ?? 4173);
  // A typo should say so, not serve an empty folder on the default port.
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (!existsSync(join(dir, 'index.html')) || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${usage}\n(no ${join(dir, 'index.html')}, or not a port: ${values.port})`);
    process.exit(1);
  }
  const { url } = await startStaticServer(dir, {
    port,
    host: typeof values.host === 'string' ? values.host : '127.0.0.1',
  });
  console.log(`Serving ${dir} at ${url}`);
}
