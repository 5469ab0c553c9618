/**
 * The bench serves the site and the floor page as production hosts serve them: gzip with
 * `Vary: Accept-Encoding`, real 404s, and the headers the build writes into dist/_headers (the
 * policy and the cache rules), so Lighthouse measures the page a reader of a real host gets.
 * The same server runs the browser tests (scripts/serve.mjs).
 */
export { startStaticServer } from '../serve.mjs';
