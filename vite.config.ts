import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { paletteCss } from './src/map/colour/paletteCss';

/**
 * `vite preview` (and so every browser test) sends the policy the build wrote into dist/_headers
 * (scripts/prerender.mjs), read as each request comes: the tests run under the very header a
 * host is given, hashes of the pages' inline code included.
 */
const builtPolicy: Plugin = {
  name: 'built-content-security-policy',
  configurePreviewServer(server) {
    const headers = resolve(server.config.root, server.config.build.outDir, '_headers');
    server.middlewares.use((_request, response, next) => {
      const policy = /^\s*Content-Security-Policy:\s*(.+)$/m.exec(readFileSync(headers, 'utf8'));
      if (!policy?.[1]) throw new Error(`${headers} has no Content-Security-Policy line`);
      response.setHeader('Content-Security-Policy', policy[1].trim());
      next();
    });
  },
};

const LEAFLET_STUBS = fileURLToPath(new URL('./src/map/leaflet/leafletStubs.js', import.meta.url));

/** L.GeoJSON's imports of Marker and Circle, which the map never draws (src/map/leaflet/leafletStubs.js). */
const leafletGeoJsonStubs: Plugin = {
  name: 'leaflet-geojson-stubs',
  enforce: 'pre',
  resolveId(source, importer) {
    const fromGeoJson = importer?.replaceAll('\\', '/').endsWith('leaflet/src/layer/GeoJSON.js');
    if (fromGeoJson && (source === './marker/Marker' || source === './vector/Circle')) {
      return LEAFLET_STUBS;
    }
    return null;
  },
};

/** The drawn-in map's colours as CSS, made from src/map/colour/palette.ts (src/map/colour/paletteCss.ts). */
const mapPaletteCss: Plugin = {
  name: 'map-palette-css',
  resolveId: (source) => (source === 'virtual:map-palette.css' ? '\0map-palette.css' : null),
  load: (id) => (id === '\0map-palette.css' ? paletteCss() : null),
};

export default defineConfig({
  // Relative asset URLs: dist/ works from any folder of any static host.
  base: './',
  plugins: [react(), leafletGeoJsonStubs, mapPaletteCss, builtPolicy],
  resolve: {
    // Only the parts of Leaflet the map uses (see src/map/leaflet/leafletParts.js); `leaflet/...` paths stay.
    alias: [
      {
        find: /^leaflet$/,
        replacement: fileURLToPath(new URL('./src/map/leaflet/leafletParts.js', import.meta.url)),
      },
    ],
  },
  build: {
    // No data: URIs (a strict CSP forbids them) and no inline scripts.
    assetsInlineLimit: 0,
    target: 'es2022',
    // Every browser that runs es2022 modules has modulepreload (Safari since 17) or simply
    // fetches the chunk when it is imported: the polyfill is bytes for nobody.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Vite's preload helper, on its own: the entry imports only it, so that the app's chunk
            // (below) is still requested after the first paint (src/main.tsx), not with the entry.
            { name: 'preload', test: /vite\/preload-helper/, priority: 2 },
            // The app's chunk: src/mount.tsx and everything it imports. Left to itself, the bundler
            // gives each set of modules shared by a different set of chunks a chunk of its own: the
            // map's pure modules (outlines, colours, tiles, labels), which the first view, the
            // Leaflet map and the Download image dialog all import, became a common chunk of their
            // own, and the first view paid for the extra file and for worse compression. As one
            // group they stay where the first view loads them, and the lazy chunks (StatusMap,
            // ImageDialog...) import them from here, carrying only their own modules.
            { name: 'mount', test: /src[\\/]mount\.tsx$/, priority: 1 },
          ],
        },
      },
    },
  },
  preview: {
    headers: {
      // A sandbox="allow-scripts" embed has origin 'null', so its module scripts are CORS requests.
      'Access-Control-Allow-Origin': '*',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // Whole-page renders take about a second; on a busy machine several times that.
    testTimeout: 20_000,
  },
});
