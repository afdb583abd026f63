/**
 * The engine against the reference (reference.ts) on random portfolios
 * and random policies: every tier equal, every segment amount equal to
 * the exact rational sum rounded once, half away from zero.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { TIERS } from '../../../shared/domain';
import { classify, computePortfolio } from '../../../shared/engine/index';
import { ratRound, ratToNumber, rational } from '../../../shared/money';
import {
  DEFAULT_POLICY,
  parsePolicy,
  type Policy,
} from '../../../shared/policy';
import { buildColumns, type ClientInput } from './build-columns';
import { referenceSegments, referenceTiers } from './reference';

const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.option(arb, { nil: undefined, freq: 4 });

const clientArb: fc.Arbitrary<ClientInput> = fc.record({
  workers: maybe(
    fc.oneof(
      fc.integer({ min: 1, max: 60 }),
      fc.integer({ min: 1, max: 5000 }),
    ),
  ),
  countries: maybe(fc.integer({ min: 1, max: 30 })),
  arrCents: maybe(
    fc.oneof(
      fc.integer({ min: 0, max: 40_000_000 }),
      fc.integer({ min: 0, max: 1_000_000_000_000 }),
      fc.constantFrom(
        5_999_999,
        6_000_000,
        30_000_000,
        120_000_000,
        120_000_001,
      ),
    ),
  ),
  growthPct: fc.option(
    fc.integer({ min: -300_000, max: 300_000 }).map((x) => x / 1e4),
    { nil: undefined, freq: 6 },
  ),
  workersPrior: maybe(fc.integer({ min: 0, max: 5000 })),
  arrPrior: maybe(fc.integer({ min: 0, max: 10_000_000 })),
  newClient: fc.boolean(),
  health: maybe(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(72.5))),
  churned: fc.option(fc.boolean(), { nil: null }),
  csm: fc.constantFrom('', 'Ana', 'Bo', 'Cy', 'Di'),
  tickets: maybe(fc.integer({ min: 0, max: 400 })),
  override: fc.option(fc.constantFrom(...TIERS), { nil: undefined, freq: 8 }),
});

const money = (max: number) =>
  fc.integer({ min: 0, max: max * 100 }).map((cents) => cents / 100);

const tierArb = fc.record({
  csm_ratio: fc.integer({ min: 1, max: 80 }),
  price_change: fc.integer({ min: -5000, max: 5000 }).map((bp) => bp / 10_000),
  min_pepm: fc.option(money(800), { nil: null, freq: 2 }),
  onboarding_cost: money(50_000),
  gm_target: fc.integer({ min: 0, max: 90 }).map((x) => x / 100),
});

const policyArb: fc.Arbitrary<Policy> = fc
  .record({
    size_basis: fc.constantFrom('workers', 'arr', 'higher', 'lower'),
    minWorkers: fc.uniqueArray(fc.integer({ min: 2, max: 400 }), {
      minLength: 3,
      maxLength: 3,
    }),
    minArr: fc.uniqueArray(fc.integer({ min: 1, max: 200_000_000 }), {
      minLength: 3,
      maxLength: 3,
    }),
    tiers: fc.tuple(tierArb, tierArb, tierArb, tierArb),
    uplift: fc.tuple(
      fc.integer({ min: 0, max: 1 }),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 0, max: 3 }),
    ),
    expanding: fc.integer({ min: 0, max: 500_000 }),
    contracting: fc.integer({ min: -500_000, max: 0 }),
    costs: fc.record({
      csm_annual_cost: money(300_000),
      ticket_cost: money(100),
      tickets_per_worker: fc.integer({ min: 0, max: 300 }).map((x) => x / 100),
      onboarding_months: fc.integer({ min: 1, max: 48 }),
      payroll_ops_per_worker: money(200),
      country_ops_per_country: money(300),
      platform_per_client: money(200),
    }),
  })
  .map((p) => {
    const minWorkers = [1, ...p.minWorkers.sort((a, b) => a - b)];
    const minArr = [0, ...p.minArr.sort((a, b) => a - b).map((c) => c / 100)];
    const tiers = Object.fromEntries(
      TIERS.map((tier, t) => [
        tier,
        { ...p.tiers[t]!, min_workers: minWorkers[t]!, min_arr: minArr[t]! },
      ]),
    );
    return parsePolicy({
      size_basis: p.size_basis,
      tiers,
      complexity: {
        Low: { uplift: p.uplift[0] },
        Medium: { uplift: p.uplift[1] },
        High: { uplift: p.uplift[2] },
      },
      growth: {
        expanding_above: p.expanding / 1e6,
        contracting_below: p.contracting / 1e6,
      },
      costs: p.costs,
    });
  });

const portfolioArb = fc.array(clientArb, { minLength: 0, maxLength: 60 });

describe('the engine against the exact reference', () => {
  it('assigns every tier as the rules read', () => {
    fc.assert(
      fc.property(portfolioArb, policyArb, (clients, policy) => {
        const columns = buildColumns(clients);
        const cls = classify(columns, policy);
        for (let i = 0; i < columns.length; i++) {
          const ref = referenceTiers(columns, i, policy);
          expect({
            workerTier: cls.workerTier[i],
            arrTier: cls.arrTier[i],
            primary: cls.primary[i],
            complexity: cls.complexity[i],
            service: cls.service[i],
            growth: cls.growth[i],
          }).toEqual(ref);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sums every segment exactly, rounding once', () => {
    fc.assert(
      fc.property(portfolioArb, policyArb, (clients, policy) => {
        const columns = buildColumns(clients);
        const result = computePortfolio(columns, policy);
        const reference = referenceSegments(columns, policy);
        const bySlot = new Map(
          result.segments.map((s) => [
            s.segment === null ? 4 : TIERS.indexOf(s.segment),
            s,
          ]),
        );
        reference.forEach((ref, slot) => {
          const seg = bySlot.get(slot);
          if (slot === 4 && ref.count === 0) return expect(seg).toBeUndefined();
          expect(seg!.client_count).toBe(ref.count);
          expect(seg!.revenue_known_count).toBe(ref.revenueKnown);
          expect(seg!.total_mrr_cents).toBe(Number(ref.mrrCents));
          expect(seg!.revenue_cents).toBe(Number(ratRound(ref.revenue)));
          expect(seg!.cost_to_serve_cents).toBe(
            ref.cost === null ? null : Number(ratRound(ref.cost)),
          );
          expect(seg!.total_workers).toBe(ref.workers);
          expect(seg!.churn_rate).toBe(
            ref.churnKnown === 0 ? null : ref.churned / ref.churnKnown,
          );
          if (ref.margin === null) expect(seg!.gross_margin).toBeNull();
          else
            expect(seg!.gross_margin).toBeCloseTo(ratToNumber(ref.margin), 12);
        });
        const totalRevenue = reference.reduce(
          (sum, ref) => sum + Number(ratRound(ref.revenue)),
          0,
        );
        expect(
          Math.abs(result.total.revenue_cents - totalRevenue),
        ).toBeLessThanOrEqual(3);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with itself when columns are computed into reused buffers', () => {
    fc.assert(
      fc.property(portfolioArb, policyArb, policyArb, (clients, a, b) => {
        const columns = buildColumns(clients);
        const fresh = computePortfolio(columns, b);
        computePortfolio(columns, a);
        expect(computePortfolio(columns, b).segments).toEqual(fresh.segments);
      }),
      { numRuns: 50 },
    );
  });
});

describe('sums past 2^53', () => {
  it('stays exact when ARR totals pass the range of doubles', () => {
    // The total, 9,200,000,000,000,009 cents, passes 2^53, where doubles
    // hold only even integers: its nearest double would round its MRR
    // (÷ 12) one cent up.
    const clients: ClientInput[] = [
      { workers: 500, arrCents: 4_600_000_000_000_001 },
      { workers: 500, arrCents: 4_600_000_000_000_002 },
      { workers: 500, arrCents: 6 },
    ];
    const result = computePortfolio(buildColumns(clients), DEFAULT_POLICY);
    const strategic = result.segments[3]!;
    const arr = 4_600_000_000_000_001n + 4_600_000_000_000_002n + 6n;
    expect(BigInt(strategic.total_mrr_cents)).toBe(
      ratRound(rational(arr, 12n)),
    );
    expect(strategic.client_count).toBe(3);
    expect(strategic.revenue_cents).toBe(strategic.total_mrr_cents);
  });
});
