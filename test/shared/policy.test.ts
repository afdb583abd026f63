import { describe, expect, it } from 'vitest';

import {
  DEFAULT_POLICY,
  PolicyError,
  parsePolicy,
  type PolicyIssue,
} from '../../shared/policy';

function issuesOf(patch: unknown): readonly PolicyIssue[] {
  try {
    parsePolicy(patch);
  } catch (error) {
    if (error instanceof PolicyError) return error.issues;
    throw error;
  }
  return [];
}

describe('policy bounds', () => {
  it('bounds shares and targets within 0–100 % and price cuts at −100 %', () => {
    expect(issuesOf({ targets: { max_revenue_share: 1.5 } })).toEqual([
      {
        path: 'targets.max_revenue_share',
        message: 'must be at most 1 (100 %)',
        bound: { kind: 'max', limit: 1, inclusive: true },
      },
    ]);
    expect(issuesOf({ tiers: { SMB: { gm_target: -0.1 } } })[0]).toMatchObject({
      path: 'tiers.SMB.gm_target',
      bound: { kind: 'min', limit: 0 },
    });
    expect(
      issuesOf({ tiers: { SMB: { price_change: -1.5 } } })[0],
    ).toMatchObject({
      path: 'tiers.SMB.price_change',
      bound: { kind: 'min', limit: -1 },
    });
    expect(issuesOf({ tiers: { SMB: { price_change: -1 } } })).toEqual([]);
    expect(issuesOf({ targets: { max_revenue_share: 1 } })).toEqual([]);
  });

  it('names a whole-number rule and an ordering rule with the other key', () => {
    expect(issuesOf({ tiers: { SMB: { csm_ratio: 2.5 } } })).toEqual([
      {
        path: 'tiers.SMB.csm_ratio',
        message: 'must be a whole number',
        bound: { kind: 'whole' },
      },
    ]);
    expect(issuesOf({ tiers: { Strategic: { min_arr: 100 } } })).toEqual([
      {
        path: 'tiers.Strategic.min_arr',
        message:
          "must be above Enterprise's (tiers.Enterprise.min_arr: 300000)",
        bound: {
          kind: 'above',
          other: 'tiers.Enterprise.min_arr',
          limit: 300000,
        },
      },
    ]);
    expect(issuesOf({ growth: { contracting_below: 0.2 } })[0]).toEqual({
      path: 'growth.contracting_below',
      message: 'must not be above growth.expanding_above (0.1)',
      bound: { kind: 'not-above', other: 'growth.expanding_above', limit: 0.1 },
    });
  });

  it('accepts the defaults', () => {
    expect(parsePolicy({})).toEqual(DEFAULT_POLICY);
  });
});
