import { describe, expect, it } from 'vitest';
import { contextStyle, countryStyle } from '../../../src/map/countryStyle';
import type { CountryLook } from '../../../src/map/countryStyle';
import { BASE_COLORS } from '../../../src/map/palette';
import type { Scheme } from '../../../src/map/palette';

const PLAIN: CountryLook = {
  fill: '#1d4e89',
  paint: 'status-member',
  selected: false,
  highlighted: false,
  uncertain: false,
};
const SCHEMES: Scheme[] = ['light', 'dark'];

describe.each(SCHEMES)('countryStyle (%s)', (scheme) => {
  const base = BASE_COLORS[scheme];
  const plain = countryStyle(PLAIN, scheme);
  const selected = countryStyle({ ...PLAIN, selected: true }, scheme);
  const highlighted = countryStyle({ ...PLAIN, highlighted: true }, scheme);
  const uncertain = countryStyle({ ...PLAIN, uncertain: true }, scheme);

  it('fills with the look’s colour, fully opaque, whatever the emphasis', () => {
    for (const style of [plain, selected, highlighted, uncertain]) {
      expect(style.fillColor).toBe(PLAIN.fill);
      expect(style.fillOpacity).toBe(1);
    }
  });

  it('draws a plain country with a thin solid border', () => {
    expect(plain).toMatchObject({ color: base.border, weight: 1 });
    expect(plain.dashArray).toBeUndefined();
  });

  it('outlines the selected country thickest, in the focus colour', () => {
    expect(selected.color).toBe(base.focus);
    expect(selected.color).not.toBe(plain.color);
    expect(selected.weight).toBeGreaterThan(highlighted.weight!);
    expect(highlighted.weight).toBeGreaterThan(plain.weight!);
  });

  it('outlines a country of the highlighted event in the focus colour', () => {
    expect(highlighted.color).toBe(base.focus);
  });

  it('dashes the border of an uncertain status', () => {
    expect(uncertain.dashArray).toBeTruthy();
    expect(uncertain).not.toEqual(plain);
  });

  it('lets emphasis win over the dashes, so the focus outline stays solid', () => {
    expect(
      countryStyle({ ...PLAIN, uncertain: true, selected: true }, scheme).dashArray,
    ).toBeUndefined();
    expect(
      countryStyle({ ...PLAIN, uncertain: true, highlighted: true }, scheme).dashArray,
    ).toBeUndefined();
  });

  it('draws context countries in the backdrop colours, thinner than the 15', () => {
    const context = contextStyle(scheme);
    expect(context).toMatchObject({ fillColor: base.context, color: base.contextBorder });
    expect(context.fillColor).not.toBe(plain.fillColor);
    expect(context.weight).toBeLessThan(plain.weight!);
  });
});

it('differs between the light and the dark scheme', () => {
  expect(countryStyle(PLAIN, 'light').color).not.toBe(countryStyle(PLAIN, 'dark').color);
  expect(contextStyle('light').fillColor).not.toBe(contextStyle('dark').fillColor);
});
