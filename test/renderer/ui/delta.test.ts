import { describe, expect, it } from 'vitest';

import { computeDelta, getDeltaTone } from '../../../renderer/ui/delta';

describe('getDeltaTone', () => {
  it.each([
    [5, 'higher-is-better', 'good'],
    [-5, 'higher-is-better', 'bad'],
    [5, 'lower-is-better', 'bad'],
    [-1, 'lower-is-better', 'good'],
    [3, 'neutral', 'neutral'],
    [0, 'higher-is-better', 'neutral'],
    [1e-12, 'lower-is-better', 'neutral'],
    [null, 'higher-is-better', 'neutral'],
    [Number.NaN, 'lower-is-better', 'neutral'],
  ] as const)('%s when %s is %s', (change, direction, tone) => {
    expect(getDeltaTone(change, direction)).toBe(tone);
  });
});

describe('computeDelta', () => {
  it('subtracts the baseline and colours fewer hires green', () => {
    expect(computeDelta(3, 5, 'lower-is-better')).toEqual({
      value: 3,
      baseline: 5,
      change: -2,
      tone: 'good',
    });
  });

  it('has no change when either side is unknown', () => {
    expect(computeDelta(null, 5, 'higher-is-better').change).toBeNull();
    expect(computeDelta(0.5, null, 'higher-is-better').tone).toBe('neutral');
    expect(computeDelta(Number.NaN, 1, 'neutral').change).toBeNull();
  });

  it('colours a lower margin red', () => {
    expect(computeDelta(0.48, 0.52, 'higher-is-better').tone).toBe('bad');
  });
});
