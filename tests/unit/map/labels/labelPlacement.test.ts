import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import topology from '../../../../src/data/geometry/region.topo.json';
import { COUNTRY_CODES } from '../../../../src/data/types';
import { EN } from '../../../../src/i18n/en';
import { insetTiles } from '../../../../src/map/geometry/insetTiles';
import { decodePath } from '../../../../src/map/geometry/compactPath';
import { boxInRing, inRing } from '../../../../src/map/geometry/ringGeometry';
import {
  labelBox,
  LABEL_FONT,
  placeLabels,
  poleOfInaccessibility,
  textHeight,
  textWidth,
  TILED,
} from '../../../../src/map/labels/labelPlacement';
import type { LabelSet } from '../../../../src/map/labels/labelPlacement';
import { labelColors, contrast } from '../../../../src/map/colour/labelColors';
import { ATTENDANCE_COLORS, STATUS_COLORS } from '../../../../src/map/colour/palette';
import { decodeRegion } from '../../../../src/map/geometry/regionGeometry';
import { svgMap } from '../../../../src/map/geometry/svgMap';

const map = svgMap(decodeRegion(topology as unknown as Topology));
const words = { name: EN.m.countries, short: EN.m.countryShort };
const SETS: LabelSet[] = ['wide', 'narrow'];

const rings = decodePath;

describe('label geometry', () => {
  it('reads an outline’s rings from its relative path, in absolute units', () => {
    expect(decodePath('M10 20l5 0 0 5zM-1 -2l1 1')).toEqual([
      [
        [10, 20],
        [15, 20],
        [15, 25],
      ],
      [
        [-1, -2],
        [0, -1],
      ],
    ]);
  });

  it('estimates a size from the words, per character', () => {
    // R 0.72, u 0.6, s 0.6, s 0.6, i 0.35, a 0.6
    expect(textWidth('Russia', 10)).toBeCloseTo(34.7);
    expect(textWidth('Kazakhstan', 10)).toBeGreaterThan(textWidth('Russia', 10));
    expect(textWidth('MM', 10)).toBeGreaterThan(textWidth('ll', 10));
    expect(textHeight('TM', 10)).toBe(7.5);
    expect(textHeight('Kyrgyzstan', 10)).toBe(10);
  });

  it('finds the pole of inaccessibility, not the box centre', () => {
    // An L: its box centre (5, 5) is outside; the pole is in the thick arm.
    const ell: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 4],
      [4, 4],
      [4, 10],
      [0, 10],
    ];
    const [x, y] = poleOfInaccessibility(ell, 0.01);
    expect(boxInRing([x - 1.5, y - 1.5, 3, 3], ell)).toBe(true);
    expect(boxInRing([3, 3, 4, 4], ell)).toBe(false);
  });
});

describe.each(SETS)('the %s labels', (set) => {
  const labels = placeLabels(map.shapes, words, set);
  const tiles = insetTiles(map);
  const font = LABEL_FONT[set];
  const text = (id: (typeof COUNTRY_CODES)[number], form: 'name' | 'short') =>
    form === 'name' ? words.name[id] : words.short[id];

  it('label every one of the 15 states once: on the map, or in its tile', () => {
    const labelled = [...labels.map((l) => l.id), ...tiles.map((t) => t.id)].sort();
    expect(labelled).toEqual([...COUNTRY_CODES].sort());
    for (const label of labels) expect(TILED.has(label.id)).toBe(false);
  });

  it('put each label wholly inside its own state, or on open ground with a leader into it', () => {
    const states = map.shapes.filter((s) => !s.context && COUNTRY_CODES.includes(s.id as never));
    for (const { id, x, y, form, leader } of labels) {
      const shape = map.shapes.find((s) => s.id === id)!;
      const box = labelBox(x, y, text(id, form), font);
      if (!leader) {
        expect(
          rings(shape.d).some((ring) => boxInRing(box, ring)),
          `${id} ${form} at ${x} ${y}`,
        ).toBe(true);
        continue;
      }
      expect(
        rings(shape.d).some((ring) => inRing(leader[0], leader[1], ring)),
        id,
      ).toBe(true);
      // Clear of every state: no outline point in the box, the box in none of them.
      for (const state of states)
        for (const ring of rings(state.d)) {
          const [bx, by, bw, bh] = box;
          expect(
            ring.some(([px, py]) => px >= bx && px <= bx + bw && py >= by && py <= by + bh),
            `${id} over ${state.id}`,
          ).toBe(false);
          expect(inRing(bx + bw / 2, by + bh / 2, ring), `${id} in ${state.id}`).toBe(false);
        }
    }
  });

  it('never overlap each other or a tile', () => {
    const boxes = [
      ...labels.map(({ id, x, y, form }) => ({ id, box: labelBox(x, y, text(id, form), font) })),
      ...tiles.map(({ id, frame }) => ({ id: `${id} tile`, box: frame })),
    ];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart =
          a.box[0] + a.box[2] <= b.box[0] ||
          b.box[0] + b.box[2] <= a.box[0] ||
          a.box[1] + a.box[3] <= b.box[1] ||
          b.box[1] + b.box[3] <= a.box[1];
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }),
    );
  });

  it("show Russia's full name, placed inside Russia's mainland", () => {
    const russia = labels.find((l) => l.id === 'RU')!;
    expect(russia.form).toBe('name');
  });
});

describe('label colours', () => {
  // Mid-tone fills (the dark theme's greys) reach 4.5:1 with neither text colour: there the halo,
  // drawn round every glyph, is what the text stands on.
  it('contrast at least 4.5:1 with their halo, and 3:1 with every map fill in both themes', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const fills = [
        ...Object.values(STATUS_COLORS[scheme]),
        ...Object.values(ATTENDANCE_COLORS[scheme]),
      ];
      for (const fill of fills) {
        const { text, halo } = labelColors(fill, scheme);
        expect(contrast(text, halo), `${scheme} ${fill}`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(text, fill), `${scheme} ${fill}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
