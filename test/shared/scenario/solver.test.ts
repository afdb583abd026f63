/**
 * The break-even solver, held to the engine: on random portfolios and
 * policies the solved ratio meets the tier's target and one client fewer
 * per CSM does not, the solved minimum PEPM meets it and one cent less does
 * not, and the exact solution needs no nudge from the engine check. Then
 * the statuses on hand-built portfolios.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { TIERS, type Tier } from '../../../shared/domain';
import { computePortfolio } from '../../../shared/engine/portfolio';
import {
  DEFAULT_POLICY,
  parsePolicy,
  validatePolicy,
  type Policy,
  type TierPolicy,
} from '../../../shared/policy';
import {
  solveBreakEven,
  solveBreakEvenExactly,
} from '../../../shared/scenario/solver';
import { buildColumns, type ClientInput } from '../engine/build-columns';

type Columns = ReturnType<typeof buildColumns>;

function withTier(policy: Policy, tier: Tier, patch: Partial<TierPolicy>) {
  const tiers = {
    ...policy.tiers,
    [tier]: { ...policy.tiers[tier], ...patch },
  };
  return validatePolicy({ ...policy, tiers });
}

/** Whether the engine finds the tier's target met under the policy. */
function met(columns: Columns, policy: Policy, tier: Tier): boolean | null {
  const row = computePortfolio(columns, policy).segments.find(
    (s) => s.segment === tier,
  )!;
  return row.gm_target_met;
}

const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.option(arb, { nil: undefined, freq: 5 });

const clientArb: fc.Arbitrary<ClientInput> = fc.record({
  workers: maybe(
    fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 800 })),
  ),
  countries: maybe(fc.integer({ min: 1, max: 12 })),
  arrCents: maybe(
    fc.oneof(
      fc.integer({ min: 0, max: 50_000_000 }),
      fc.integer({ min: 0, max: 2_000_000_000 }),
    ),
  ),
  tickets: maybe(fc.integer({ min: 0, max: 200 })),
  override: fc.option(fc.constantFrom(...TIERS), { nil: undefined, freq: 10 }),
});

const money = (max: number) =>
  fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);

const tierArb = fc.record({
  csm_ratio: fc.integer({ min: 1, max: 80 }),
  price_change: fc.integer({ min: -9000, max: 5000 }).map((bp) => bp / 10_000),
  min_pepm: fc.option(money(800), { nil: null, freq: 3 }),
  onboarding_cost: money(50_000),
  gm_target: fc.oneof(
    fc.integer({ min: 0, max: 95 }).map((x) => x / 100),
    fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000),
  ),
});

