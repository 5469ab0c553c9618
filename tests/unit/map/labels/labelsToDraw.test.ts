import { describe, expect, it } from 'vitest';
import { circlesOf, labelsToDraw } from '../../../../src/map/labels/closeUpLabels';
import type { PlacedLabel } from '../../../../src/map/labels/labelPlacement';
import type { Box } from '../../../../src/map/geometry/box';
import { EN } from '../../../../src/i18n/en';

// Three states as boxes, in svgMap's path form (M x y, then relative steps), side by side:
// Kazakhstan 400 × 100 labelled with its name inside; Armenia 40 × 40 with its short form inside;
// Georgia 20 × 10, too slim for any label inside, named beside it on a leader line.
const KAZAKHSTAN = { id: 'KZ', context: false, d: 'M0 0 400 0 0 100 -400 0' };
const ARMENIA = { id: 'AM', context: false, d: 'M500 0 40 0 0 40 -40 0' };
const GEORGIA = { id: 'GE', context: false, d: 'M600 0 20 0 0 10 -20 0' };
const SHAPES = [KAZAKHSTAN, ARMENIA, GEORGIA];
const PLACED: readonly PlacedLabel[] = [
  { id: 'KZ', x: 200, y: 50, form: 'name' },
  { id: 'AM', x: 520, y: 20, form: 'short' },
  { id: 'GE', x: 610, y: 40, form: 'name', leader: [610, 5] },
];
const WORDS = { name: EN.m.countries, short: EN.m.countryShort };
const FONT = 12;
/** Armenia and Georgia are measured for close-ups; Kazakhstan, named inside already, is not. */
const CIRCLES = circlesOf(SHAPES, PLACED);

const draw = (view: Box | null, k: number) =>
  labelsToDraw(SHAPES, PLACED, CIRCLES, view, k, FONT, WORDS);
const byId = (labels: ReturnType<typeof draw>) => new Map(labels.map((l) => [l.id, l]));

describe('labelsToDraw', () => {
  it('draws the whole region’s labels as placed, in the form placed, leaders kept', () => {
    expect(draw(null, 0.5)).toEqual([
      { id: 'KZ', x: 200, y: 50, text: EN.m.countries.KZ, kind: 'placed' },
      { id: 'AM', x: 520, y: 20, text: EN.m.countryShort.AM, kind: 'placed' },
      { id: 'GE', x: 610, y: 40, text: EN.m.countries.GE, kind: 'placed', leader: [610, 5] },
    ]);
    // Not zoomed in without the circles measured either, whatever the view.
    expect(labelsToDraw(SHAPES, PLACED, null, [0, 0, 100, 100], 4, FONT, WORDS)).toEqual(
      draw(null, 0.5),
    );
  });

  it('zoomed in on all three, swaps a small state’s placed label for its close-up name', () => {
    // At 4 px a unit, Armenia's 20-unit inner circle is 80 px: room for its name.
    const labels = byId(draw([-10, -10, 700, 200], 4));
    expect(labels.get('AM')).toEqual({
      id: 'AM',
      x: expect.closeTo(520, 0),
      y: expect.closeTo(20, 0),
      text: EN.m.countries.AM,
      kind: 'close',
    });
    expect(labels.get('KZ')).toMatchObject({ text: EN.m.countries.KZ, kind: 'placed' });
    // One label per state: the close-up replaces the placed one.
    expect(draw([-10, -10, 700, 200], 4).filter((l) => l.id === 'AM')).toHaveLength(1);
  });

  it('leaves out a label the view’s edge would cut, and names the state in the part on screen', () => {
    // The view holds Kazakhstan's right half only: its placed name at x 200 is off screen.
    const view: Box = [250, -20, 200, 140];
    const kazakhstan = byId(draw(view, 2)).get('KZ');
    expect(kazakhstan).toMatchObject({ kind: 'view', text: EN.m.countries.KZ });
    expect(kazakhstan!.x).toBeGreaterThan(250);
    expect(kazakhstan!.x).toBeLessThan(400);
    // Every label drawn lies inside the view.
    for (const label of draw(view, 2)) {
      expect(label.x, label.id).toBeGreaterThan(view[0]);
      expect(label.x, label.id).toBeLessThan(view[0] + view[2]);
    }
  });

  it('falls back to the short form where only it fits in the part on screen', () => {
    // A sliver of Kazakhstan, 60 × 100 units at 1 px a unit: "Kazakhstan" needs ~70 px.
    const kazakhstan = byId(draw([340, -20, 100, 140], 1)).get('KZ');
    expect(kazakhstan).toMatchObject({ kind: 'view', text: EN.m.countryShort.KZ });
  });

  it('draws nothing for a state with no room for any form on screen', () => {
    expect(byId(draw([395, -20, 50, 140], 1)).has('KZ')).toBe(false);
  });

  it('drops a leader’s label the view cuts, without naming its slim state instead', () => {
    // Georgia's leader label sits at y 40, below this view; the state itself is on screen.
    const labels = byId(draw([590, -5, 40, 30], 1));
    expect(labels.has('GE')).toBe(false);
  });
});
