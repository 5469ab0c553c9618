import { describe, expect, it } from 'vitest';
import { circlesOf, closeUpLabels, labelInView } from '../../../../src/map/labels/closeUpLabels';
import { inscribedCircle, textHeight, textWidth } from '../../../../src/map/labels/labelPlacement';
import { clipRing } from '../../../../src/map/geometry/ringGeometry';
import { EN } from '../../../../src/i18n/en';

// A 100 × 40 box for Armenia and one for Georgia, in svgMap's path form (M x y, relative steps).
const ARMENIA = { id: 'AM', context: false, d: 'M0 0 100 0 0 40 -100 0' };
const GEORGIA = { id: 'GE', context: false, d: 'M200 0 100 0 0 40 -100 0' };
const WORDS = { name: EN.m.countries, short: EN.m.countryShort };
const FONT = 12;

/** The zoom (px per unit) at which `text` just fits in a circle of radius r. */
const fitsAt = (text: string, r: number) =>
  Math.hypot(textWidth(text, FONT) / 2, textHeight(text, FONT) / 2) / r;

describe('inscribedCircle', () => {
  it('is the centre of a box and half its short side', () => {
    const { x, y, r } = inscribedCircle(ARMENIA.d);
    expect(x).toBeCloseTo(50, 0);
    expect(y).toBeCloseTo(20, 0);
    expect(r).toBeCloseTo(20, 0);
  });
});

describe('closeUpLabels', () => {
  it('measures only the states without their name inside them on the whole map', () => {
    const inside = { id: 'GE', x: 250, y: 20, form: 'name' } as const;
    expect([...circlesOf([ARMENIA, GEORGIA], [inside]).keys()]).toEqual(['AM']);
    const beside = { ...inside, leader: [250, 20] } as const;
    expect([...circlesOf([ARMENIA, GEORGIA], [beside]).keys()]).toEqual(['AM', 'GE']);
    const short = { ...inside, form: 'short' } as const;
    expect(circlesOf([ARMENIA, GEORGIA], [short]).get('GE')?.nameOnly).toBe(true);
  });

  it('gives a state with its short form inside only its name, once the name fits', () => {
    const circles = circlesOf([GEORGIA], [{ id: 'GE', x: 250, y: 20, form: 'short' }]);
    const r = circles.get('GE')!.r;
    expect(closeUpLabels(circles, fitsAt(EN.m.countryShort.GE, r) * 1.05, FONT, WORDS)).toEqual([]);
    const name = fitsAt(EN.m.countries.GE, r) * 1.05;
    expect(closeUpLabels(circles, name, FONT, WORDS)[0]?.text).toBe(EN.m.countries.GE);
  });

  it('gives a state nothing until its label fits, then the short form, then the name', () => {
    const circles = circlesOf([ARMENIA], []);
    const r = circles.get('AM')!.r;
    const short = fitsAt(EN.m.countryShort.AM, r);
    const name = fitsAt(EN.m.countries.AM, r);
    expect(short).toBeLessThan(name);
    expect(closeUpLabels(circles, short * 0.95, FONT, WORDS)).toEqual([]);
    expect(closeUpLabels(circles, short * 1.05, FONT, WORDS)).toEqual([
      { id: 'AM', x: expect.closeTo(50, 0), y: expect.closeTo(20, 0), text: EN.m.countryShort.AM },
    ]);
    expect(closeUpLabels(circles, name * 1.05, FONT, WORDS)[0]?.text).toBe(EN.m.countries.AM);
  });
});

describe('clipRing', () => {
  it('keeps the part of a ring inside a box, corners where the box cuts it', () => {
    const square = [
      [0, 0],
      [100, 0],
      [100, 100],
      [0, 100],
    ] as const;
    const part = clipRing(square, [50, -10, 100, 60]);
    const xs = part.map((p) => p[0]);
    const ys = part.map((p) => p[1]);
    expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([
      50, 100, 0, 50,
    ]);
  });

  it('is empty for a box beside the ring', () => {
    expect(
      clipRing(
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
        ],
        [20, 20, 5, 5],
      ),
    ).toEqual([]);
  });
});

describe('labelInView', () => {
  // A long state, 400 × 40 units, of which only its right end (x 300–400) is on screen.
  const LONG = 'M0 0 400 0 0 40 -400 0';
  const view = [300, -50, 150, 140] as const;

  const forms = [EN.m.countries.KZ, EN.m.countryShort.KZ];

  it('names the state at the middle of its part on screen, in the longest form that fits', () => {
    const label = labelInView(LONG, view, 2, FONT, forms);
    expect(label?.x).toBeGreaterThan(300);
    expect(label?.x).toBeLessThan(400);
    expect(label?.y).toBeCloseTo(20, 0);
    expect(label?.text).toBe(EN.m.countries.KZ);
    expect(labelInView(LONG, view, 1, FONT, forms)?.text).toBe(EN.m.countryShort.KZ);
  });

  it('gives nothing when the part on screen is too small for any form', () => {
    expect(labelInView(LONG, [395, -50, 100, 140], 1, FONT, ['Kazakhstan', 'KZ'])).toBeNull();
  });
});
