import { describe, expect, it } from 'vitest';
import { circlesOf, closeUpLabels } from '../../../src/map/closeUpLabels';
import { inscribedCircle, textHeight, textWidth } from '../../../src/map/labelPlacement';
import { EN } from '../../../src/i18n/en';

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