const policyArb: fc.Arbitrary<Policy> = fc
  .record({
    size_basis: fc.constantFrom('workers', 'arr', 'higher', 'lower'),
    tiers: fc.tuple(tierArb, tierArb, tierArb, tierArb),
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
  .map((p) =>
    parsePolicy({
      size_basis: p.size_basis,
      tiers: Object.fromEntries(TIERS.map((tier, t) => [tier, p.tiers[t]!])),
      costs: p.costs,
    }),
  );

const portfolioArb = fc.array(clientArb, { minLength: 0, maxLength: 40 });

describe('solveBreakEven on random portfolios', () => {
  it('gives the loosest ratio that meets the target: met at it, missed one below', () => {
    fc.assert(
      fc.property(portfolioArb, policyArb, (clients, policy) => {
        const columns = buildColumns(clients);
        for (const row of solveBreakEven(columns, policy)) {
          const at = (ratio: number) =>
            met(
              columns,
              withTier(policy, row.tier, { csm_ratio: ratio }),
              row.tier,
            );
          if (row.ratio_status === 'solved') {
            expect(at(row.ratio!)).toBe(true);
            expect(at(row.ratio! - 1)).toBe(false);
          } else if (row.ratio_status === 'always_met') {
            expect(row.ratio).toBe(1);
            expect(at(1)).toBe(true);
          } else {
            expect(row.ratio).toBeNull();
            // Even a CSM shared by a million clients does not meet it.
            expect(at(1_000_000)).not.toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the lowest minimum PEPM that meets the target: met at it, missed a cent below', () => {
    fc.assert(
      fc.property(portfolioArb, policyArb, (clients, policy) => {
        const columns = buildColumns(clients);
        for (const row of solveBreakEven(columns, policy)) {
          const at = (cents: number | null) =>
            met(
              columns,
              withTier(policy, row.tier, {
                min_pepm: cents === null ? null : cents / 100,
              }),
              row.tier,
            );
          if (row.min_pepm_status === 'solved') {
            expect(at(row.min_pepm_cents!)).toBe(true);
            // Missed, or unknown when no revenue is left without a floor.
            expect(at(row.min_pepm_cents! - 1)).not.toBe(true);
            expect(at(null)).not.toBe(true);
          } else if (row.min_pepm_status === 'always_met') {
            expect(row.min_pepm_cents).toBeNull();
            expect(at(null)).toBe(true);
          } else {
            expect(row.min_pepm_cents).toBeNull();
            expect(at(100_000_000)).not.toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('solves exactly: the engine check never has to move the answer', () => {
    fc.assert(
      fc.property(portfolioArb, policyArb, (clients, policy) => {
        const columns = buildColumns(clients);
        const exact = solveBreakEvenExactly(columns, policy);
        solveBreakEven(columns, policy).forEach((row, t) => {
          expect([row.ratio, row.ratio_status]).toEqual([
            exact[t]!.ratio.value,
            exact[t]!.ratio.status,
          ]);
          expect([row.min_pepm_cents, row.min_pepm_status]).toEqual([
            exact[t]!.floor.value,
            exact[t]!.floor.status,
          ]);
        });
      }),
      { numRuns: 150 },
    );
  });
});

/** n SMB clients of 5 workers, 1 country, no tickets, at an MRR each. */
function smbClients(n: number, mrr: number): ClientInput[] {
  return Array.from({ length: n }, () => ({
    workers: 5,
    countries: 1,
    tickets: 0,
    mrr,
  }));
}

describe('solveBreakEven statuses', () => {
  // 5 workers, 1 country, no tickets in SMB: CSM 10,000 / ratio + onboarding
  // 100 + payroll 400 + countries 120 + platform 80 = 10,000 / ratio + 700.
  it('solves the SMB ratio in closed form and reports the figures around it', () => {
    const columns = buildColumns(smbClients(10, 2000));
    const [smb] = solveBreakEven(columns, DEFAULT_POLICY);
    // Margin above 50 %: cost below 1,000, so 10,000 / ratio < 300: ratio ≥ 34.
    expect(smb).toMatchObject({
      tier: 'SMB',
      gm_target: 0.5,
      client_count: 10,
      current_ratio: 50,
      ratio: 34,
      ratio_status: 'solved',
      current_min_pepm_cents: null,
      min_pepm_status: 'always_met',
      min_pepm_cents: null,
    });
    expect(smb!.ratio_margin).toBeCloseTo(1 - (10000 / 34 + 700) / 2000, 12);
    expect(smb!.gross_margin).toBeCloseTo(1 - 900 / 2000, 12);
  });

  it('solves the floor at the cent: 5 workers × F above twice the cost', () => {
    // At ratio 50 the cost is 900 a client: revenue must pass 1,800, so 5F > 180,000 cents.
    const columns = buildColumns(smbClients(4, 1000));
    const [smb] = solveBreakEven(columns, DEFAULT_POLICY);
    expect(smb).toMatchObject({
      min_pepm_status: 'solved',
      min_pepm_cents: 36001,
    });
    expect(smb!.min_pepm_margin).toBeCloseTo(1 - 900 / ((5 * 36001) / 100), 12);
  });

  it('reports no_clients for a tier without a client of known revenue', () => {
    const columns = buildColumns([
      ...smbClients(3, 2000),
      { workers: 20, countries: 1 },
    ]);
    const rows = solveBreakEven(columns, DEFAULT_POLICY);
    expect(rows.map((r) => r.tier)).toEqual(TIERS);
    for (const row of rows.slice(1)) {
      expect(row).toMatchObject({
        ratio: null,
        ratio_status: 'no_clients',
        ratio_margin: null,
        min_pepm_cents: null,
        min_pepm_status: 'no_clients',
        min_pepm_margin: null,
      });
    }
    expect(rows[1]!.client_count).toBe(1);
    expect(
      solveBreakEven(buildColumns([]), DEFAULT_POLICY)[0]!.ratio_status,
    ).toBe('no_clients');
  });

  it('reports unreachable when even a free CSM misses, and a floor that reaches it', () => {
    // Cost without the CSM is 700 on revenue 1,000: margin 30 % at best.
    const columns = buildColumns(smbClients(3, 1000));
    const [smb] = solveBreakEven(columns, DEFAULT_POLICY);
    expect(smb).toMatchObject({
      ratio: null,
      ratio_status: 'unreachable',
      ratio_margin: null,
      min_pepm_status: 'solved',
    });
  });

  it('floors clients that pay nothing, whose margin is unknown without a floor', () => {
    // Revenue 0: no ratio helps; 5 F must pass 2 × 900 USD, F > 360 USD.
    const columns = buildColumns(smbClients(2, 0));
    const [smb] = solveBreakEven(columns, DEFAULT_POLICY);
    expect(smb).toMatchObject({
      gross_margin: null,
      ratio_status: 'unreachable',
      min_pepm_status: 'solved',
      min_pepm_cents: 36001,
    });
  });

  it('reports always_met when a CSM per client still meets the target', () => {
    const columns = buildColumns(smbClients(3, 50000));
    const [smb] = solveBreakEven(columns, DEFAULT_POLICY);
    expect(smb).toMatchObject({
      ratio: 1,
      ratio_status: 'always_met',
      min_pepm_status: 'always_met',
    });
    expect(smb!.ratio_margin).toBeCloseTo(1 - 10700 / 50000, 12);
  });

  it('reports unreachable floors without a worker count or with a 100 % target', () => {
    const noWorkers = buildColumns([
      { countries: 1, mrr: 100, override: 'SMB' },
    ]);
    expect(solveBreakEven(noWorkers, DEFAULT_POLICY)[0]).toMatchObject({
      min_pepm_status: 'unreachable',
      min_pepm_cents: null,
    });
    const full = parsePolicy({ tiers: { SMB: { gm_target: 1 } } });
    expect(
      solveBreakEven(buildColumns(smbClients(3, 50000)), full)[0],
    ).toMatchObject({
      ratio_status: 'unreachable',
      min_pepm_status: 'unreachable',
    });
  });

  it('raises only clients below the floor and keeps the current floor for the ratio', () => {
    // One big client above any sensible floor, three small ones below it.
    const columns = buildColumns([
      { workers: 5, countries: 1, tickets: 0, mrr: 20000 },
      ...smbClients(3, 500),
    ]);
    const floored = parsePolicy({ tiers: { SMB: { min_pepm: 200 } } });
    const [free] = solveBreakEven(columns, DEFAULT_POLICY);
    const [withFloor] = solveBreakEven(columns, floored);
    expect(withFloor!.current_min_pepm_cents).toBe(20000);
    // Revenue 21,500 (23,000 with the floor) against 2,800 + 40,000 / ratio.
    expect([free!.ratio, withFloor!.ratio]).toEqual([6, 5]);
    // At 90 %: revenue must pass 36,000; the small clients are floored from
    // 100 a worker, the big one only from 4,000: 20,000 + 15 F > 36,000.
    const strict = (p: Policy) => withTier(p, 'SMB', { gm_target: 0.9 });
    const [freeStrict] = solveBreakEven(columns, strict(DEFAULT_POLICY));
    const [floorStrict] = solveBreakEven(columns, strict(floored));
    expect(freeStrict!.min_pepm_cents).toBe(106667);
    expect(floorStrict!.min_pepm_cents).toBe(106667);
  });
});
