import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import topology from '../../../../src/data/geometry/region.topo.json';
import { COUNTRY_CODES } from '../../../../src/data/types';
import type { ProjectedBox } from '../../../../src/map/geometry/fitView';
import {
  FOCUS,
  focusBox,
  regionBoxes,
  sameBox,
  viewOf,
} from '../../../../src/map/geometry/focusBox';
import { decodeRegion } from '../../../../src/map/geometry/regionGeometry';

const box = (minX: number, minY: number, maxX: number, maxY: number): ProjectedBox => ({
  minX,
  minY,
  maxX,
  maxY,
});
const width = (b: ProjectedBox) => b.maxX - b.minX;
const height = (b: ProjectedBox) => b.maxY - b.minY;
const inside = (inner: ProjectedBox, outer: ProjectedBox, slack = 1e-9) =>
  inner.minX >= outer.minX - slack &&
  inner.minY >= outer.minY - slack &&
  inner.maxX <= outer.maxX + slack &&
  inner.maxY <= outer.maxY + slack;

describe('viewOf', () => {
  it('widens a tall box to the aspect about its centre, and heightens a wide one', () => {
    expect(viewOf(box(0, 0, 1, 2), 2)).toEqual(box(-1.5, 0, 2.5, 2));
    expect(viewOf(box(0, 0, 4, 1), 2)).toEqual(box(0, -0.5, 4, 1.5));
  });
});

describe('focusBox on a made-up region', () => {
  const whole = box(0, 0, 2, 1); // a 2:1 region in a 2:1 view

  it('magnifies a small state until it fills the share of the shorter side, centred on it', () => {
    const state = box(0.95, 0.45, 1.05, 0.5); // 0.1 wide: a tenth of the view's height
    const focus = focusBox(state, whole, 400, 200, {
      share: 0.5,
      maxPixels: 1000,
      maxGain: 16,
      minGain: 1.25,
    });
    expect(width(focus) / height(focus)).toBeCloseTo(2, 9);
    expect(height(focus)).toBeCloseTo(0.2, 9); // the state's 0.1 is half of it
    expect((focus.minX + focus.maxX) / 2).toBeCloseTo(1, 9);
    expect((focus.minY + focus.maxY) / 2).toBeCloseTo(0.475, 9);
  });

  it('stops at the largest magnification', () => {
    const speck = box(1, 0.5, 1.001, 0.501);
    const focus = focusBox(speck, whole, 400, 200, {
      share: 0.5,
      maxPixels: 1000,
      maxGain: 4,
      minGain: 1.25,
    });
    expect(width(focus)).toBeCloseTo(0.5, 9);
  });

  it('keeps the view inside the whole frame: a state at the edge is not centred into emptiness', () => {
    const corner = box(0, 0, 0.05, 0.05);
    const focus = focusBox(corner, whole, 400, 200, {
      share: 0.5,
      maxPixels: 1000,
      maxGain: 16,
      minGain: 1.25,
    });
    expect(inside(focus, whole)).toBe(true);
    expect(focus.minX).toBeCloseTo(0, 9);
    expect(focus.minY).toBeCloseTo(0, 9);
    expect(inside(corner, focus)).toBe(true);
  });

  it('leaves the whole region in view for a state that already reads well', () => {
    const large = box(0, 0, 1.5, 0.9);
    expect(focusBox(large, whole, 400, 200)).toEqual(viewOf(whole, 2));
  });

  it('fits a view of another shape: the result has the view’s aspect', () => {
    const state = box(0.95, 0.45, 1.05, 0.5);
    const focus = focusBox(state, whole, 300, 400);
    expect(width(focus) / height(focus)).toBeCloseTo(0.75, 9);
    expect(inside(state, focus)).toBe(true);
  });
});

describe('focusBox on the real boundaries', () => {
  const region = decodeRegion(topology as unknown as Topology);
  const boxes = regionBoxes(region);
  // The map at 375 px: 343 × 260, padded 16 px each side (FitRegion), so 311 × 228 usable.
  const [usableW, usableH] = [343 - 32, 260 - 32];
  const view = viewOf(boxes.whole, usableW / usableH);
  const pixels = usableW / width(view);

  it.each(COUNTRY_CODES)('%s is at least 40 px across and wholly in view at 375 px', (code) => {
    const state = boxes.states[code];
    if (!state) throw new Error(`no box for ${code}`);
    const focus = focusBox(state, boxes.whole, usableW, usableH);
    const scale = pixels * (width(view) / width(focus));
    expect(Math.max(width(state), height(state)) * scale).toBeGreaterThanOrEqual(40);
    expect(inside(state, focus)).toBe(true);
    expect(inside(focus, view, 1e-9)).toBe(true);
  });

  it('magnifies the small states and leaves Russia with the whole region', () => {
    const armenia = focusBox(boxes.states['AM']!, boxes.whole, usableW, usableH);
    expect(width(view) / width(armenia)).toBeGreaterThan(4);
    expect(sameBox(focusBox(boxes.states['RU']!, boxes.whole, usableW, usableH), view)).toBe(true);
  });

  it('on a desktop map, brings a state to 100 px, not a third of the view', () => {
    const [w, h] = [812 - 32, 508 - 32];
    const desk = viewOf(boxes.whole, w / h);
    const moldova = boxes.states['MD']!;
    const focus = focusBox(moldova, boxes.whole, w, h);
    const across = (Math.max(width(moldova), height(moldova)) * w) / width(focus);
    expect(across).toBeCloseTo(100, 6);
    expect(inside(focus, desk, 1e-9)).toBe(true);
  });

  it('has a box for each of the 15 and none for the backdrop', () => {
    expect(Object.keys(boxes.states).sort()).toEqual([...COUNTRY_CODES].sort());
    expect(FOCUS.maxGain).toBeLessThanOrEqual(16); // FitRegion's maximum zoom is +4 (16×)
  });
});
