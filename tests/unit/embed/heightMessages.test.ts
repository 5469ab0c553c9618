import { describe, expect, it } from 'vitest';
import { heightMessages, isHeightMessage, MAX_HEIGHT } from '../../../src/embed/heightMessages';

describe('heightMessages', () => {
  it('posts our format and AMP’s, and no Pym string without a childId', () => {
    expect(heightMessages(812, null)).toEqual([
      { type: 'cis-explainer:height', height: 812, id: null },
      { sentinel: 'amp', type: 'embed-size', height: 812 },
    ]);
  });

  it('adds the exact Pym.js string when a childId is given, echoing the id in ours', () => {
    expect(heightMessages(812, 'abc')).toEqual([
      { type: 'cis-explainer:height', height: 812, id: 'abc' },
      { sentinel: 'amp', type: 'embed-size', height: 812 },
      'pymxPYMxabcxPYMxheightxPYMx812',
    ]);
  });

  it('rounds a fractional height up so every format carries the same whole number', () => {
    const [ours, amp, pym] = heightMessages(640.2, 'x');
    expect(ours).toEqual({ type: 'cis-explainer:height', height: 641, id: 'x' });
    expect(amp).toEqual({ sentinel: 'amp', type: 'embed-size', height: 641 });
    expect(pym).toBe('pymxPYMxxxPYMxheightxPYMx641');
  });

  it('carries nothing but the height (and the id the parent chose)', () => {
    const [ours, amp] = heightMessages(500, 'abc');
    expect(Object.keys(ours as object).sort()).toEqual(['height', 'id', 'type']);
    expect(Object.keys(amp as object).sort()).toEqual(['height', 'sentinel', 'type']);
  });

  it('produces messages its own validator accepts', () => {
    expect(isHeightMessage(heightMessages(500, null)[0])).toBe(true);
    expect(isHeightMessage(heightMessages(500, 'abc')[0])).toBe(true);
  });
});

describe('isHeightMessage', () => {
  const type = 'cis-explainer:height';

  it.each([
    ['with a null id', { type, height: 812, id: null }],
    ['with a string id', { type, height: 812, id: 'abc' }],
    ['without an id', { type, height: 812 }],
    ['at zero', { type, height: 0 }],
    ['at the maximum', { type, height: MAX_HEIGHT }],
    ['with a fractional height', { type, height: 812.5 }],
  ])('accepts our format %s', (_, data) => {
    expect(isHeightMessage(data)).toBe(true);
  });

  it.each([
    ['NaN', { type, height: Number.NaN }],
    ['Infinity', { type, height: Number.POSITIVE_INFINITY }],
    ['-Infinity', { type, height: Number.NEGATIVE_INFINITY }],
    ['a string height', { type, height: '500px' }],
    ['a numeric string height', { type, height: '500' }],
    ['a negative height', { type, height: -5 }],
    ['a huge height', { type, height: 1e9 }],
    ['just over the maximum', { type, height: MAX_HEIGHT + 1 }],
    ['a boxed number', { type, height: Object(500) }],
    ['a missing height', { type }],
    ['a null height', { type, height: null }],
    ['another type', { type: 'embed-size', height: 500 }],
    ['AMP’s format', { sentinel: 'amp', type: 'embed-size', height: 500 }],
    ['a numeric id', { type, height: 500, id: 7 }],
    ['an extra key', { type, height: 500, url: 'javascript:alert(1)' }],
    ['the Pym string', 'pymxPYMxabcxPYMxheightxPYMx500'],
    ['a bare number', 500],
    ['null', null],
    ['undefined', undefined],
    ['an array', [type, 500]],
    ['a class instance', Object.assign(new (class Fake {})(), { type, height: 500 })],
    ['a Map', new Map([['type', type]])],
  ])('rejects %s', (_, data) => {
    expect(isHeightMessage(data)).toBe(false);
  });
});
