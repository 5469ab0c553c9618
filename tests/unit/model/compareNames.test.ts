import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../../src/data/countries';
import { compareNames } from '../../../src/model/compareNames';
import { decodeRegion } from '../../../src/map/geometry/regionGeometry';
import topology from '../../../src/data/geometry/region.topo.json';
import type { Topology } from 'topojson-specification';

describe('compareNames', () => {
  it('orders names alphabetically', () => {
    expect(
      ['Ukraine', 'Armenia', 'North Korea', 'Norway', 'Azerbaijan'].sort(compareNames),
    ).toEqual(['Armenia', 'Azerbaijan', 'North Korea', 'Norway', 'Ukraine']);
    expect(compareNames('Latvia', 'Latvia')).toBe(0);
  });

  // It is only right for plain ASCII names: every name it sorts must be one, and agree with
  // the locale-aware order.
  const names = [
    ...COUNTRIES.map((country) => country.name),
    ...decodeRegion(topology as unknown as Topology).features.map((f) => f.properties.name),
  ];
  it.each(names)('%s is plain ASCII letters and spaces', (name) => {
    expect(name).toMatch(/^[A-Za-z][A-Za-z ]*$/);
  });
  it('agrees with localeCompare on every country name the page sorts', () => {
    expect([...names].sort(compareNames)).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });
});
