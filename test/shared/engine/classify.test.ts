import { describe, expect, it } from 'vitest';

import {
  COMPLEXITIES,
  TIERS,
  UNASSIGNED,
  type Complexity,
  type Tier,
} from '../../../shared/domain';
import { classify } from '../../../shared/engine/index';
import {
  DEFAULT_POLICY,
  parsePolicy,
  type Policy,
} from '../../../shared/policy';
import { buildColumns, type ClientInput } from './build-columns';

function tierName(code: number): Tier | null {
  return code === UNASSIGNED ? null : TIERS[code]!;
}

function complexityName(code: number): Complexity | null {
  return code === UNASSIGNED ? null : COMPLEXITIES[code]!;
}

function classifyOne(client: ClientInput, policy: Policy = DEFAULT_POLICY) {
  const cls = classify(buildColumns([client]), policy);
  return {
    workerTier: tierName(cls.workerTier[0]!),
    arrTier: tierName(cls.arrTier[0]!),
    primary: tierName(cls.primary[0]!),
    complexity: complexityName(cls.complexity[0]!),
    service: tierName(cls.service[0]!),
  };
}

const withBasis = (size_basis: Policy['size_basis']) =>
  parsePolicy({ size_basis });

describe('size tier by workers', () => {
  it.each([
    [1, 'SMB'],
    [10, 'SMB'],
    [11, 'Mid-Market'],
    [50, 'Mid-Market'],
    [51, 'Enterprise'],
    [200, 'Enterprise'],
    [201, 'Strategic'],
    [5000, 'Strategic'],
  ] as const)('%i workers is %s', (workers, tier) => {
    expect(classifyOne({ workers }).workerTier).toBe(tier);
  });

  it('leaves unknown workers unassigned', () => {
    expect(classifyOne({ arr: 100_000 }).workerTier).toBeNull();
  });

  it('leaves a count below the smallest minimum unassigned', () => {
    const policy = parsePolicy({ tiers: { SMB: { min_workers: 2 } } });
    expect(classifyOne({ workers: 1 }, policy).workerTier).toBeNull();
  });
});

describe('size tier by ARR, compared in cents', () => {
  it.each([
    [5_999_999, 'SMB'],
    [6_000_000, 'Mid-Market'],
    [29_999_999, 'Mid-Market'],
    [30_000_000, 'Enterprise'],
    [120_000_000, 'Enterprise'],
    [120_000_001, 'Strategic'],
    [0, 'SMB'],
  ] as const)('%i cents is %s', (arrCents, tier) => {
    expect(classifyOne({ arrCents }).arrTier).toBe(tier);
  });

  it('reads MRR as a twelfth of ARR', () => {
    expect(classifyOne({ mrr: 5000 }).arrTier).toBe('Mid-Market');
    expect(classifyOne({ mrr: 4999.99 }).arrTier).toBe('SMB');
  });
});

describe('primary tier on each basis', () => {
  // workers say Mid-Market (30), ARR says Enterprise (400,000).
  const both = { workers: 30, arr: 400_000 };
  it.each([
    ['workers', both, 'Mid-Market'],
    ['arr', both, 'Enterprise'],
    ['higher', both, 'Enterprise'],
    ['lower', both, 'Mid-Market'],
    ['workers', { arr: 400_000 }, null],
    ['arr', { workers: 30 }, null],
    ['higher', { workers: 30 }, 'Mid-Market'],
    ['higher', { arr: 400_000 }, 'Enterprise'],
    ['lower', { workers: 30 }, 'Mid-Market'],
    ['lower', { arr: 400_000 }, 'Enterprise'],
    ['higher', {}, null],
  ] as const)('%s basis of %j is %s', (basis, client, tier) => {
    expect(classifyOne(client, withBasis(basis)).primary).toBe(tier);
  });

  it.each(['workers', 'arr', 'higher', 'lower'] as const)(
    'the %s basis keeps every boundary inclusive',
    (basis) => {
      const policy = withBasis(basis);
      const edges: [number, number, Tier][] = [
        [10, 5_999_999, 'SMB'],
        [11, 6_000_000, 'Mid-Market'],
        [50, 29_999_999, 'Mid-Market'],
        [51, 30_000_000, 'Enterprise'],
        [200, 120_000_000, 'Enterprise'],
        [201, 120_000_001, 'Strategic'],
      ];
      for (const [workers, arrCents, tier] of edges) {
        expect(classifyOne({ workers, arrCents }, policy).primary).toBe(tier);
      }
    },
  );
});

describe('complexity and service tier', () => {
  it.each([
    [1, 'Low'],
    [2, 'Low'],
    [3, 'Medium'],
    [7, 'Medium'],
    [8, 'High'],
    [30, 'High'],
  ] as const)('%i countries is %s complexity', (countries, complexity) => {
    expect(classifyOne({ workers: 5, countries }).complexity).toBe(complexity);
  });

  it('leaves unknown countries unassigned, with no uplift', () => {
    const tiers = classifyOne({ workers: 5 });
    expect(tiers.complexity).toBeNull();
    expect(tiers.service).toBe('SMB');
  });

  it.each([
    [5, 7, 'SMB'],
    [5, 8, 'Mid-Market'],
    [30, 8, 'Enterprise'],
    [120, 8, 'Strategic'],
    [500, 8, 'Strategic'],
  ] as const)(
    '%i workers in %i countries is served as %s (High lifts one tier, capped)',
    (workers, countries, service) => {
      expect(classifyOne({ workers, countries }).service).toBe(service);
    },
  );

  it('caps a larger uplift at Strategic', () => {
    const policy = parsePolicy({ complexity: { Medium: { uplift: 3 } } });
    expect(classifyOne({ workers: 5, countries: 3 }, policy).service).toBe(
      'Strategic',
    );
  });

  it('lets an approved override replace the service tier', () => {
    const client = {
      workers: 10,
      countries: 12,
      override: 'Enterprise' as const,
    };
    const tiers = classifyOne(client);
    expect(tiers.primary).toBe('SMB');
    expect(tiers.service).toBe('Enterprise');
    expect(classifyOne({ override: 'Strategic' }).service).toBe('Strategic');
  });

  it('gives no service tier without a primary tier', () => {
    expect(classifyOne({ countries: 9 }).service).toBeNull();
  });
});
