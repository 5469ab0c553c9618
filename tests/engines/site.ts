import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { preview } from 'vite';

/** The built site, served as the Chromium suite serves it, and a host page on another origin. */
export interface Site {
  /** The app's origin, http://localhost:<port>. */
  readonly app: string;
  /** The host pages' origin, http://127.0.0.1:<ephemeral port>: another origin than the app's. */
  readonly host: string;
  /** A page on the host's origin showing `url` alone in a frame of `width` × `height` px. */
  framed(url: string, width: number, height: number): string;
  /** Every path (with query) the app's server was asked for, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * `vite preview` of dist/ with the project's own config, so the same strict Content-Security-
 * Policy header; a request log is added in front of it, so a test can count how often a page was
 * fetched (WebDriver classic, which drives WebKit, has no network events).
 */
export async function serveSite(port: number): Promise<Site> {
  const requests: string[] = [];
  const server = await preview({
    logLevel: 'warn',
    preview: { port, strictPort: true, host: 'localhost' },
    plugins: [
      {
        name: 'request-log',
        configurePreviewServer(previewServer) {
          previewServer.middlewares.use((request, _response, next) => {
            requests.push(request.url ?? '');
            next();
          });
        },
      },
    ],
  });
  const app = `http://localhost:${port}`;
  const hostServer = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const html =
      url.pathname === '/host'
        ? hostPage(app)
        : url.pathname === '/frame'
          ? framePage(url.searchParams)
          : null;
    response.writeHead(html === null ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html ?? 'Not found');
  });
  await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
  const host = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}`;
  return {
    app,
    host,
    requests,
    framed: (url, width, height) =>
      `${host}/frame?${new URLSearchParams({ src: url, width: String(width), height: String(height) })}`,
    async close() {
      await new Promise((resolve) => hostServer.close(resolve));
      await server.close();
    },
  };
}

/**
 * A news page embedding the explainer as the embed code has readers paste it, less the
 * `loading` attribute (a host may drop it; embed.js must then not restart the frame's load). It
 * records the heights the app posts, so a test can compare them with the frame's height.
 */
function hostPage(app: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<style>body { margin: 0; font: 16px sans-serif } main { max-width: 640px; margin: 0 auto }</style>
</head><body><main><h1>A host page</h1><p>A story beside the map.</p>
<iframe id="app" data-cis-explainer src="${app}/?embed=1" title="The CIS explained"></iframe>
<p>The story goes on.</p></main>
<script>
  window.posted = [];
  addEventListener('message', (event) => {
    const data = event.data;
    if (data && data.type === 'cis-explainer:height') window.posted.push(data.height);
  });
</script>
<script async src="${app}/embed.js"></script>
</body></html>`;
}

/** `src` alone in a frame at the top left, for a viewport narrower than a browser's window. */
function framePage(params: URLSearchParams): string {
  const attribute = (name: string) => (params.get(name) ?? '').replace(/[^\w:/.?=&%-]/g, '');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Frame</title><link rel="icon" href="data:,">
<style>html, body { margin: 0 } iframe { display: block; border: 0 }</style></head>
<body><iframe src="${attribute('src')}" width="${attribute('width')}" height="${attribute('height')}" title="Page"></iframe></body></html>`;
}
