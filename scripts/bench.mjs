#!/usr/bin/env node
/**
 * Performance benchmark of the built site: npm run bench [-- options]
 *
 *   --no-build   measure the existing dist/ (copied first) instead of building
 *   --runs N     Lighthouse runs per page and preset (default 3); medians are reported
 *   --quick      1 run, mobile preset only (for development)
 *   --all-categories  audit accessibility, best practices and SEO in every run, not just run 1
 *   --strict     exit 1 when any target fails (default: exit 0, this is a report)
 *   --entrances LIST  measure only these entrances (names or paths from bench/entrances.mjs,
 *                comma-separated; the home page is always measured, as their yardstick)
 *
 * What it does, in order (each step is a module under scripts/bench/):
 *   1. build the app with the project's `vite build` (into a private folder, see build.mjs)
 *      and a bare Vite + React "floor" page with the same installed versions;
 *   2. serve both with a small static server (server.mjs) on ephemeral 127.0.0.1 ports;
 *   3. sizes: every built file raw and gzip, and the first-view transfer as actually requested
 *      by headless Chromium in a phone and a laptop viewport (sizes.mjs);
 *   4. the date-slider interaction latency, when the page has one (interaction.mjs), and the
 *      time to the coloured map on a throttled phone, beside FCP (mapPaint.mjs);
 *   5. Lighthouse, mobile and desktop presets, app and floor interleaved (lighthouse.mjs);
 *   5b. every entrance side by side (entrances.mjs): home, a state's page, ru/, each embed
 *      view's page, an old embed address: FCP, its own content after FCP, first-view transfer,
 *      Lighthouse mobile and desktop, each against the home page's budgets;
 *   6. tables on stdout (progress on stderr), everything as JSON in bench-results/latest.json.
 *
 * Why a floor: Lighthouse numbers on a shared 2-core machine move with its load. The floor page
 * is measured in the same minutes on the same machine, so app/floor ratios say what the app
 * itself adds, and "LCP app ≤ LCP floor" is a target that does not depend on the machine.
 *
 * Chromium: /usr/bin/chromium, or CHROMIUM_PATH. Playwright's own browser download is not used.
 */

import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { buildApp, buildFloor, snapshotDist } from './bench/build.mjs';
import { measureInteraction } from './bench/interaction.mjs';
import { measureMapPaint } from './bench/mapPaint.mjs';
import { measureEntrance, pickEntrances } from './bench/entrances.mjs';
import {
  CATEGORIES,
  CHROME_FLAGS,
  explainRun,
  failingAudits,
  killAllBrowsers,
  runLighthouse,
  summarizeRun,
} from './bench/lighthouse.mjs';
import {
  auditsList,
  busyMachineNote,
  checksTable,
  entranceChecks,
  entrancesTable,
  evaluateChecks,
  fillVerdict,
  firstViewSummary,
  interactionTable,
  lighthouseTable,
  mapPaintLine,
  sizesTable,
  summarizePhase,
} from './bench/report.mjs';
import { startStaticServer } from './bench/server.mjs';
import { listAssets, measureFirstView } from './bench/sizes.mjs';
import { medianByKey } from './bench/stats.mjs';
import { findChromium } from './chromium.mjs';

/** Found when first needed; throws saying how to install one when there is none. */
let chromiumPath;
const CHROMIUM_PATH = () => (chromiumPath ??= findChromium());

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_DIR = join(PROJECT, 'bench-results');

/** Progress goes to stderr, so stdout holds only the report. */
const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      quick: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      'all-categories': { type: 'boolean', default: false },
      entrances: { type: 'string' },
    },
  });
  const runs = values.quick ? 1 : Number.parseInt(values.runs, 10);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`);
  return {
    build: !values['no-build'],
    runs,
    presets: values.quick ? ['mobile'] : ['mobile', 'desktop'],
    strict: values.strict,
    allCategories: values['all-categories'],
    entrances: pickEntrances(values.entrances),
  };
}

/**
 * Everything started during the run registers its stop function here, so that normal exit,
 * an exception and Ctrl-C all end the same way: browsers killed, servers closed, temp removed.
 */
const cleanups = [];
let interrupted = false;
async function cleanUp() {
  killAllBrowsers();
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (error) {
      log(`cleanup: ${error.message}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    log(`${signal}: cleaning up`);
    cleanUp().finally(() => {
      killAllBrowsers(); // one may have finished launching while we cleaned up
      process.exit(130);
    });
  });
}

