import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAKED_ATTRS } from '../../../../src/map/colour/bakedAttributes';

const BENCH = join(__dirname, '../../../../scripts/bench');

/** Each selector of the bench's that looks into the drawn-in map (`svg.baked-map …`). */
function bakedSelectors(): string[] {
  return readdirSync(BENCH)
    .filter((name) => name.endsWith('.mjs'))
    .flatMap(
      (name) => readFileSync(join(BENCH, name), 'utf8').match(/svg\.baked-map[^,'"`]*/g) ?? [],
    );
}

describe('the bench finds the drawn-in map by its own attribute names', () => {
  it('names only attributes of BAKED_ATTRS in its selectors', () => {
    const selectors = bakedSelectors();
    expect(selectors.length).toBeGreaterThan(0);
    const known: readonly string[] = Object.values(BAKED_ATTRS);
    const named = selectors.flatMap((s) => [...s.matchAll(/\[(data-[\w-]+)/g)].map((m) => m[1]));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !known.includes(name!))).toEqual([]);
  });
});
