// The system Chromium, shared by the browser tests and the benchmark. Playwright's own browser
// download does not work on these machines, so every tool uses Debian's chromium (or
// CHROMIUM_PATH) with the same flags.
import { existsSync } from 'node:fs';

/** Flags for headless Chromium as root on a machine with no network but the page's own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const INSTALL_HINT =
  'Install one with `apt-get update && apt-get install -y chromium` (Debian), or point ' +
  'CHROMIUM_PATH at a Chromium or Chrome executable. Do not use `npx playwright install`: ' +
  'its download does not work on this machine.';

/** CHROMIUM_PATH, else the first system Chromium found; throws saying how to install one. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist. ${INSTALL_HINT}`);
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found)
    throw new Error(`No Chromium found (looked at ${CANDIDATES.join(', ')}). ${INSTALL_HINT}`);
  return found;
}
