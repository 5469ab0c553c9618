/**
 * Optional interaction-latency benchmark for the map's date slider.
 *
 * What "input to next paint" means here: in the page, performance.now() at the keydown (or at
 * the moment we dispatch 'input'), then requestAnimationFrame for the next frame, then a
 * MessageChannel message posted from that rAF callback. The message runs after the frame's
 * style, layout and paint, so its time is when the frame that shows the new state is done.
 * It can include waiting for the next frame tick (up to 16.7 ms at 60 Hz; headless Chromium
 * mostly draws on demand) and any unrelated work of a busy machine, so we also measure a
 * control: the same probe on a key that does nothing (Shift), i.e. what a free handler costs.
 *
 * The fill check: country colours are snapshotted before the input and inside the next rAF
 * callback, i.e. before that frame paints. A change seen there is painted in that frame. A
 * change seen only later (after ~80 ms) means the map updates a frame or more behind the
 * slider (a deferred value, a transition or a timer): reported, not failed.
 */

import { VIEWPORTS } from './sizes.mjs';

const KEY_STEPS = 30;
const JUMP_STEPS = 12;
const CONTROL_STEPS = 15;
const SETTLE_MS = 80;

/**
 * Installed in the page. Exposes window.__benchProbe with arm(), result(), jump(value) and
 * settledChanged(). Kept self-contained: Playwright serialises this function into the page.
 */
function installProbe() {
  const countryPaths = () => {
    const tagged = document.querySelectorAll('path[data-country]');
    return tagged.length > 0 ? tagged : document.querySelectorAll('path.leaflet-interactive');
  };
  // Attribute reads only: computed styles would force a style recalculation and perturb timing.
  // The shapes carry their paint by name (CSS colours them); a page from before that, its fill.
  const fills = () =>
    Array.from(
      countryPaths(),
      (path) => path.getAttribute('data-paint') ?? path.getAttribute('fill') ?? path.style.fill,
    ).join(',');
  const slider = document.querySelector('input[data-bench-slider]');
  let current = null;

  function start(t0) {
    const sample = current;
    if (!sample || sample.t0 !== null) return;
    sample.t0 = t0;
    requestAnimationFrame(() => {
      sample.tRaf = performance.now();
      sample.atFrame = fills();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const t1 = performance.now();
        sample.resolve({
          latency: t1 - sample.t0,
          toFrame: sample.tRaf - sample.t0,
          changedInFrame: sample.atFrame !== sample.before,
          value: slider?.value ?? null,
        });
      };
      channel.port2.postMessage(null);
    });
  }

  // Capture phase on window: runs before React's listener on the root, so t0 is the earliest
  // script-visible moment of the interaction.
  window.addEventListener('keydown', () => start(performance.now()), true);

  window.__benchProbe = {
    pathCount: () => countryPaths().length,
    arm() {
      let resolve;
      const done = new Promise((r) => (resolve = r));
      current = { before: fills(), t0: null, tRaf: 0, atFrame: '', resolve, done };
    },
    result(timeoutMs) {
      const timeout = new Promise((r) => setTimeout(() => r(null), timeoutMs));
      return Promise.race([current.done, timeout]);
    },
    settledChanged: () => fills() !== current.before,
    // Programmatic input, as a pointer drag would produce it. React tracks the value it last
    // rendered, so the value must go through the native setter for onChange to fire.
    jump(value) {
      this.arm();
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const t0 = performance.now();
      setValue.call(slider, String(value));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      start(t0);
    },
  };
}

/** One measured step: `act` performs the input inside the armed probe. */
async function measureStep(page, act) {
  const sample = await act();
  // Jitter between steps, so inputs do not phase-lock with the 60 Hz frame clock.
  await page.waitForTimeout(SETTLE_MS + Math.random() * 17);
  const settledChanged = await page.evaluate(() => window.__benchProbe.settledChanged());
  return sample && { ...sample, settledChanged };
}

async function pressSteps(page, key, count) {
  const samples = [];
  for (let i = 0; i < count; i++) {
    samples.push(
      await measureStep(page, async () => {
        await page.evaluate(() => window.__benchProbe.arm());
        await page.keyboard.press(key);
        return page.evaluate(() => window.__benchProbe.result(1000));
      }),
    );
  }
  return samples.filter(Boolean);
}

async function jumpSteps(page, values) {
  const samples = [];
  for (const value of values) {
    samples.push(
      await measureStep(page, async () => {
        await page.evaluate((v) => window.__benchProbe.jump(v), value);
        return page.evaluate(() => window.__benchProbe.result(1000));
      }),
    );
  }
  return samples.filter(Boolean);
}

/** Evenly spread values over the slider's range, so several status changes are crossed. */
function spreadValues({ min, max, step }, count) {
  const values = [];
  for (let i = 0; i < count; i++) {
    const raw = max - ((max - min) * i) / (count - 1);
    values.push(step > 0 ? min + Math.round((raw - min) / step) * step : raw);
  }
  return values;
}

/** Scrolls the membership chart into view and waits for its code; false when there is none. */
async function showChart(page) {
  const chart = page.locator('.history-chart').first();
  if ((await chart.count()) === 0) return false;
  await chart.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  return true;
}

/** The date slider: a range input whose accessible name mentions "date". */
async function findDateSlider(page) {
  const slider = page
    .getByRole('slider', { name: /date/i })
    .and(page.locator('input[type=range]'))
    .first();
  return (await slider.count()) > 0 ? slider : null;
}

/**
 * Run the benchmark on `url`. Returns { skipped: true, note } when there is no date slider,
 * else the raw samples per phase (keyboard, jumps, control) and the number of country paths.
 */
export async function measureInteraction(browser, url) {
  const context = await browser.newContext({ viewport: { ...VIEWPORTS.desktop } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
    const slider = await findDateSlider(page);
    if (!slider) {
      const ranges = await page.locator('input[type=range]').count();
      return {
        skipped: true,
        note: `no range input named like "Date" on the page (${ranges} other range inputs)`,
      };
    }
    // The map may render after the slider (lazy chunk): give it time, measure without it if not.
    await page
      .locator('path[data-country], path.leaflet-interactive')
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => {});
    await slider.evaluate((el) => el.setAttribute('data-bench-slider', ''));
    await page.evaluate(installProbe);
    const range = await slider.evaluate((el) => ({
      min: Number(el.min || 0),
      max: Number(el.max || 100),
      step: Number(el.step) || 1,
      value: Number(el.value),
    }));
    const pathCount = await page.evaluate(() => window.__benchProbe.pathCount());

    await slider.focus();
    const control = await pressSteps(page, 'Shift', CONTROL_STEPS);
    // Step towards the side with room for all presses, so every press moves the slider.
    const key = range.value + KEY_STEPS * range.step <= range.max ? 'ArrowRight' : 'ArrowLeft';
    const keyboard = await pressSteps(page, key, KEY_STEPS);
    const jumps = await jumpSteps(page, spreadValues(range, JUMP_STEPS));
    // The same keyboard steps with the membership chart on screen (its rule moves with the date):
    // scrolled into view by script, so focus stays on the slider, then given time for the chart's
    // code, which loads as the chart comes on screen.
    const withChart = (await showChart(page))
      ? await pressSteps(page, key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight', KEY_STEPS)
      : [];
    return { skipped: false, key, range, pathCount, control, keyboard, jumps, withChart };
  } finally {
    await context.close();
  }
}
