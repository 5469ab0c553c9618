import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import topology from '../../../src/data/geometry/region.topo.json';
import { shareCardSvg } from '../../../src/site/shareCard';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { COUNTRY_CODES, STATUSES } from '../../../src/data/types';
import type { CountryCode } from '../../../src/data/types';
import { statusesAt } from '../../../src/model/status';
import { TIMELINE_END } from '../../../src/model/timeline';
import { decodeRegion } from '../../../src/map/geometry/regionGeometry';
import { svgMap } from '../../../src/map/geometry/svgMap';

const map = svgMap(decodeRegion(topology as unknown as Topology));
const statuses = statusesAt(STATUS_CHANGES, TIMELINE_END);
const WORDS = {
  kicker: 'k',
  title: 't',
  subtitle: 's',
  source: 'src',
  period: 'p',
  labels: Object.fromEntries(STATUSES.map((s) => [s, `label ${s}`])) as Record<
    (typeof STATUSES)[number],
    string
  >,
};

/** The card parsed: each state's painted fill (with its opacity) and the legend's swatches. */
function read(selected: CountryCode | null) {
  const doc = new DOMParser().parseFromString(
    shareCardSvg(map, statuses, selected, WORDS),
    'image/svg+xml',
  );
  const swatches = new Set(
    [...doc.querySelectorAll('rect[rx]')].map((r) => r.getAttribute('fill')),
  );
  const painted = [...doc.querySelectorAll('svg svg path')]
    .filter((p) => p.getAttribute('fill') !== 'none')
    .map((p) => ({
      fill: p.getAttribute('fill'),
      faded: ['fill-opacity', 'opacity'].some((a) => (p.getAttribute(a) ?? '1') !== '1'),
    }));
  return { swatches, painted };
}

describe('the share card', () => {
  it.each([null, 'GE', 'KZ', 'AM'] as const)(
    'with %s chosen paints every state as its legend swatch, none paled',
    (selected) => {
      const { swatches, painted } = read(selected);
      const states = painted.filter((p) => swatches.has(p.fill));
      // All 15 states are painted in a legend colour, and at full strength.
      expect(states).toHaveLength(COUNTRY_CODES.length);
      expect(painted.filter((p) => p.faded)).toEqual([]);
    },
  );
});
