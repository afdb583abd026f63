import { describe, expect, it } from 'vitest';

import { attachPriorPeriod, classify } from '../../../shared/engine/index';
import { DEFAULT_POLICY } from '../../../shared/policy';
import { buildColumns } from './build-columns';

const prior = buildColumns([
  { id: 'A', workers: 10, arr: 100_000 },
  { id: 'B', workers: 20, arr: 200_000 },
  { id: 'B', workers: 99, arr: 1 },
]);

describe('attachPriorPeriod', () => {
  const current = buildColumns([
    { id: 'A', workers: 12, arr: 100_000 },
    { id: 'B', workers: 20, workersPrior: 25, arr: 150_000 },
    { id: 'C', workers: 5, arr: 10_000 },
    { id: 'a', workers: 5, arr: 10_000 },
  ]);
  const linked = attachPriorPeriod(current, prior);

  it('fills prior workers and ARR by client id', () => {
    expect(Array.from(linked.workersPrior)).toEqual([10, 25, NaN, NaN]);
    expect(Array.from(linked.arrPriorCents)).toEqual([
      10_000_000,
      20_000_000,
      NaN,
      NaN,
    ]);
  });

  it('marks ids absent from the prior period as new (ids are case-sensitive)', () => {
    expect(Array.from(linked.newClient)).toEqual([0, 0, 1, 1]);
  });

  it('leaves the current columns untouched and shares the rest', () => {
    expect(Number.isNaN(current.workersPrior[0]!)).toBe(true);
    expect(linked.clientId).toBe(current.clientId);
    expect(linked.workers).toBe(current.workers);
  });

  it('feeds growth: Expanding, Stable, New', () => {
    const growth = Array.from(classify(linked, DEFAULT_POLICY).growth);
    // A: 10 → 12 (+20 %); B: given prior 25 → 20 (−20 %); C, a: New.
    expect(growth).toEqual([0, 2, 3, 3]);
  });
});
