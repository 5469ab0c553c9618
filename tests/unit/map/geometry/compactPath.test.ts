import { describe, expect, it } from 'vitest';
import {
  decodePath,
  encodeRing,
  pathBox,
  transformPath,
} from '../../../../src/map/geometry/compactPath';

/*
 * The drawn-in map's outline format, checked against paths written out by hand: the first point
 * absolute, then steps, a minus sign standing in for a space.
 */

const SQUARE = 'M10 20l4 0 0 8-4 0z';

describe('encodeRing', () => {
  it('writes the first point, then each step, a minus sign doing for a space', () => {
    expect(
      encodeRing([
        [10, 20],
        [14, 20],
        [14, 28],
        [10, 28],
      ]),
    ).toBe(SQUARE);
    expect(
      encodeRing([
        [-5, -3],
        [-7, 2],
        [0, 0],
      ]),
    ).toBe('M-5 -3l-2 5 7-2z');
  });

  it('rounds each step as asked, so decimals leave no float error', () => {
    expect(
      encodeRing(
        [
          [0.1, 0.2],
          [0.3, 0.3],
          [0, 0],
        ],
        (n) => Math.round(n * 10) / 10,
      ),
    ).toBe('M0.1 0.2l0.2 0.1-0.3-0.3z');
  });
});

describe('decodePath', () => {
  it('reads each ring back as absolute points', () => {
    expect(decodePath(SQUARE)).toEqual([
      [
        [10, 20],
        [14, 20],
        [14, 28],
        [10, 28],
      ],
    ]);
    expect(decodePath('M0 0l1 0 0 1zM-5 -3l-2 5 7-2z')).toEqual([
      [
        [0, 0],
        [1, 0],
        [1, 1],
      ],
      [
        [-5, -3],
        [-7, 2],
        [0, 0],
      ],
    ]);
  });

  it('is the inverse of encodeRing', () => {
    const ring: [number, number][] = [
      [120, -340],
      [95, -300],
      [140, -310.5],
      [160, -355],
    ];
    expect(decodePath(encodeRing(ring))).toEqual([ring]);
  });
});

describe('pathBox', () => {
  it('is the box (x, y, width, height) around every ring', () => {
    expect(pathBox(SQUARE)).toEqual([10, 20, 4, 8]);
    expect(pathBox(`${SQUARE}M-5 -3l-2 5 7-2z`)).toEqual([-7, -3, 21, 31]);
  });

  it('is null for an empty path', () => {
    expect(pathBox('')).toBeNull();
  });
});

describe('transformPath', () => {
  it('moves and scales every point, and stays compact', () => {
    expect(transformPath(SQUARE, 2, 1, -1)).toBe('M21 39l8 0 0 16-8 0z');
  });
});
