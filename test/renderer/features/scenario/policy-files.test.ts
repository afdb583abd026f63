import { describe, expect, it } from 'vitest';

import {
  policyFileName,
  readPolicyFile,
  toPolicyFileText,
} from '../../../../renderer/features/scenario/policy-files';
import {
  DEFAULT_POLICY,
  PolicyError,
  clonePolicy,
} from '../../../../shared/policy';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('policy files', () => {
  it('round-trips a scenario through its file text', () => {
    const policy = {
      ...clonePolicy(DEFAULT_POLICY, 'Pool Mid-Market'),
      size_basis: 'higher' as const,
    };
    const back = readPolicyFile(
      bytes(toPolicyFileText(policy)),
      'x.json',
      DEFAULT_POLICY,
    );
    expect(back).toEqual(policy);
  });

  it('lays a partial file over the base and names it after the file', () => {
    const back = readPolicyFile(
      bytes('\uFEFF{ "tiers": { "SMB": { "csm_ratio": 60 } } }'),
      'Bigger pool.json',
      DEFAULT_POLICY,
    );
    expect(back.tiers.SMB.csm_ratio).toBe(60);
    expect(back.tiers['Mid-Market']).toEqual(
      DEFAULT_POLICY.tiers['Mid-Market'],
    );
    expect(back.name).toBe('Bigger pool');
  });

  it('refuses unknown keys and bad JSON with a PolicyError', () => {
    expect(() =>
      readPolicyFile(bytes('{ "tierz": {} }'), 'a.json', DEFAULT_POLICY),
    ).toThrow(PolicyError);
    expect(() =>
      readPolicyFile(bytes('{ nope'), 'a.json', DEFAULT_POLICY),
    ).toThrow(PolicyError);
  });

  it('names the file after the policy', () => {
    expect(
      policyFileName(clonePolicy(DEFAULT_POLICY, 'Pool Mid-Market!')),
    ).toBe('tierwise-policy-pool-mid-market.json');
  });
});