/** Step 1: the two builds, one after the other (two cores, and Vite uses both). */
async function buildPages(options, workDir) {
  const started = Date.now();
  const appDir = join(workDir, 'app-dist');
  if (options.build) {
    log('building the app (npx vite build, private outDir)…');
    await buildApp(PROJECT, appDir);
  } else {
    log('--no-build: copying the existing dist/');
    await snapshotDist(PROJECT, appDir);
  }
  log('building the floor page…');
  const floorDir = await buildFloor(PROJECT, join(workDir, 'floor'));
  log(`builds done in ${seconds(started)}`);
  return { appDir, floorDir };
}

async function serve(dir) {
  const server = await startStaticServer(dir);
  cleanups.push(server.close);
  return server;
}

/** Steps 3 and 4, in one Playwright-driven Chromium that is closed before Lighthouse starts. */
async function measureInBrowser(app, floor, entrances) {
  const started = Date.now();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH(),
    // Playwright adds its own headless flag; the rest are the same as for Lighthouse.
    args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')),
  });
  const closeBrowser = () => browser.close();
  cleanups.push(closeBrowser);
  try {
    log('first view: recording what the pages request…');
    const appFirstView = await measureFirstView(browser, app.url, app.assets);
    const floorFirstView = await measureFirstView(browser, floor.url, floor.assets);
    log('interaction: looking for the date slider…');
    const interaction = await measureInteraction(browser, app.url);
    if (!interaction.skipped) {
      const phases = {
        control: summarizePhase(interaction.control),
        keyboard: summarizePhase(interaction.keyboard),
        jumps: summarizePhase(interaction.jumps),
        'keyboard, chart on screen': summarizePhase(interaction.withChart),
      };
      interaction.summary = { phases, fill: fillVerdict(phases) };
    }
    log('map paint: slow 4G, 4× slower CPU, 5 cold loads…');
    const mapPaint = await measureMapPaint(browser, app.url);
    const atEntrances = {};
    for (const entrance of entrances) {
      log(`entrance ${entrance.name}: first view, then 3 loads on a slow phone…`);
      atEntrances[entrance.name] = {
        firstView: await measureFirstView(browser, app.url, app.assets, entrance.path),
        paint: await measureEntrance(browser, app.url, entrance),
      };
    }
    return {
      appFirstView,
      floorFirstView,
      interaction,
      mapPaint,
      entrances: atEntrances,
      version: browser.version(),
    };
  } finally {
    const index = cleanups.indexOf(closeBrowser);
    if (index >= 0) cleanups.splice(index, 1);
    await browser.close();
    log(`browser measurements done in ${seconds(started)}`);
  }
}

/** Index of the run whose performance score is closest to the median: its details are shown. */
function representativeRun(summaries, medianScore) {
  let best = 0;
  summaries.forEach((s, i) => {
    const distance = Math.abs((s.performance ?? Infinity) - medianScore);
    if (distance < Math.abs((summaries[best].performance ?? Infinity) - medianScore)) best = i;
  });
  return best;
}

/**
 * Failing audits over all app runs, counted against the runs that audited their category, and
 * marked when the floor fails them too (then the cost is React's or Vite's, not the app's).
 */
