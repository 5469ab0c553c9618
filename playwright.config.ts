import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Real-browser tests against the BUILT site (`vite build` first, then `vite preview` serves dist/).
 * The browser is the system Chromium: Playwright's own browser download does not work here.
 */

const CI = Boolean(process.env['CI']);
/** 4173 unless E2E_PORT says otherwise (handy when someone else's preview holds 4173). */
const PORT = Number(process.env['E2E_PORT'] ?? 4173);
const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
const INSTALL_HINT =
  'Install one with `apt-get update && apt-get install -y chromium` (Debian), or point ' +
  'CHROMIUM_PATH at a Chromium or Chrome executable. Do not use `npx playwright install`: ' +
  'its download does not work on this machine.';

/** The system Chromium, or a clear failure before any test starts. */
function chromiumPath(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist. ${INSTALL_HINT}`);
  }
  const found = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${CHROMIUM_CANDIDATES.join(', ')}). ${INSTALL_HINT}`,
    );
  }
  return found;
}

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
          executablePath: chromiumPath(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
