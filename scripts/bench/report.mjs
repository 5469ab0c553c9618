/**
 * Targets, PASS/FAIL checks and the plain-text tables printed to stdout.
 * Sizes use kB = 1000 bytes, like Vite's own build output, so the numbers can be compared.
 */

import { median, percentile } from './stats.mjs';

/**
 * Bytes (gzip) that `/` may transfer before any interaction: just above what it needs (140.7 kB),
 * so that code the reader has not asked for (a lazy dialog's, Leaflet's) coming into the first
 * view by way of a shared module fails the check instead of passing unseen under a loose bound.
 */
export const FIRST_VIEW_BUDGET = 142_000;
/** The other entrances (embed pages, Russian edition) keep the earlier, looser bound for now. */
export const ENTRANCE_FIRST_VIEW_BUDGET = 150_000;
export const FRAME_BUDGET_MS = 16;

export const LABELS = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
  lcp: 'LCP (ms)',
  tbt: 'TBT (ms)',
  cls: 'CLS',
  fcp: 'FCP (ms)',
  si: 'Speed Index (ms)',
  bytes: 'Total byte weight',
  benchmarkIndex: 'CPU benchmark index (info)',
};

export const formatBytes = (bytes) =>
  bytes == null ? '—' : bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} kB`;

function formatValue(key, value) {
  if (value == null) return '—';
  if (key === 'cls') return value.toFixed(3);
  if (key === 'bytes') return formatBytes(Math.round(value));
  return String(Math.round(value));
}

const formatMs = (ms) => (ms == null ? '—' : `${ms.toFixed(1)} ms`);

/** Columns padded to their widest cell; `align` is one 'l' or 'r' per column. */
export function formatTable(headers, rows, align) {
  const all = [headers, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = headers.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((cell, i) => (align[i] === 'r' ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [line(all[0]), rule, ...all.slice(1).map(line)].join('\n');
}

/** "yes" when requested in both viewports, else which one, else "no". */
function firstViewFlag(file, firstView) {
  const inMobile = firstView.mobile.files.includes(file);
  const inDesktop = firstView.desktop.files.includes(file);
  if (inMobile && inDesktop) return 'yes';
  if (inMobile) return 'mobile only';
  if (inDesktop) return 'desktop only';
  return 'no';
}

/** The larger of the two viewports' first-view totals: the budget must hold for both. */
export const firstViewGzip = (firstView) => Math.max(firstView.mobile.gzip, firstView.desktop.gzip);

export function sizesTable(assets, firstView) {
  const rows = assets.map((asset) => [
    asset.file,
    formatBytes(asset.raw),
    formatBytes(asset.gzip),
    firstViewFlag(asset.file, firstView),
  ]);
  const total = (key) => assets.reduce((sum, asset) => sum + asset[key], 0);
  rows.push(['(all files)', formatBytes(total('raw')), formatBytes(total('gzip')), '']);
  return formatTable(['file', 'raw', 'gzip', 'first view'], rows, ['l', 'r', 'r', 'l']);
}

export function firstViewSummary(name, firstView) {
  const lines = [];
  for (const [viewport, view] of Object.entries(firstView)) {
    lines.push(
      `${name} first view, ${viewport}: ${formatBytes(view.gzip)} gzip (${formatBytes(view.raw)} raw) in ${view.files.length} files`,
    );
    if (view.missing.length) lines.push(`  not found (4xx/5xx): ${view.missing.join(', ')}`);
    if (view.external.length) lines.push(`  other origins: ${view.external.join(', ')}`);
  }
  return lines.join('\n');
}

export function lighthouseTable(app, floor) {
  const rows = Object.keys(LABELS).map((key) => {
    const a = app.median[key];
    const f = floor.median[key];
    const ratio = a != null && f ? (a / f).toFixed(2) : '—';
    return [LABELS[key], formatValue(key, a), formatValue(key, f), ratio];
  });
  const runs = (side) => `${side.runs.filter((r) => !r.runtimeError).length}/${side.runs.length}`;
  return formatTable(
    ['metric (median)', `app (${runs(app)} runs)`, `floor (${runs(floor)} runs)`, 'ratio'],
    rows,
    ['l', 'r', 'r', 'r'],
  );
}

/**
 * Lighthouse's own "slower CPU than expected" threshold (core/gather/driver/environment.js;
 * the warning is only shown by its CLI). Below it, simulated mobile TBT and LCP are inflated.
 */
const SLOW_CPU_BENCHMARK_INDEX = 1000;

export function busyMachineNote(app, floor) {
  const indexes = [app.median.benchmarkIndex, floor.median.benchmarkIndex];
  const low = indexes.filter((i) => i != null && i < SLOW_CPU_BENCHMARK_INDEX);
  if (low.length === 0) return '';
  return (
    `note: CPU benchmark index below ${SLOW_CPU_BENCHMARK_INDEX} (busy or slow machine): ` +
    'TBT and LCP are inflated and noisy; trust the app/floor ratios more than the absolute values'
  );
}

/** Median, p95, max and colour-change counts of one interaction phase. */
export function summarizePhase(samples) {
  const latencies = samples.map((s) => s.latency);
  return {
    n: samples.length,
    median: median(latencies),
    p95: percentile(latencies, 95),
    max: latencies.length ? Math.max(...latencies) : null,
    colourChanged: samples.filter((s) => s.settledChanged).length,
    changedInFrame: samples.filter((s) => s.changedInFrame).length,
    changedLate: samples.filter((s) => s.settledChanged && !s.changedInFrame).length,
  };
}

export function interactionTable(summary) {
  const rows = Object.entries(summary.phases).map(([phase, s]) => [
    phase,
    s.n,
    formatMs(s.median),
    formatMs(s.p95),
    formatMs(s.max),
    s.colourChanged,
    s.changedInFrame,
  ]);
  return formatTable(
    ['phase', 'n', 'median', 'p95', 'max', 'colours changed', 'in the same frame'],
    rows,
    ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

/** What the fill check found, in one sentence (a report, never a failure). */
export function fillVerdict(phases) {
  const steps = [phases.keyboard, phases.jumps];
  const changed = steps.reduce((n, s) => n + s.colourChanged, 0);
  const inFrame = steps.reduce((n, s) => n + s.changedInFrame, 0);
  const late = steps.reduce((n, s) => n + s.changedLate, 0);
  if (changed === 0)
    return 'no country colour changed on any step (no change expected, or no paths found)';
  if (late === 0)
    return `verified: in all ${changed} steps that changed colours, the change was in the next frame`;
  if (inFrame > 0) return `partly: ${inFrame} steps changed in the next frame, ${late} only later`;
  return `NOT in the same frame: all ${late} colour changes came a frame or more after the input`;
}

const check = (name, value, target, pass, note = '') => ({
  check: name,
  value,
  target,
  result: pass == null ? 'SKIP' : pass ? 'PASS' : 'FAIL',
  note,
});

/** A median that is missing (every run failed) fails its check rather than passing silently. */
const holds = (value, test) => value != null && test(value);

/** Scores, TBT, CLS and LCP-versus-floor targets of one Lighthouse preset. */
function lighthouseChecks(preset, app, floor) {
  const m = app.median;
  // 100 in all four categories on both presets: the map-in-the-first-frame budget.
  const checks = ['performance', 'accessibility', 'best-practices', 'seo'].map((category) =>
    check(
      `${preset} ${LABELS[category]}`,
      formatValue(category, m[category]),
      '= 100',
      holds(m[category], (v) => v === 100),
    ),
  );
  const tbt = holds(m.tbt, (v) => v <= 150);
  checks.push(check(`${preset} TBT`, `${formatValue('tbt', m.tbt)} ms`, '≤ 150 ms', tbt));
  const cls = holds(m.cls, (v) => v <= 0.01);
  checks.push(check(`${preset} CLS`, formatValue('cls', m.cls), '≤ 0.010', cls));
  const lcpFloor = floor.median.lcp;
  checks.push(
    check(
      `${preset} LCP app vs floor`,
      `${formatValue('lcp', m.lcp)} ms`,
      `≤ ${formatValue('lcp', lcpFloor)} ms (floor)`,
      holds(m.lcp, (v) => lcpFloor != null && v <= lcpFloor),
      m.lcp != null && lcpFloor ? `ratio ${(m.lcp / lcpFloor).toFixed(2)}` : '',
    ),
  );
  return checks;
}

/**
 * The slider target (the timeline issue): median input-to-paint over the keyboard steps within one
 * frame. p95 is shown beside it. When the do-nothing control is itself above a frame, the machine
 * was too busy to judge: the note says so.
 */
function interactionCheck(interaction) {
  const name = 'Slider input → next paint (median)';
  const target = `≤ ${FRAME_BUDGET_MS} ms`;
  if (interaction.skipped) return check(name, '—', target, null, interaction.note);
  const { keyboard, control } = interaction.summary.phases;
  const notes = [`p95 ${formatMs(keyboard.p95)}`];
  if (control.p95 > FRAME_BUDGET_MS)
    notes.push(`control p95 ${formatMs(control.p95)}: machine noise`);
  const pass = holds(keyboard.median, (v) => v <= FRAME_BUDGET_MS);
  return check(name, formatMs(keyboard.median), target, pass, notes.join('; '));
}

/** The same target with the membership chart on screen, its rule following the slider. */
function chartInteractionCheck(interaction) {
  const name = 'Slider input → next paint, chart on screen (median)';
  const target = `≤ ${FRAME_BUDGET_MS} ms`;
  const phase = interaction.skipped
    ? null
    : interaction.summary.phases['keyboard, chart on screen'];
  if (!phase || phase.n === 0) return check(name, '—', target, null, 'no membership chart found');
  const pass = holds(phase.median, (v) => v <= FRAME_BUDGET_MS);
  return check(name, formatMs(phase.median), target, pass, `p95 ${formatMs(phase.p95)}`);
}

/** The map-paint figure in one line: its median beside FCP's, and how it was reached. */
export function mapPaintLine(mapPaint) {
  if (!mapPaint) return 'not measured';
  const runs = mapPaint.runs.map((r) => `${Math.round(r.map)}/${Math.round(r.fcp)}`).join(', ');
  return (
    `coloured map ${Math.round(mapPaint.map)} ms, FCP ${Math.round(mapPaint.fcp)} ms ` +
    `(median of ${mapPaint.runs.length}; map/FCP per load: ${runs}); ` +
    `with the first contentful paint in ${mapPaint.withFirstPaint} of ${mapPaint.runs.length} loads`
  );
}

/** The map-paint target: the coloured map on screen no later than the first contentful paint. */
function mapPaintCheck(mapPaint) {
  const name = 'Coloured map on screen, slow 4G + 4× CPU (median)';
  if (!mapPaint || mapPaint.map == null || mapPaint.fcp == null)
    return check(name, '—', '≤ FCP', null, 'not measured');
  return check(
    name,
    `${Math.round(mapPaint.map)} ms`,
    `≤ FCP (${Math.round(mapPaint.fcp)} ms)`,
    mapPaint.map <= mapPaint.fcp + FRAME_BUDGET_MS,
    `${mapPaint.withFirstPaint}/${mapPaint.runs.length} loads with the first paint`,
  );
}

/** Every target as { check, value, target, result: PASS | FAIL | SKIP, note }. */
export function evaluateChecks({ firstView, lighthouse, interaction, mapPaint }) {
  const fv = firstViewGzip(firstView);
  return [
    check(
      'First-view transfer (gzip)',
      formatBytes(fv),
      `≤ ${formatBytes(FIRST_VIEW_BUDGET)}`,
      fv <= FIRST_VIEW_BUDGET,
    ),
    ...Object.entries(lighthouse).flatMap(([preset, { app, floor }]) =>
      lighthouseChecks(preset, app, floor),
    ),
    interactionCheck(interaction),
    chartInteractionCheck(interaction),
    mapPaintCheck(mapPaint),
  ];
}

export function checksTable(checks) {
  return formatTable(
    ['check', 'value', 'target', 'result', 'note'],
    checks.map((c) => [c.check, c.value, c.target, c.result, c.note]),
    ['l', 'r', 'l', 'l', 'l'],
  );
}

/** Failing audits of the app, with how many runs flagged them and whether the floor did too. */
export function auditsList(preset, audits) {
  if (audits.length === 0) return `${preset}: no failing audits`;
  const lines = [`${preset}:`];
  for (const a of audits) {
    const value = a.displayValue ? ` — ${a.displayValue}` : '';
    const floor = a.alsoOnFloor ? ' (floor too)' : '';
    lines.push(`  [${a.category}] ${a.id}: ${a.title}${value} (${a.runs}/${a.of} runs)${floor}`);
    for (const item of a.items) lines.push(`      ${item}`);
  }
  return lines.join('\n');
}

const seconds2 = (ms) => (ms == null ? '—' : `${(ms / 1000).toFixed(2)} s`);

/** The entrances side by side: paint on a slow phone, first-view transfer, Lighthouse medians. */
export function entrancesTable(entrances) {
  const rows = entrances.map((e) => {
    const mobile = e.lighthouse?.mobile?.median ?? {};
    const desktop = e.lighthouse?.desktop?.median ?? {};
    const delay = e.paint.delay === 0 ? 'at FCP' : `+${seconds2(e.paint.delay)}`;
    return [
      e.name,
      seconds2(e.paint.fcp),
      `${delay} (${e.paint.withFirstPaint}/${e.paint.runs.length})`,
      formatValue('performance', mobile.performance),
      formatValue('tbt', mobile.tbt),
      formatValue('cls', mobile.cls),
      [mobile, desktop]
        .map((m) => ['accessibility', 'best-practices', 'seo'].map((c) => formatValue(c, m[c])))
        .map((scores) => scores.join('/'))
        .join(' · '),
      formatValue('performance', desktop.performance),
      formatBytes(firstViewGzip(e.firstView)),
    ];
  });
  return formatTable(
    [
      'entrance',
      'FCP',
      'own content (runs at FCP)',
      'LH mobile perf',
      'TBT ms',
      'CLS',
      'a11y/BP/SEO mobile · desktop',
      'LH desktop perf',
      'first view gzip',
    ],
    rows,
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

/**
 * The entrances' budgets: each embed's FCP at most 1.25 × the home page's in the same run and
 * its content painted with it; every entrance TBT ≤ 150 ms, CLS ≤ 0.01, mobile performance
 * ≥ 98 (the machine's noise moves it), the other categories and desktop 100, first view ≤ 150 kB.
 */
export function entranceChecks(entrances) {
  const home = entrances.find((e) => e.name === 'home');
  const homeFcp = home?.paint.fcp ?? null;
  return entrances.flatMap((e) => {
    const mobile = e.lighthouse?.mobile?.median ?? {};
    const desktop = e.lighthouse?.desktop?.median;
    const fv = firstViewGzip(e.firstView);
    const checks = [];
    if (e.embed) {
      checks.push(
        check(
          `${e.name}: FCP vs home`,
          seconds2(e.paint.fcp),
          `≤ 1.25 × ${seconds2(homeFcp)}`,
          holds(e.paint.fcp, (v) => homeFcp != null && v <= 1.25 * homeFcp),
          homeFcp ? `ratio ${(e.paint.fcp / homeFcp).toFixed(2)}` : '',
        ),
        check(
          `${e.name}: own content`,
          e.paint.delay === 0 ? 'at FCP' : `+${seconds2(e.paint.delay)}`,
          'at FCP',
          holds(e.paint.delay, (v) => v === 0),
        ),
      );
    }
    const categories = ['accessibility', 'best-practices', 'seo'];
    checks.push(
      check(
        `${e.name}: mobile perf`,
        formatValue('performance', mobile.performance),
        '≥ 98',
        holds(mobile.performance, (v) => v >= 98),
      ),
      check(
        `${e.name}: mobile TBT`,
        `${formatValue('tbt', mobile.tbt)} ms`,
        '≤ 150 ms',
        holds(mobile.tbt, (v) => v <= 150),
      ),
      check(
        `${e.name}: mobile CLS`,
        formatValue('cls', mobile.cls),
        '≤ 0.010',
        holds(mobile.cls, (v) => v <= 0.01),
      ),
      check(
        `${e.name}: a11y, BP, SEO`,
        categories.map((c) => formatValue(c, mobile[c])).join('/'),
        '= 100',
        categories.every((c) => mobile[c] == null)
          ? null
          : categories.every((c) => mobile[c] === 100),
      ),
      check(
        `${e.name}: first view`,
        formatBytes(fv),
        `≤ ${formatBytes(ENTRANCE_FIRST_VIEW_BUDGET)}`,
        fv <= ENTRANCE_FIRST_VIEW_BUDGET,
      ),
    );
    if (desktop) {
      checks.push(
        check(
          `${e.name}: desktop, all four`,
          CATEGORIES_4.map((c) => formatValue(c, desktop[c])).join('/'),
          '= 100 (perf ≥ 98)',
          holds(desktop.performance, (v) => v >= 98) &&
            categories.every((c) => desktop[c] == null || desktop[c] === 100),
        ),
      );
    }
    return checks;
  });
}

const CATEGORIES_4 = ['performance', 'accessibility', 'best-practices', 'seo'];
