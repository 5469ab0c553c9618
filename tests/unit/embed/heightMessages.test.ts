import { describe, expect, it } from 'vitest';
import { heightMessages } from '../../../src/embed/heightMessages';

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
});
