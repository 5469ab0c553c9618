import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

/**
 * Real-browser tests against the BUILT site (`npm run build` first, then scripts/serve.mjs serves dist/).
 * The browser is the system Chromium: Playwright's own browser download does not work here.
 */

const CI = Boolean(process.env['CI']);
/** 4173 unless E2E_PORT says otherwise (handy when someone else's preview holds 4173). */
const PORT = Number(process.env['E2E_PORT'] ?? 4173);
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  retries: CI ? 1 : 0,
  reporter: [['list'], ['./tests/e2e/summaryReporter.ts']],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    trace: 'off',
    screenshot: 'off',
    video: 'off',
    colorScheme: 'light',
    locale: 'en-GB',
    timezoneId: 'UTC',
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: findChromium(),
          args: [...CHROMIUM_ARGS],
        },
      },
    },
  ],
  webServer: {
    // A server that answers as production hosts do (gzip, Vary, the build's headers), not
    // `vite preview`: a page that flashes on a real host must fail here (scripts/serve.mjs).
    command: `node scripts/serve.mjs dist --port ${PORT} --host localhost`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
