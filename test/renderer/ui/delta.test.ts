import { describe, expect, it } from 'vitest';

import {
  clientsMoved,
  computeDelta,
  getDeltaTone,
  tierDeltaDirection,
} from '../../../renderer/ui/delta';

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

describe('clientsMoved', () => {
  it('is true only when a baseline count is given and differs', () => {
    expect(clientsMoved(12, 10)).toBe(true);
    expect(clientsMoved(8, 10)).toBe(true);
    expect(clientsMoved(10, 10)).toBe(false);
    expect(clientsMoved(10, undefined)).toBe(false);
  });
});

describe('tierDeltaDirection', () => {
  it('drops the direction only of a figure that follows clients who moved', () => {
    const judged = (followsClients?: boolean, moved?: boolean) =>
      tierDeltaDirection('higher-is-better', { followsClients, moved });
    expect(judged(true, true)).toBe('neutral');
    expect(judged(true, false)).toBe('higher-is-better');
    expect(judged(false, true)).toBe('higher-is-better');
    expect(judged(undefined, true)).toBe('higher-is-better');
    expect(judged()).toBe('higher-is-better');
    expect(
      tierDeltaDirection('lower-is-better', {
        followsClients: true,
        moved: false,
      }),
    ).toBe('lower-is-better');
  });
});
