import { describe, expect, it } from 'vitest';
import { contextStyle, countryStyle, outlined } from '../../../../src/map/colour/countryStyle';
import { lookColors } from '../../../../src/map/colour/lookColors';
import type { CountryLook } from '../../../../src/map/colour/countryStyle';
import { BASE_COLORS, STATUS_COLORS } from '../../../../src/map/colour/palette';
import type { Scheme } from '../../../../src/map/colour/palette';

const PLAIN: CountryLook = {
  paint: 'status-member',
  selected: false,
  highlighted: false,
  uncertain: false,
};

describe('countryStyle', () => {
  const plain = countryStyle(PLAIN);
  const selected = countryStyle({ ...PLAIN, selected: true });
  const highlighted = countryStyle({ ...PLAIN, highlighted: true });
  const uncertain = countryStyle({ ...PLAIN, uncertain: true });

  it('gives Leaflet no colour: the shapes are painted by name, from CSS', () => {
    for (const style of [plain, selected, highlighted, uncertain, contextStyle()]) {
      expect(Object.keys(style)).not.toContain('color');
      expect(Object.keys(style)).not.toContain('fillColor');
    }
  });

  it('fills fully opaque whatever the emphasis, and steps back when dimmed', () => {
    for (const style of [plain, selected, highlighted, uncertain])
      expect(style.fillOpacity).toBe(1);
    expect(countryStyle({ ...PLAIN, dimmed: true }).fillOpacity).toBeLessThan(1);
  });

  it('draws a plain country with a thin solid border', () => {
    expect(plain.weight).toBe(1);
    expect(plain.dashArray).toBeUndefined();
  });

  it('outlines the selected country thickest, then a country of the highlighted event', () => {
    expect(selected.weight).toBeGreaterThan(highlighted.weight!);
    expect(highlighted.weight).toBeGreaterThan(plain.weight!);
  });

  it('dashes the border of an uncertain status', () => {
    expect(uncertain.dashArray).toBeTruthy();
    expect(uncertain).not.toEqual(plain);
  });

  it('lets emphasis win over the dashes, so the focus outline stays solid', () => {
    expect(countryStyle({ ...PLAIN, uncertain: true, selected: true }).dashArray).toBeUndefined();
    expect(
      countryStyle({ ...PLAIN, uncertain: true, highlighted: true }).dashArray,
    ).toBeUndefined();
  });

  it('draws context countries thinner than the 15', () => {
    expect(contextStyle().weight).toBeLessThan(plain.weight!);
  });
});

describe('outlined', () => {
  it('is true for the selected state and a state of the highlighted event, only', () => {
    expect(outlined(PLAIN)).toBe(false);
    expect(outlined({ ...PLAIN, uncertain: true, dimmed: true })).toBe(false);
    expect(outlined({ ...PLAIN, selected: true })).toBe(true);
    expect(outlined({ ...PLAIN, highlighted: true })).toBe(true);
  });
});

describe.each<Scheme>(['light', 'dark'])('lookColors (%s)', (scheme) => {
  const base = BASE_COLORS[scheme];

  it('fills with the paint’s colour and borders in the border colour', () => {
    expect(lookColors(PLAIN, scheme)).toEqual({
      fill: STATUS_COLORS[scheme].member,
      stroke: base.border,
    });
    expect(lookColors({ ...PLAIN, paint: 'status-withdrawn' }, scheme).fill).toBe(
      STATUS_COLORS[scheme].withdrawn,
    );
  });

  it('outlines a selected or highlighted state in the focus colour', () => {
    expect(lookColors({ ...PLAIN, selected: true }, scheme).stroke).toBe(base.focus);
    expect(lookColors({ ...PLAIN, highlighted: true }, scheme).stroke).toBe(base.focus);
  });
});
