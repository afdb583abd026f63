/**
 * The margin bridge: on random portfolios and random pairs of policies it
 * equals the definition computed client by client in exact rationals
 * (bridge-reference.ts, on the engine reference), its parts add up, the
 * effects vanish when their parameters do not change, and small portfolios
 * give the figures worked out by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { ClientColumns } from '../../../shared/columns';
import { TIERS } from '../../../shared/domain';
import { computePortfolio } from '../../../shared/engine/index';
import { ratRound } from '../../../shared/money';
import {
  DEFAULT_POLICY,
  parsePolicy,
  type Policy,
} from '../../../shared/policy';
import { generateBenchPortfolio } from '../../../shared/sample';
import { computeBridge } from '../../../shared/scenario/bridge';
import type { BridgeRow, PolicyRun } from '../../../shared/scenario/types';
import { buildColumns, type ClientInput } from '../engine/build-columns';
import { policyPairArb, portfolioArb } from './bridge-arbitraries';
import { referenceBridge, referenceTierGp } from './bridge-reference';

function run(columns: ClientColumns, policy: Policy): PolicyRun {
  return { policy, result: computePortfolio(columns, policy) };
}

function bridge(columns: ClientColumns, a: Policy, b: Policy): BridgeRow[] {
  return computeBridge(columns, run(columns, a), run(columns, b));
}

const tierKeys = (p: Policy, keys: readonly string[]) =>
  TIERS.map((t) =>
    keys.map((k) => p.tiers[t][k as keyof Policy['tiers'][typeof t]]),
  );
const same = (x: unknown, y: unknown) =>
  JSON.stringify(x) === JSON.stringify(y);

function pricingSame(a: Policy, b: Policy): boolean {
  const keys = ['price_change', 'min_pepm'];
  return same(tierKeys(a, keys), tierKeys(b, keys));
}

function costSame(a: Policy, b: Policy): boolean {
  const keys = ['csm_ratio', 'onboarding_cost'];
  return same(tierKeys(a, keys), tierKeys(b, keys)) && same(a.costs, b.costs);
}

describe('computeBridge on random portfolios and policy pairs', () => {
  it('equals the definition computed client by client, exactly', () => {
    fc.assert(
      fc.property(portfolioArb, policyPairArb, (clients, [a, b]) => {
        const columns = buildColumns(clients);
        expect(bridge(columns, a, b)).toEqual(referenceBridge(columns, a, b));
      }),
      { numRuns: 300 },
    );
  });

  it('adds up to the cent in every row, and the total row over the tiers', () => {
    fc.assert(
      fc.property(portfolioArb, policyPairArb, (clients, [a, b]) => {
        const rows = bridge(buildColumns(clients), a, b);
        expect(rows.map((r) => r.segment)).toEqual([...TIERS, null]);
        for (const r of rows) {
          const parts =
            r.volume_cents + r.mix_cents + r.price_cents + r.cost_cents;
          expect(parts).toBe(r.total_cents);
          expect(r.before_cents + r.total_cents).toBe(r.after_cents);
          for (const value of Object.values(r))
            if (typeof value === 'number')
              expect(Number.isSafeInteger(value)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("has before and after equal to each segment's exact gross profit, rounded once", () => {
    fc.assert(
      fc.property(portfolioArb, policyPairArb, (clients, [a, b]) => {
        const columns = buildColumns(clients);
        const [runA, runB] = [run(columns, a), run(columns, b)];
        const rows = computeBridge(columns, runA, runB);
        const [gpA, gpB] = [
          referenceTierGp(columns, a),
          referenceTierGp(columns, b),
        ];
        TIERS.forEach((tier, t) => {
          expect(rows[t]!.before_cents).toBe(Number(ratRound(gpA[t]!)));
          expect(rows[t]!.after_cents).toBe(Number(ratRound(gpB[t]!)));
          // And the engine's own margin × revenue, up to its roundings
          // (the margin a double, the revenue rounded to the cent).
          const seg = runB.result.segments.find((s) => s.segment === tier);
          if (seg?.gross_margin != null) {
            const gp = seg.gross_margin * seg.revenue_cents;
            const slack = Math.abs(seg.gross_margin) + 1 + 1e-9 * Math.abs(gp);
            expect(Math.abs(gp - rows[t]!.after_cents)).toBeLessThanOrEqual(
              slack,
            );
          }
        });
        const total = gpA.reduce((sum, gp) => sum + Number(ratRound(gp)), 0);
        expect(Math.abs(rows[4]!.before_cents - total)).toBeLessThanOrEqual(2);
      }),
      { numRuns: 200 },
    );
  });

  it('has no price effect unless a price parameter differs, no cost effect unless a cost one does', () => {
    fc.assert(
      fc.property(portfolioArb, policyPairArb, (clients, [a, b]) => {
        const columns = buildColumns(clients);
        const [runA, runB] = [run(columns, a), run(columns, b)];
        const rows = computeBridge(columns, runA, runB);
        const tiersSame = same(
          [...runA.result.classification.service],
          [...runB.result.classification.service],
        );
        for (const r of rows) {
          if (pricingSame(a, b)) expect(r.price_cents).toBe(0);
          if (costSame(a, b)) expect(r.cost_cents).toBe(0);
          if (tiersSame) {
            expect(r.volume_cents).toBe(0);
            expect(r.mix_cents).toBe(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is all zeros but before and after against the same policy', () => {
    fc.assert(
      fc.property(portfolioArb, policyPairArb, (clients, [a]) => {
        const rows = bridge(buildColumns(clients), a, a);
        for (const r of rows) {
          expect([
            r.volume_cents,
            r.mix_cents,
            r.price_cents,
            r.cost_cents,
          ]).toEqual([0, 0, 0, 0]);
          expect(r.after_cents).toBe(r.before_cents);
        }
      }),
      { numRuns: 100 },
    );
  });
});

/** DESIGN.md's check client: 4 workers, 1 country, 2 tickets, MRR 1,800. */
const CHECK: ClientInput = { workers: 4, countries: 1, tickets: 2, mrr: 1800 };

