/**
 * A tiny static file server for the benchmark: serves one folder on an ephemeral 127.0.0.1 port.
 *
 * Why not `vite preview`: it answers unknown paths with index.html (so a missing robots.txt or
 * favicon would look present), it is one more process to manage, and we want the same server
 * for the app and the floor page. This one behaves like a plain static host: real 404s, correct
 * content types, gzip when the client asks for it (as every production host does, so Lighthouse's
 * byte weight and simulated load reflect real transfer sizes), and long cache headers on Vite's
 * content-hashed assets/.
 */

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
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
  '.xml',
  '.svg',
  '.wasm',
]);

/**
 * Map a request URL to a file inside `root`, or null when it would escape the root.
 * "/" and folder paths map to their index.html, as on any static host.
 */
function filePathFor(root, url) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return null;
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const full = normalize(join(root, pathname));
  return full === root || full.startsWith(root + sep) ? full : null;
}

async function readIfFile(path) {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return readIfFile(join(path, 'index.html'));
    return info.isFile() ? { path, body: await readFile(path) } : null;
  } catch {
    return null;
  }
}

/**
 * Start serving `dir`. Resolves to { url, requests, close }: `url` ends with "/", `requests`
 * logs every request (path and status) for debugging, `close()` stops the server.
 */
export async function startStaticServer(dir) {
  const root = resolve(dir);
  const requests = [];
  // Compressed bodies are cached per file: compressing 300 KB at level 9 on every Lighthouse
  // request would add server time that has nothing to do with the page.
  const gzipCache = new Map();

  const server = createServer(async (req, res) => {
    const path = filePathFor(root, req.url ?? '/');
    const file = path && (await readIfFile(path));
    requests.push({ url: req.url, status: file ? 200 : 404 });
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const ext = extname(file.path).toLowerCase();
    const headers = {
      'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      // Vite's assets/ names carry a content hash, so they may be cached forever.
      'cache-control': file.path.includes(`${sep}assets${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      vary: 'accept-encoding',
    };
    let body = file.body;
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (acceptsGzip && COMPRESSIBLE.has(ext)) {
      const key = `${file.path}:${file.body.length}`;
      if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(file.body, { level: 9 }));
      body = gzipCache.get(key);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolveListen);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise((resolveClose) => {
        // Keep-alive sockets from Chrome would otherwise hold close() open.
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