function collectAudits(appLhrs, floorLhrs) {
  const floorIds = new Set(floorLhrs.flatMap((lhr) => failingAudits(lhr).map((a) => a.id)));
  const runsWith = (category) => appLhrs.filter((lhr) => lhr.categories[category]).length;
  const byId = new Map();
  for (const lhr of appLhrs) {
    for (const audit of failingAudits(lhr)) {
      const seen = byId.get(audit.id);
      if (seen) seen.runs += 1;
      else {
        const of = runsWith(audit.category);
        byId.set(audit.id, { ...audit, runs: 1, of, alsoOnFloor: floorIds.has(audit.id) });
      }
    }
  }
  return [...byId.values()];
}

/**
 * Step 5. Sequential, and app and floor alternate (app, floor, app, floor…): a burst of load
 * from other processes on this machine then hits both pages instead of one.
 *
 * Accessibility, best practices and SEO are audited in run 1 only (unless --all-categories):
 * they are checks of the loaded DOM and headers, the same every run, and on the app they take
 * more than half of a run (axe and the anchor-listener scan over ~1,200 elements). The
 * performance metrics, which do vary, are measured in every run.
 */
async function runAllLighthouse(options, urls) {
  const results = {};
  for (const preset of options.presets) {
    const lhrs = { app: [], floor: [] };
    for (let run = 1; run <= options.runs; run++) {
      for (const target of ['app', 'floor']) {
        if (interrupted) throw new Error('interrupted');
        const started = Date.now();
        try {
          const categories = run === 1 || options.allCategories ? CATEGORIES : ['performance'];
          const lhr = await runLighthouse(urls[target], preset, CHROMIUM_PATH(), categories);
          lhrs[target].push(lhr);
          const s = summarizeRun(lhr);
          log(
            `lighthouse ${preset} ${target} ${run}/${options.runs}: perf ${s.performance}, ` +
              `LCP ${Math.round(s.lcp)} ms, TBT ${Math.round(s.tbt)} ms (${seconds(started)})`,
          );
        } catch (error) {
          log(`lighthouse ${preset} ${target} ${run}/${options.runs} failed: ${error.message}`);
          lhrs[target].push(null);
        }
      }
    }
    results[preset] = summarizePreset(lhrs);
  }
  return results;
}

/**
 * Step 5b: Lighthouse on every entrance but the home page (measured in step 5), each preset,
 * the four categories in run 1 as in step 5. Medians per entrance and preset.
 */
async function runEntrancesLighthouse(options, baseUrl) {
  const results = {};
  for (const entrance of options.entrances) {
    if (entrance.name === 'home') continue;
    results[entrance.name] = {};
    for (const preset of options.presets) {
      const summaries = [];
      for (let run = 1; run <= options.runs; run++) {
        if (interrupted) throw new Error('interrupted');
        const started = Date.now();
        const url = new URL(entrance.path, baseUrl).href;
        try {
          const categories = run === 1 || options.allCategories ? CATEGORIES : ['performance'];
          const lhr = await runLighthouse(url, preset, CHROMIUM_PATH(), categories);
          if (lhr.runtimeError) throw new Error(lhr.runtimeError.code);
          const s = summarizeRun(lhr);
          summaries.push(s);
          log(
            `lighthouse ${preset} ${entrance.name} ${run}/${options.runs}: perf ${s.performance}, ` +
              `TBT ${Math.round(s.tbt)} ms (${seconds(started)})`,
          );
        } catch (error) {
          log(
            `lighthouse ${preset} ${entrance.name} ${run}/${options.runs} failed: ${error.message}`,
          );
        }
      }
      results[entrance.name][preset] = { runs: summaries, median: medianByKey(summaries) };
    }
  }
  return results;
}