const policy = (json: object): Policy => parsePolicy(json);

function row(rows: readonly BridgeRow[], segment: string | null) {
  const found = rows.find((r) => r.segment === segment)!;
  const { segment: _, ...cents } = found;
  return cents;
}

const zero = {
  before_cents: 0,
  volume_cents: 0,
  mix_cents: 0,
  price_cents: 0,
  cost_cents: 0,
  total_cents: 0,
  after_cents: 0,
};

describe('computeBridge on small portfolios worked by hand', () => {
  it('values a move from SMB to Mid-Market at the baseline economics (mix)', () => {
    // SMB cost 900 (DESIGN.md); in Mid-Market 500 + 80 + 250 + 320 + 120 + 80 = 1,350.
    const moved = policy({ tiers: { 'Mid-Market': { min_workers: 4 } } });
    const rows = bridge(buildColumns([CHECK]), DEFAULT_POLICY, moved);
    expect(row(rows, 'SMB')).toEqual({
      ...zero,
      before_cents: 90_000,
      mix_cents: -90_000,
      total_cents: -90_000,
    });
    expect(row(rows, 'Mid-Market')).toEqual({
      ...zero,
      mix_cents: 45_000,
      total_cents: 45_000,
      after_cents: 45_000,
    });
    expect(row(rows, null)).toEqual({
      ...zero,
      before_cents: 90_000,
      mix_cents: -45_000,
      total_cents: -45_000,
      after_cents: 45_000,
    });
    expect(row(rows, 'Enterprise')).toEqual(zero);
  });

  it('puts a looser ratio in the after tier in cost, rounded cumulatively', () => {
    // Mid-Market at 1:30: CSM 333.33… instead of 500, so GP 616.666… .
    const moved = policy({
      tiers: { 'Mid-Market': { min_workers: 4, csm_ratio: 30 } },
    });
    const rows = bridge(buildColumns([CHECK, CHECK]), DEFAULT_POLICY, moved);
    expect(row(rows, 'Mid-Market')).toEqual({
      ...zero,
      mix_cents: 90_000,
      cost_cents: 33_333,
      total_cents: 123_333,
      after_cents: 123_333,
    });
  });

  it('puts a price change in price, in the after tier', () => {
    const moved = policy({
      tiers: { 'Mid-Market': { min_workers: 4, price_change: 0.1 } },
    });
    const rows = bridge(buildColumns([CHECK]), DEFAULT_POLICY, moved);
    expect(row(rows, 'Mid-Market')).toEqual({
      ...zero,
      mix_cents: 45_000,
      price_cents: 18_000,
      total_cents: 63_000,
      after_cents: 63_000,
    });
  });

  it('puts a minimum PEPM that raises the client in price', () => {
    // 4 workers × 600 = 2,400 > 1,800: floored, +600 a month.
    const floored = policy({ tiers: { SMB: { min_pepm: 600 } } });
    const rows = bridge(buildColumns([CHECK]), DEFAULT_POLICY, floored);
    expect(row(rows, 'SMB')).toEqual({
      ...zero,
      before_cents: 90_000,
      price_cents: 60_000,
      total_cents: 60_000,
      after_cents: 150_000,
    });
  });

  it('counts a client that gains a tier in volume, at the before economics', () => {
    // No worker count: no tier on workers; SMB on ARR. Cost 200 + 100 + 120 + 80 + 80 = 580.
    const unsized: ClientInput = { countries: 1, tickets: 2, mrr: 1800 };
    const onArr = policy({ size_basis: 'arr' });
    const rows = bridge(buildColumns([unsized, CHECK]), DEFAULT_POLICY, onArr);
    expect(row(rows, 'SMB')).toEqual({
      ...zero,
      before_cents: 90_000,
      volume_cents: 122_000,
      total_cents: 122_000,
      after_cents: 212_000,
    });
    const back = bridge(buildColumns([unsized, CHECK]), onArr, DEFAULT_POLICY);
    expect(row(back, 'SMB').volume_cents).toBe(-122_000);
  });

  it('leaves clients with no known revenue out of every figure', () => {
    const noRevenue: ClientInput = { workers: 4, countries: 1, tickets: 2 };
    const moved = policy({ tiers: { 'Mid-Market': { min_workers: 4 } } });
    const rows = bridge(buildColumns([noRevenue]), DEFAULT_POLICY, moved);
    for (const r of rows) expect(row([r], r.segment)).toEqual(zero);
  });

  it('stays exact where sums pass 2^53 cents, against the reference', () => {
    // Odd amounts whose double sums round (past 2^53 a double is even).
    const huge = 2 ** 52;
    const clients: ClientInput[] = [
      { workers: 300, countries: 9, arrCents: huge + 1, tickets: 10 },
      { workers: 300, countries: 2, arrCents: huge + 2 },
      { workers: 250, countries: 1, arrCents: huge + 5 },
      { workers: 12, countries: 1, arrCents: huge + 3 },
      { workers: 3, countries: 1, arrCents: 120_000 },
      ...Array.from({ length: 40 }, (_, k) => ({
        workers: 400 + k,
        countries: 1,
        arrCents: huge + 2 * k + 1,
      })),
    ];
    const columns = buildColumns(clients);
    const b = policy({
      size_basis: 'higher',
      tiers: {
        Strategic: { min_pepm: 10, price_change: 0.0123 },
        SMB: { min_pepm: 400 },
      },
    });
    expect(bridge(columns, DEFAULT_POLICY, b)).toEqual(
      referenceBridge(columns, DEFAULT_POLICY, b),
    );
  });

  it('agrees with the reference over many chunks of clients', () => {
    const columns = generateBenchPortfolio(40_000, 7);
    const b = policy({
      size_basis: 'higher',
      tiers: {
        'Mid-Market': { min_workers: 16, csm_ratio: 30, min_pepm: 380 },
        SMB: { price_change: 0.05 },
      },
      complexity: { High: { uplift: 0 } },
      costs: { ticket_cost: 35 },
    });
    expect(bridge(columns, DEFAULT_POLICY, b)).toEqual(
      referenceBridge(columns, DEFAULT_POLICY, b),
    );
  });
});
