import { describe, expect, it } from 'vitest';

import { computePortfolio } from '../../../shared/engine/index';
import { DEFAULT_POLICY, parsePolicy } from '../../../shared/policy';
import { buildColumns, type ClientInput } from './build-columns';

const smb = (csm: string): ClientInput => ({
  workers: 5,
  countries: 1,
  mrr: 2000,
  csm,
});
const mm = (csm: string): ClientInput => ({
  workers: 20,
  countries: 1,
  mrr: 8000,
  csm,
});
const ent = (csm: string): ClientInput => ({
  workers: 80,
  countries: 1,
  mrr: 28000,
  csm,
});

function hiringOf(clients: ClientInput[], policy = DEFAULT_POLICY) {
  return computePortfolio(buildColumns(clients), policy).hiring;
}

describe('CSMs required and hires', () => {
  it.each([
    [0, 0],
    [1, 1],
    [50, 1],
    [51, 2],
    [100, 2],
    [101, 3],
  ])('%i SMB clients need %i CSMs at 1:50', (clients, required) => {
    const hiring = hiringOf(Array.from({ length: clients }, () => smb('')));
    expect(hiring[0]!.required_csms).toBe(required);
    expect(hiring[0]!.hires_needed).toBe(required);
    expect(hiring[0]!.hires_cost_cents).toBe(required * 12_000_000);
  });

  it('counts clients of the service tier, after uplift', () => {
    const clients = [...Array(4)].map(() => ({ ...mm('a'), countries: 9 }));
    const hiring = hiringOf(clients);
    expect(hiring[1]!.client_count).toBe(0);
    expect(hiring[2]!.client_count).toBe(4);
    expect(hiring[2]!.required_csms).toBe(1);
  });

  it('follows the policy ratio', () => {
    const policy = parsePolicy({ tiers: { 'Mid-Market': { csm_ratio: 3 } } });
    const hiring = hiringOf(
      [...Array(7)].map(() => mm('')),
      policy,
    );
    expect(hiring[1]!.required_csms).toBe(3);
  });

  it('never hires a negative number', () => {
    const hiring = hiringOf([smb('a'), smb('b'), smb('c')]);
    expect(hiring[0]!.current_csms).toBe(3);
    expect(hiring[0]!.hires_needed).toBe(0);
  });
});

describe('current CSMs: each counted once, in the tier of most clients', () => {
  it('places a CSM where most of their clients are', () => {
    const hiring = hiringOf([smb('a'), smb('a'), mm('a'), mm('b')]);
    expect(hiring.map((h) => h.current_csms)).toEqual([1, 1, 0, 0]);
  });

  it('breaks a tie toward the higher tier', () => {
    const hiring = hiringOf([smb('a'), mm('a'), ent('b'), mm('b')]);
    expect(hiring.map((h) => h.current_csms)).toEqual([0, 1, 1, 0]);
  });

  it('does not count clients without a CSM', () => {
    const hiring = hiringOf([smb(''), smb('')]);
    expect(hiring[0]!.current_csms).toBe(0);
    expect(hiring[0]!.hires_needed).toBe(1);
  });
});

describe('the CSM book', () => {
  const clients = [
    ...[...Array(20)].map((_, i) => ({ ...mm('Ana'), id: `M${i}` })),
    { ...smb('Ana'), id: 'S1' },
    { ...smb('Bo'), id: 'S2' },
    { workers: 3, csm: 'Bo', id: 'X1' },
    { ...ent('Cy'), id: 'E1', countries: 9 },
  ];
  const book = computePortfolio(buildColumns(clients), DEFAULT_POLICY).csmBook;

  it('lists every CSM in id order with their clients', () => {
    expect(book.map((row) => row.csm_id)).toEqual(['Ana', 'Bo', 'Cy']);
    expect(book[1]!.client_ids).toEqual(['S2', 'X1']);
    expect(book[0]!.client_ids).toHaveLength(21);
  });

  it('sums the mix, workers and MRR managed', () => {
    expect(book[0]!.segment_mix).toEqual({ SMB: 1, 'Mid-Market': 20 });
    expect(book[0]!.home_tier).toBe('Mid-Market');
    expect(book[0]!.total_workers_managed).toBe(405);
    expect(book[0]!.total_mrr_managed_cents).toBe(16_200_000);
    expect(book[2]!.segment_mix).toEqual({ Strategic: 1 });
  });

  it('scores utilisation as the sum of 1 / ratio, flagging above 1.0', () => {
    expect(book[0]!.utilization_score).toBeCloseTo(1 + 1 / 50, 12);
    expect(book[0]!.over_capacity).toBe(true);
    expect(book[1]!.utilization_score).toBeCloseTo(2 / 50, 12);
    expect(book[2]!.utilization_score).toBeCloseTo(1 / 3, 12);
    expect(book[2]!.over_capacity).toBe(false);
  });

  it('is exactly full, not over, at the ratio', () => {
    const full = computePortfolio(
      buildColumns([...Array(3)].map(() => ({ workers: 300, csm: 'Di' }))),
      DEFAULT_POLICY,
    ).csmBook[0]!;
    expect(full.utilization_score).toBeCloseTo(1, 12);
    expect(full.over_capacity).toBe(false);
  });
});