/** Medians and explanations of one preset; `lhrs` holds null for runs that threw. */
function summarizePreset(lhrs) {
  const side = (list) => {
    const runs = list.map((lhr) => (lhr ? summarizeRun(lhr) : { runtimeError: 'RUN_FAILED' }));
    // A run with a runtimeError (page did not load, no paint…) has no meaningful numbers.
    const usable = list.filter((lhr) => lhr && !lhr.runtimeError);
    const summaries = usable.map(summarizeRun);
    const medianValues = medianByKey(summaries);
    const representative = usable.length
      ? usable[representativeRun(summaries, medianValues.performance)]
      : null;
    return { runs, median: medianValues, usable, representative };
  };
  const app = side(lhrs.app);
  const floor = side(lhrs.floor);
  return {
    app: {
      runs: app.runs,
      median: app.median,
      explain: app.representative && explainRun(app.representative),
      failingAudits: collectAudits(app.usable, floor.usable),
      warnings: [...new Set(app.usable.flatMap((lhr) => lhr.runWarnings ?? []))],
      lhr: app.representative,
    },
    floor: {
      runs: floor.runs,
      median: floor.median,
      explain: floor.representative && explainRun(floor.representative),
      failingAudits: collectAudits(floor.usable, []),
    },
  };
}

function gitCommit() {
  try {
    // Read-only: names the commit that was measured (the working tree may differ).
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

/** Step 6a: the report on stdout. */
function printReport(results) {
  const out = (text = '') => process.stdout.write(`${text}\n`);
  const { sizes, lighthouse, interaction, mapPaint, checks } = results;

  out(`\n== Sizes: app build (${sizes.app.assets.length} files; kB = 1000 B, gzip level 9) ==\n`);
  out(sizesTable(sizes.app.assets, sizes.app.firstView));
  out();
  out(firstViewSummary('app', sizes.app.firstView));
  out(firstViewSummary('floor', sizes.floor.firstView));
  const budget = checks.find((c) => c.check.startsWith('First-view'));
  out(`app first view vs budget: ${budget.value} gzip ${budget.target} → ${budget.result}`);

  for (const [preset, { app, floor }] of Object.entries(lighthouse)) {
    out(`\n== Lighthouse ${preset} (simulated throttling), median of runs ==\n`);
    out(lighthouseTable(app, floor));
    const busy = busyMachineNote(app, floor);
    if (busy) out(busy);
    if (results.meta.runs > 1 && !results.meta.allCategories) {
      out('(accessibility, best practices, SEO: run 1 only; --all-categories for every run)');
    }
    if (app.explain?.lcpElement) out(`\napp LCP element: ${app.explain.lcpElement.selector}`);
    if (app.explain?.lcpPhases.length) {
      const phases = app.explain.lcpPhases.map((p) => `${p.phase} ${Math.round(p.ms)} ms`);
      out(`app LCP phases (one run): ${phases.join(', ')}`);
    }
    if (app.explain?.bootup.length) {
      const top = app.explain.bootup.map((b) => `${shortUrl(b.url)} ${Math.round(b.totalMs)} ms`);
      out(
        `app JS execution (one run, CPU time ×${preset === 'mobile' ? 4 : 1}): ${top.join(', ')}`,
      );
    }
    for (const warning of app.warnings) out(`Lighthouse warning: ${warning}`);
  }

  out('\n== Failing Lighthouse audits of the app ==\n');
  for (const [preset, { app, floor }] of Object.entries(lighthouse)) {
    out(auditsList(preset, app.failingAudits));
    const floorIds = floor.failingAudits.map((a) => a.id);
    out(`  (floor fails: ${floorIds.length ? floorIds.join(', ') : 'nothing'})`);
  }

  out('\n== Date slider: input → next paint ==\n');
  if (interaction.skipped) out(`skipped: ${interaction.note}`);
  else {
    out(interactionTable(interaction.summary));
    out(
      `\ncontrol = Shift on the focused slider (nothing changes); ${interaction.key} × ${interaction.keyboard.length}; jumps = value set + 'input' across the range`,
    );
    out(`colours in the same frame: ${interaction.summary.fill}`);
  }

  out('\n== The coloured map on screen: slow 4G, 4× slower CPU, phone, cold cache ==\n');
  out(mapPaintLine(mapPaint));

  out('\n== Every entrance: slow 4G, 4× slower CPU, phone, cold cache; Lighthouse medians ==\n');
  out(entrancesTable(results.entrances));

  out('\n== Targets ==\n');
  out(checksTable(checks));
  const failed = checks.filter((c) => c.result === 'FAIL').length;
  out(`\n${failed === 0 ? 'all targets met' : `${failed} of ${checks.length} checks FAIL`}`);
}

const shortUrl = (url) =>
  url.startsWith('http') ? new URL(url).pathname.replace(/^\//, '') || '(html)' : url;

/** Step 6b: JSON without the bulky full Lighthouse reports (those go to separate files). */
async function writeResults(results) {
  await mkdir(RESULTS_DIR, { recursive: true });
  const lighthouse = {};
  for (const [preset, { app, floor }] of Object.entries(results.lighthouse)) {
    const { lhr, ...appRest } = app;
    if (lhr) {
      const file = join(RESULTS_DIR, `lhr-app-${preset}.json`);
      await writeFile(file, JSON.stringify(lhr));
      appRest.lhrFile = relative(PROJECT, file);
    }
    lighthouse[preset] = { app: appRest, floor };
  }
  const file = join(RESULTS_DIR, 'latest.json');
  await writeFile(file, `${JSON.stringify({ ...results, lighthouse }, null, 2)}\n`);
  return relative(PROJECT, file);
}

async function main() {
  const started = Date.now();
  const options = parseOptions();

  const workDir = await mkdtemp(join(tmpdir(), 'cis-bench-'));
  cleanups.push(() => rm(workDir, { recursive: true, force: true }));

  const { appDir, floorDir } = await buildPages(options, workDir);
  const app = { ...(await serve(appDir)), assets: await listAssets(appDir) };
  const floor = { ...(await serve(floorDir)), assets: await listAssets(floorDir) };

  const browser = await measureInBrowser(app, floor, options.entrances);
  const lighthouse = await runAllLighthouse(options, { app: app.url, floor: floor.url });
  const entranceLighthouse = await runEntrancesLighthouse(options, app.url);
  // The home page's Lighthouse is step 5's app.
  const entrances = options.entrances.map((entrance) => ({
    ...entrance,
    ...browser.entrances[entrance.name],
    lighthouse:
      entrance.name === 'home'
        ? Object.fromEntries(
            Object.entries(lighthouse).map(([preset, { app: a }]) => [
              preset,
              { median: a.median },
            ]),
          )
        : entranceLighthouse[entrance.name],
  }));

  const results = {
    meta: {
      date: new Date().toISOString(),
      commit: gitCommit(),
      built: options.build ? 'vite build (this run)' : 'existing dist/',
      runs: options.runs,
      presets: options.presets,
      allCategories: options.allCategories,
      node: process.version,
      chromium: browser.version,
      lighthouse: lighthouse[options.presets[0]].app.lhr?.lighthouseVersion ?? null,
      durationSeconds: null,
    },
    sizes: {
      app: { assets: app.assets, firstView: browser.appFirstView },
      floor: { assets: floor.assets, firstView: browser.floorFirstView },
    },
    lighthouse,
    interaction: browser.interaction,
    mapPaint: browser.mapPaint,
    entrances,
  };
  results.checks = [
    ...evaluateChecks({
      firstView: browser.appFirstView,
      lighthouse,
      interaction: browser.interaction,
      mapPaint: browser.mapPaint,
    }),
    ...entranceChecks(entrances),
  ];
  results.meta.durationSeconds = Math.round((Date.now() - started) / 1000);

  printReport(results);
  const file = await writeResults(results);
  log(`results written to ${file} (total ${seconds(started)})`);
  return results.checks.some((c) => c.result === 'FAIL') && options.strict ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanUp();
    process.exitCode = code;
  })
  .catch(async (error) => {
    // After Ctrl-C the closing browser makes the current step throw: that is not news.
    if (interrupted) return;
    // Playwright errors carry the whole browser log; the first lines say what went wrong.
    const text = String(error.stack ?? error.message);
    log(`error: ${text.split('\n').slice(0, 12).join('\n')}`);
    await cleanUp();
    process.exitCode = 1;
  });
