/**
 * Lighthouse runs through the Node API, one fresh Chromium per run.
 *
 * Why a fresh browser each time: Lighthouse resets storage between navigations, but a browser
 * that already compiled the page's scripts (V8 code cache) or warmed its font and GPU state is
 * faster on the next run; a new profile per run keeps runs independent. Runs are sequential:
 * parallel runs on a 2-core machine would steal CPU from each other and inflate TBT and LCP.
 */

import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS } from '../chromium.mjs';

export const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Audit id → [key in our results, unit]. Scores are ×100; times in ms; bytes in bytes. */
export const METRICS = {
  'largest-contentful-paint': ['lcp', 'ms'],
  'total-blocking-time': ['tbt', 'ms'],
  'cumulative-layout-shift': ['cls', ''],
  'first-contentful-paint': ['fcp', 'ms'],
  'speed-index': ['si', 'ms'],
  'total-byte-weight': ['bytes', 'B'],
};

/** Lighthouse config per preset: the default config is the mobile preset. */
const CONFIGS = { mobile: undefined, desktop: desktopConfig };

/** Kill functions of browsers still running, so a crash or Ctrl-C can clean up. */
const liveBrowsers = new Set();

export function killAllBrowsers() {
  for (const kill of liveBrowsers) {
    try {
      kill();
    } catch {
      // Already gone.
    }
  }
  liveBrowsers.clear();
}

/**
 * Launch Chromium, run Lighthouse once, always kill Chromium. Returns the LHR.
 * `categories` may be just ['performance']: the metrics come from the page-load trace, which
 * is recorded before the accessibility, best-practices and SEO gatherers run, so leaving those
 * out changes no metric and saves most of a run's time on a large DOM.
 */
export async function runLighthouse(url, preset, chromePath, categories = CATEGORIES) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROME_FLAGS,
    handleSIGINT: false, // bench.mjs handles signals and cleans up everything it started
    logLevel: 'silent',
  });
  liveBrowsers.add(chrome.kill);
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
        // The full-page screenshot only illustrates the HTML report (~4 s per run here).
        disableFullPageScreenshot: true,
      },
      CONFIGS[preset],
    );
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    liveBrowsers.delete(chrome.kill);
    chrome.kill();
  }
}

/** The numbers we compare, from one Lighthouse result. */
export function summarizeRun(lhr) {
  const summary = {
    runtimeError: lhr.runtimeError?.code ?? null,
    // Lighthouse's own CPU speed probe: low values mean a slow or busy machine, so simulated
    // TBT and LCP (observed CPU time × 4 on mobile) come out inflated for app and floor alike.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    warnings: lhr.runWarnings ?? [],
  };
  for (const category of CATEGORIES) {
    const score = lhr.categories[category]?.score;
    summary[category] = score == null ? null : Math.round(score * 100);
  }
  for (const [auditId, [key]] of Object.entries(METRICS)) {
    summary[key] = lhr.audits[auditId]?.numericValue ?? null;
  }
  return summary;
}

/**
 * Audits that cost points: in accessibility, best practices and SEO every weighted audit below
 * 1 loses score; in performance the metric audits are reported separately, so we list the
 * diagnostics and insights that Lighthouse flags (score below 0.9, i.e. shown red or orange).
 */
export function failingAudits(lhr) {
  const failing = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score === undefined) continue;
      if (['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode)) continue;
      const isPerf = category === 'performance';
      if (isPerf && (ref.group === 'metrics' || ref.group === 'hidden')) continue;
      if (!isPerf && ref.weight === 0) continue;
      if (audit.score >= (isPerf ? 0.9 : 1)) continue;
      failing.push({
        category,
        id: ref.id,
        title: audit.title,
        displayValue: audit.displayValue ?? '',
        items: describeItems(audit),
      });
    }
  }
  return failing;
}

/** A few human-readable details of a failing audit (offending elements, files or rows). */
function describeItems(audit) {
  const items = audit.details?.items ?? [];
  return items.slice(0, 3).map((item) => {
    if (item.node?.snippet) return item.node.snippet.slice(0, 160);
    const url = item.url ?? item.source?.url;
    if (url) return String(url).replace(/^https?:\/\/[^/]+/, ''); // ports change every run
    if (item.statistic) return `${item.statistic}: ${item.value?.value ?? item.value}`;
    if (item.groupLabel) return `${item.groupLabel}: ${Math.round(item.duration)} ms`;
    return JSON.stringify(item).slice(0, 160);
  });
}

/** Recursively find the first `node` in a details tree (LCP element lives two levels deep). */
function findNode(value) {
  if (!value || typeof value !== 'object') return null;
  if (value.node?.snippet) return value.node;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    const node = findNode(child);
    if (node) return node;
  }
  return null;
}

/** Details that explain LCP and TBT: the LCP element, its phases, the costliest scripts. */
export function explainRun(lhr) {
  const lcpDetails = lhr.audits['largest-contentful-paint-element']?.details;
  const lcpNode = findNode(lcpDetails);
  const phaseTable = (lcpDetails?.items ?? []).find((item) =>
    item?.items?.some?.((row) => row.phase !== undefined),
  );
  const bootup = lhr.audits['bootup-time']?.details?.items ?? [];
  return {
    lcpElement: lcpNode ? { selector: lcpNode.selector, snippet: lcpNode.snippet } : null,
    lcpPhases: (phaseTable?.items ?? []).map((row) => ({ phase: row.phase, ms: row.timing })),
    bootup: bootup.slice(0, 4).map((row) => ({
      url: row.url,
      totalMs: row.total,
      scriptingMs: row.scripting,
    })),
  };
}
