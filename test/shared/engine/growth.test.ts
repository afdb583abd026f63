import { describe, expect, it } from 'vitest';

import { GROWTHS, UNASSIGNED, type Growth } from '../../../shared/domain';
import { keyOfChange, keyOfPpm } from '../../../shared/engine/growth-key';
import { classify } from '../../../shared/engine/index';
import {
  DEFAULT_POLICY,
  parsePolicy,
  type Policy,
} from '../../../shared/policy';
import { buildColumns, type ClientInput } from './build-columns';

function growthOf(client: ClientInput, policy: Policy = DEFAULT_POLICY) {
  const code = classify(buildColumns([client]), policy).growth[0]!;
  return code === UNASSIGNED ? null : (GROWTHS[code]! as Growth);
}

describe('growth from a given growth figure', () => {
  it.each([
    [10.0001, 'Expanding'],
    [10, 'Stable'],
    [0, 'Stable'],
    [-10, 'Stable'],
    [-10.0001, 'Contracting'],
    [150, 'Expanding'],
  ] as const)('%f %% is %s', (growthPct, growth) => {
    expect(growthOf({ workers: 5, growthPct })).toBe(growth);
  });

  it('prefers the given figure to the prior quarter', () => {
    expect(growthOf({ workers: 20, workersPrior: 10, growthPct: 0 })).toBe(
      'Stable',
    );
  });
});

describe('growth derived from the prior quarter, exactly', () => {
  it.each([
    [7000, 7700, 'Stable'],
    [7000, 7701, 'Expanding'],
    [7000, 6300, 'Stable'],
    [7000, 6299, 'Contracting'],
    [10, 11, 'Stable'],
    [10, 12, 'Expanding'],
    [10, 9, 'Stable'],
    [10, 8, 'Contracting'],
  ] as const)('workers %i → %i is %s', (workersPrior, workers, growth) => {
    expect(growthOf({ workers, workersPrior })).toBe(growth);
  });

  it.each([
    [700_000, 770_000, 'Stable'],
    [700_000, 770_000.01, 'Expanding'],
    [700_000, 629_999.99, 'Contracting'],
  ] as const)(
    'ARR %f → %f is %s when no prior workers are known',
    (arrPrior, arr, growth) => {
      expect(growthOf({ workers: 5, arr, arrPrior })).toBe(growth);
    },
  );

  it('measures on workers before ARR', () => {
    const client = { workers: 7700, workersPrior: 7000, arr: 2, arrPrior: 1 };
    expect(growthOf(client)).toBe('Stable');
  });

  it('compares exactly at thresholds no double can hold', () => {
    const policy = parsePolicy({
      growth: { expanding_above: 0.123457, contracting_below: -0.3 },
    });
    // 1,000,000 → 1,123,457 is exactly +12.3457 %: not above.
    expect(growthOf({ workers: 1_123_457, workersPrior: 1e6 }, policy)).toBe(
      'Stable',
    );
    expect(growthOf({ workers: 1_123_458, workersPrior: 1e6 }, policy)).toBe(
      'Expanding',
    );
  });

  it('stays exact where the products pass 2^53 (the BigInt path)', () => {
    // ARR of 10^15 cents before: +10 % exactly is 1.1 × 10^15 cents.
    const prior = { workers: 5, arrPrior: 1e13 };
    expect(growthOf({ ...prior, arrCents: 1_100_000_000_000_000 })).toBe(
      'Stable',
    );
    expect(growthOf({ ...prior, arrCents: 1_100_000_000_000_001 })).toBe(
      'Expanding',
    );
    expect(growthOf({ ...prior, arrCents: 899_999_999_999_999 })).toBe(
      'Contracting',
    );
  });
});

describe('New and unknown growth', () => {
  it('is New for a client absent from a known prior period', () => {
    expect(growthOf({ workers: 5, newClient: true })).toBe('New');
  });

  it('is unassigned when nothing is known of a prior quarter', () => {
    expect(growthOf({ workers: 5 })).toBeNull();
  });

  it('is unassigned when the prior value is zero', () => {
    expect(growthOf({ workers: 5, arr: 100, arrPrior: 0 })).toBeNull();
  });
});

describe('growth keys', () => {
  it.each([
    [7000, 7700, 200_000],
    [7000, 7701, 200_285],
    [3, 2, -666_667],
    [3, 4, 666_667],
    [10, 10, 0],
  ])('%i → %i has key %i', (prior, now, key) => {
    expect(keyOfChange(now, prior)).toBe(key);
  });

  it('keys a given ppm, whole or not', () => {
    expect(keyOfPpm(100_000)).toBe(200_000);
    expect(keyOfPpm(100_000.5)).toBe(200_001);
    expect(keyOfPpm(-100_000.5)).toBe(-200_001);
  });

  it('agrees in doubles and in BigInt', () => {
    // 2^40 is far inside doubles' range; scaled by 10^6 it is not.
    const prior = 2 ** 40 + 3;
    const now = prior + 1_234_567;
    const bigKey =
      2 * Number(((BigInt(now) - BigInt(prior)) * 1_000_000n) / BigInt(prior)) +
      1;
    expect(keyOfChange(now, prior)).toBe(bigKey);
  });
});
