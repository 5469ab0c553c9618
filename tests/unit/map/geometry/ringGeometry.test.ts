import { describe, expect, it } from 'vitest';
import {
  area,
  boxInRing,
  clipRing,
  inRing,
  signedDistance,
  toSegment,
} from '../../../../src/map/geometry/ringGeometry';
import type { Ring } from '../../../../src/map/geometry/ringGeometry';

const SQUARE: Ring = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
];

describe('toSegment', () => {
  it('steps to the nearest point of a segment: square to its middle, else to an end', () => {
    expect(toSegment([5, 3], [0, 0], [10, 0])).toEqual([0, -3]);
    expect(toSegment([-4, 3], [0, 0], [10, 0])).toEqual([4, -3]);
    expect(toSegment([2, 2], [1, 1], [1, 1])).toEqual([-1, -1]);
  });
});

describe('area, inRing and signedDistance', () => {
  it('measure a square', () => {
    expect(area(SQUARE)).toBe(100);
    expect(area([...SQUARE].reverse())).toBe(100);
    expect(inRing(5, 5, SQUARE)).toBe(true);
    expect(inRing(15, 5, SQUARE)).toBe(false);
    expect(signedDistance(5, 3, SQUARE)).toBe(3);
    expect(signedDistance(13, 14, SQUARE)).toBe(-5);
  });
});

describe('clipRing', () => {
  it('keeps the part of a ring inside a box (x, y, width, height)', () => {
    const clipped = clipRing(SQUARE, [5, -5, 20, 10]);
    expect(area(clipped)).toBeCloseTo(25);
    for (const [x, y] of clipped) {
      expect(x).toBeGreaterThanOrEqual(5);
      expect(y).toBeLessThanOrEqual(5);
    }
  });

  it('gives nothing for a box apart from the ring, the whole ring for a box around it', () => {
    expect(clipRing(SQUARE, [20, 20, 5, 5])).toEqual([]);
    expect(area(clipRing(SQUARE, [-1, -1, 12, 12]))).toBe(100);
  });
});

describe('boxInRing', () => {
  it('holds for a box wholly inside, not for one across the outline', () => {
    expect(boxInRing([2, 2, 3, 3], SQUARE)).toBe(true);
    expect(boxInRing([8, 2, 4, 3], SQUARE)).toBe(false);
  });
});
