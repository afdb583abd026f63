import { describe, expect, it } from 'vitest';

import {
  KERNEL,
  compilePolicy,
  getPolicyTables,
} from '../../../shared/engine/policy-tables';
import { DEFAULT_POLICY, parsePolicy } from '../../../shared/policy';

describe('compilePolicy', () => {
  const tables = compilePolicy(DEFAULT_POLICY);

  it('reads thresholds in the units of the columns', () => {
    expect(Array.from(tables.minWorkers)).toEqual([1, 11, 51, 201]);
    expect(Array.from(tables.minArrCents)).toEqual([
      0, 6_000_000, 30_000_000, 120_000_001,
    ]);
    expect(Array.from(tables.minCountries)).toEqual([1, 3, 8]);
    expect([tables.expandingPpm, tables.contractingPpm]).toEqual([
      100_000, -100_000,
    ]);
  });

  it('keeps the cost rates exact', () => {
    const { exact } = tables;
    expect(exact.csmAnnualCents).toBe(12_000_000n);
    expect(exact.ticketsPerWorker).toEqual({ num: 1n, den: 2n });
    expect(exact.varScale).toBe(2n);
    // A ticket-less worker costs 0.5 × 40 USD = 20 USD, scaled by 2.
    expect(tables.varWorkerNoTicket).toBe(4000);
    expect(tables.varTicket).toBe(8000);
    expect(tables.fixedCostCents[0]).toBeCloseTo(20_000 + 10_000 + 8_000, 9);
    expect(Number.isNaN(tables.fixedCostCents[4]!)).toBe(true);
  });

  it('packs the kernel array at the KERNEL offsets', () => {
    const k = tables.kernel;
    expect(k.length).toBe(KERNEL.LENGTH);
    expect(k[KERNEL.MIN_ARR + 3]).toBe(120_000_001);
    expect(k[KERNEL.MIN_COUNTRIES + 2]).toBe(8);
    expect(k[KERNEL.EXPANDING_PPM]).toBe(100_000);
    expect(k[KERNEL.VAR_SCALE]).toBe(2);
    expect(k[KERNEL.HAS_FLOOR]).toBe(0);
    expect(Array.from(k.subarray(KERNEL.UPLIFT, KERNEL.UPLIFT + 4))).toEqual([
      0, 0, 1, 0,
    ]);
    expect(k[KERNEL.PER_TIER + 8 + 1]).toBeCloseTo(1 / 12, 15);
  });

  it('compiles floors and price changes', () => {
    const policy = parsePolicy({
      tiers: { SMB: { min_pepm: 451.25, price_change: -0.05 } },
    });
    const t = compilePolicy(policy);
    expect(t.hasFloor).toBe(true);
    expect(t.exact.floorCents[0]).toBe(45_125n);
    expect(t.exact.priceFactor[0]).toEqual({ num: 19n, den: 20n });
    expect(t.kernel[KERNEL.HAS_FLOOR]).toBe(1);
    // Floored when workers × 12 × 20 × 45,125 > ARR × 19.
    expect(t.floorRight[0]).toBe(12 * 20 * 45_125);
    expect(t.floorLeft[0]).toBe(19);
  });

  it('reads tickets per worker to the millionth', () => {
    const policy = parsePolicy({ costs: { tickets_per_worker: 0.1234567 } });
    expect(compilePolicy(policy).exact.ticketsPerWorker).toEqual({
      num: 123457n,
      den: 1_000_000n,
    });
  });

  it('caches per policy object', () => {
    expect(getPolicyTables(DEFAULT_POLICY)).toBe(
      getPolicyTables(DEFAULT_POLICY),
    );
  });
});
