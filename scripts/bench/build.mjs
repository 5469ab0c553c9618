/**
 * Builds for the benchmark: the app (into a private snapshot folder) and the "floor" page.
 *
 * Why a private output folder instead of dist/: other people and tests use dist/ while the
 * benchmark runs for minutes. Vite empties its outDir at the start of a build, so building into
 * dist/ could break someone's running e2e test, and someone else's rebuild could swap files under
 * a Lighthouse run. Same command, same config, different --outDir.
 */

import { spawn } from 'node:child_process';
import { cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FLOOR_TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), 'floor');

/** Run a command, capture its output, reject with that output when it fails. */
function run(command, args, cwd) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd, env: process.env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolveRun(output)
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`)),
    );
  });
}

/**
 * The project's own build (`npm run build`: client bundle, server render, prerendered HTML), then
 * a snapshot of dist/ into `outDir`, so what is measured is exactly what ships.
 */
export async function buildApp(projectDir, outDir) {
  await run('npm', ['run', '--silent', 'build'], projectDir);
  return snapshotDist(projectDir, outDir);
}

/** Copy of the existing dist/ (the benchmark then measures it while others may rebuild). */
export async function snapshotDist(projectDir, outDir) {
  await cp(join(projectDir, 'dist'), outDir, { recursive: true });
  return outDir;
}

/**
 * Build the bare Vite + React "hello" page with the project's installed vite, react, react-dom
 * and @vitejs/plugin-react, so the comparison isolates what the app adds.
 *
 * The page lives in `workDir` (under os.tmpdir()); its node_modules is a symlink to the
 * project's, so bare imports ("react", "react/jsx-runtime") resolve to the exact same files.
 * `configFile: false` keeps the project's vite.config out of it: the floor uses Vite defaults.
 */
export async function buildFloor(projectDir, workDir) {
  await mkdir(join(workDir, 'src'), { recursive: true });
  await mkdir(join(workDir, 'public'), { recursive: true });
  await cp(join(FLOOR_TEMPLATE, 'index.html'), join(workDir, 'index.html'));
  await cp(join(FLOOR_TEMPLATE, 'main.jsx'), join(workDir, 'src', 'main.jsx'));
  // A real robots.txt and favicon, like the app's public/: without them the floor would lose
  // SEO and best-practices points (a /favicon.ico 404 is a console error) for no page reason.
  for (const file of ['robots.txt', 'favicon.svg']) {
    await cp(join(FLOOR_TEMPLATE, file), join(workDir, 'public', file));
  }
  await symlink(join(projectDir, 'node_modules'), join(workDir, 'node_modules'), 'dir');
  await writeFile(join(workDir, 'package.json'), '{ "private": true, "type": "module" }\n');

  // Imported here, not at the top: only this function needs Vite in-process.
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const outDir = join(workDir, 'dist');
  await build({
    root: workDir,
    configFile: false,
    base: './',
    plugins: [react()],
    // Without this Vite would cache into <root>/node_modules/.vite, i.e. the project's folder.
    cacheDir: join(workDir, '.vite-cache'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
