/**
 * "Why this tier": the distances to the thresholds up and down, checked
 * against the engine one step either side of them; the rule that gave each
 * tier (basis, uplift cap, override); and the economics in the tiers
 * around the service tier, checked against the engine with the client
 * overridden into each tier.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { TIERS, UNASSIGNED, type Tier } from '../../../shared/domain';
import { classify } from '../../../shared/engine/classify';
import { computePortfolio } from '../../../shared/engine/portfolio';
import { roundHalfAway } from '../../../shared/money';
import {
  DEFAULT_POLICY,
  parsePolicy,
  type Policy,
} from '../../../shared/policy';
import {
  explainClient,
  getTierEconomics,
} from '../../../shared/scenario/explain';
import { buildColumns, type ClientInput } from '../engine/build-columns';

function explain(
  clients: readonly ClientInput[],
  policy = DEFAULT_POLICY,
  index = 0,
) {
  const columns = buildColumns(clients);
  const run = { policy, result: computePortfolio(columns, policy) };
  return explainClient(columns, run, index);
}

const UNKNOWN = {
  value: null,
  level: null,
  level_min: null,
  next_level: null,
  to_next: null,
  previous_level: null,
  to_previous: null,
};

describe('explainClient: distances to the thresholds', () => {
  it('puts 12 workers in Mid-Market: 39 more to Enterprise, 2 fewer to SMB', () => {
    const e = explain([{ workers: 12, countries: 2, mrr: 5000 }]);
    expect(e.workers).toEqual({
      value: 12,
      level: 'Mid-Market',
      level_min: 11,
      next_level: 'Enterprise',
      to_next: 39,
      previous_level: 'SMB',
      to_previous: 2,
    });
    expect(e.countries).toMatchObject({
      level: 'Low',
      next_level: 'Medium',
      to_next: 1,
    });
    expect(e.countries).toMatchObject({
      previous_level: null,
      to_previous: null,
    });
  });

  it('measures ARR in cents: 1,200,000.00 is a cent short of Strategic', () => {
    const e = explain([{ workers: 60, arrCents: 120_000_000 }]);
    expect(e.arr).toEqual({
      value: 120_000_000,
      level: 'Enterprise',
      level_min: 30_000_000,
      next_level: 'Strategic',
      to_next: 1,
      previous_level: 'Mid-Market',
      to_previous: 90_000_001,
    });
  });

  it('has no next level at Strategic and High, and none below SMB', () => {
    const top = explain([{ workers: 900, arr: 5_000_000, countries: 40 }]);
    expect(top.workers).toMatchObject({
      level: 'Strategic',
      next_level: null,
      to_next: null,
    });
    expect(top.workers).toMatchObject({
      previous_level: 'Enterprise',
      to_previous: 700,
    });
    expect(top.arr).toMatchObject({
      level: 'Strategic',
      next_level: null,
      to_next: null,
    });
    expect(top.countries).toMatchObject({
      level: 'High',
      next_level: null,
      to_previous: 33,
    });
    const bottom = explain([{ workers: 1, arr: 0, countries: 1 }]);
    expect(bottom.workers).toMatchObject({
      level: 'SMB',
      previous_level: null,
      to_previous: null,
    });
    expect(bottom.arr).toMatchObject({
      level: 'SMB',
      to_next: 6_000_000,
      previous_level: null,
    });
  });

  it('reads below the lowest minimum as no level, with the distance up to it', () => {
    const policy = parsePolicy({ tiers: { SMB: { min_workers: 5 } } });
    const e = explain([{ workers: 3, countries: 2, mrr: 900 }], policy);
    expect(e.workers).toEqual({
      ...UNKNOWN,
      value: 3,
      next_level: 'SMB',
      to_next: 2,
    });
    expect(e.primary).toBeNull();
    expect(e.service).toBeNull();
    expect(e.reasons[0]).toBe(
      "Size tier by workers: 3 workers is below SMB's minimum of 5 workers, so it has no size tier (Unassigned).",
    );
  });

  it('knows nothing of unknown workers, ARR and countries', () => {
    const e = explain([{}]);
    expect([e.workers, e.arr, e.countries]).toEqual([
      UNKNOWN,
      UNKNOWN,
      UNKNOWN,
    ]);
    expect(e).toMatchObject({
      primary: null,
      primary_from: null,
      complexity: null,
      uplift: 0,
      service: null,
      current: null,
      one_down: null,
      one_up: null,
    });
    expect(e.reasons).toEqual([
      'Size tier by workers: its worker count is unknown, so it has no size tier (Unassigned).',
      'Its country count is unknown: no complexity tier, no uplift.',
      'With no size tier it has no service tier (Unassigned).',
    ]);
  });

  it('gives distances the engine agrees with, one step either side', () => {
    const policyArb = fc.constantFrom(
      DEFAULT_POLICY,
      parsePolicy({
        tiers: { 'Mid-Market': { min_workers: 16, min_arr: 75000.5 } },
      }),
    );
    const clientArb = fc.record({
      workers: fc.integer({ min: 1, max: 400 }),
      arrCents: fc.integer({ min: 0, max: 200_000_000 }),
      countries: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(clientArb, policyArb, (client, policy) => {
        const e = explain([client], policy);
        const tierOf = (patch: Partial<ClientInput>) => {
          const cls = classify(buildColumns([{ ...client, ...patch }]), policy);
          return {
            workers: cls.workerTier[0]!,
            arr: cls.arrTier[0]!,
            countries: cls.complexity[0]!,
          };
        };
        const names = {
          workers: TIERS,
          arr: TIERS,
          countries: ['Low', 'Medium', 'High'],
        } as const;
        const field = {
          workers: 'workers',
          arr: 'arrCents',
          countries: 'countries',
        } as const;
        for (const dim of ['workers', 'arr', 'countries'] as const) {
          const p = e[dim];
          const at = (value: number) => {
            const code = tierOf({ [field[dim]]: value })[dim];
            return code === UNASSIGNED ? null : names[dim][code]!;
          };
          expect(at(p.value!)).toBe(p.level);
          if (p.to_next !== null) {
            expect(at(p.value! + p.to_next)).toBe(p.next_level);
            expect(at(p.value! + p.to_next - 1)).toBe(p.level);
          }
          if (p.to_previous !== null) {
            expect(at(p.value! - p.to_previous)).toBe(p.previous_level);
            expect(at(p.value! - p.to_previous + 1)).toBe(p.level);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('explainClient: the rules behind each tier', () => {
  const higher = parsePolicy({ size_basis: 'higher' });
  const lower = parsePolicy({ size_basis: 'lower' });
  // Mid-Market by workers, Enterprise by ARR.
  const client = { workers: 30, arr: 400_000, countries: 2 };

  it.each([
    [DEFAULT_POLICY, 'Mid-Market', 'workers'],
    [parsePolicy({ size_basis: 'arr' }), 'Enterprise', 'arr'],
    [higher, 'Enterprise', 'arr'],
    [lower, 'Mid-Market', 'workers'],
  ] as const)(
    'picks the size tier on the basis (%#)',
    (policy, primary, from) => {
      const e = explain([client], policy);
      expect(e).toMatchObject({
        size_basis: policy.size_basis,
        primary,
        primary_from: from,
      });
    },
  );

  it('says how the higher basis chose', () => {
    expect(explain([client], higher).reasons.slice(0, 4)).toEqual([
      'Size tier by the higher of the worker and ARR tiers.',
      '30 workers put it in Mid-Market, which starts at 11 workers; Enterprise starts at 51 workers.',
      'ARR of 400,000 USD puts it in Enterprise, which starts at 300,000 USD; Strategic starts at 1,200,000.01 USD.',
      'The higher of Mid-Market and Enterprise is Enterprise.',
    ]);
    const noArr = explain([{ workers: 30, countries: 2 }], lower);
    expect(noArr).toMatchObject({
      primary: 'Mid-Market',
      primary_from: 'workers',
    });
    expect(noArr.reasons).toContain('Its ARR is unknown.');
    expect(noArr.reasons).toContain(
      'Only the worker tier is known, so the size tier is Mid-Market.',
    );
    const noWorkers = explain([{ arr: 400_000, countries: 2 }], higher);
    expect(noWorkers).toMatchObject({
      primary: 'Enterprise',
      primary_from: 'arr',
    });
  });

  it('labels amounts with the currency given, USD when none is', () => {
    const columns = buildColumns([{ workers: 1, arr: 500, countries: 1 }]);
    const run = { policy: higher, result: computePortfolio(columns, higher) };
    expect(explainClient(columns, run, 0, 'EUR').reasons.slice(1, 3)).toEqual([
      '1 worker puts it in SMB, which starts at 1 worker; Mid-Market starts at 11 workers.',
      'ARR of 500 EUR puts it in SMB, which starts at 0 EUR; Mid-Market starts at 60,000 EUR.',
    ]);
    expect(explainClient(columns, run, 0).reasons[2]).toContain('500 USD');
    const arrOnly = parsePolicy({
      size_basis: 'arr',
      tiers: { SMB: { min_arr: 1000 } },
    });
    const below = buildColumns([{ workers: 3, arr: 999.5, countries: 1 }]);
    const unsized = {
      policy: arrOnly,
      result: computePortfolio(below, arrOnly),
    };
    expect(explainClient(below, unsized, 0, 'GBP').reasons).toEqual([
      "Size tier by ARR: ARR of 999.50 GBP is below SMB's minimum of 1,000 GBP, so it has no size tier (Unassigned).",
      '1 country makes it Low complexity, which starts at 1 country and adds no tier.',
      'With no size tier it has no service tier (Unassigned).',
    ]);
  });

  it('raises by the uplift and caps it at Strategic', () => {
    const two = parsePolicy({ complexity: { High: { uplift: 2 } } });
    const mid = explain([{ workers: 30, countries: 9 }], two);
    expect(mid).toMatchObject({
      primary: 'Mid-Market',
      complexity: 'High',
      uplift: 2,
      service: 'Strategic',
    });
    const ent = explain([{ workers: 60, countries: 9 }], two);
    expect(ent).toMatchObject({
      primary: 'Enterprise',
      uplift: 1,
      service: 'Strategic',
    });
    expect(ent.reasons[1]).toBe(
      '9 countries make it High complexity, which starts at 8 countries and adds 2 tiers, capped at Strategic: Enterprise becomes Strategic.',
    );
    const top = explain([{ workers: 300, countries: 9 }]);
    expect(top).toMatchObject({ uplift: 0, service: 'Strategic' });
    expect(top.reasons[1]).toContain(
      'but Strategic is already the highest tier',
    );
  });

  it('lets an override set the service tier, the rules still shown', () => {
    const e = explain([
      { workers: 5, countries: 9, mrr: 2000, override: 'Strategic' },
    ]);
    expect(e).toMatchObject({
      primary: 'SMB',
      uplift: 1,
      override: 'Strategic',
      service: 'Strategic',
    });
    expect(e.reasons[e.reasons.length - 1]).toBe(
      'An approved override sets the service tier to Strategic instead of Mid-Market.',
    );
    expect(e.current?.tier).toBe('Strategic');
    expect(e.one_up).toBeNull();
    const unsized = explain([{ countries: 1, override: 'SMB' }]);
    expect(unsized).toMatchObject({ primary: null, service: 'SMB' });
    expect(unsized.reasons).toContain(
      'An approved override sets the service tier to SMB instead of none (Unassigned).',
    );
  });
});

describe('explainClient: economics around the service tier', () => {
  // The DESIGN example: 4 workers, 1 country, 2 tickets, MRR 1,800 in SMB
  // costs 900 a month, a 50 % margin.
  it('gives the current tier as the engine does, and none below SMB', () => {
    const e = explain([{ workers: 4, countries: 1, tickets: 2, mrr: 1800 }]);
    expect(e.current).toEqual({
      tier: 'SMB',
      revenue_cents: 180_000,
      cost_to_serve_cents: 90_000,
      gross_margin: 0.5,
      gm_target: 0.5,
      csm_ratio: 50,
    });
    expect(e.one_down).toBeNull();
    // Mid-Market: CSM 500 instead of 200, onboarding 250 instead of 100.
    expect(e.one_up).toMatchObject({
      tier: 'Mid-Market',
      revenue_cents: 180_000,
      cost_to_serve_cents: 135_000,
    });
  });

  it('prices each neighbour with its own price change and floor', () => {
    const policy = parsePolicy({
      tiers: {
        SMB: { price_change: 0.1 },
        Enterprise: { min_pepm: 500, price_change: -0.2 },
      },
    });
    const e = explain([{ workers: 30, countries: 1, mrr: 3000 }], policy);
    expect(e.current).toMatchObject({
      tier: 'Mid-Market',
      revenue_cents: 300_000,
    });
    expect(e.one_down).toMatchObject({ tier: 'SMB', revenue_cents: 330_000 });
    // 30 workers × 500 = 15,000 is above 3,000 × 0.8: the floor applies.
    expect(e.one_up).toMatchObject({
      tier: 'Enterprise',
      revenue_cents: 1_500_000,
      gm_target: 0.65,
    });
    const unknownMrr = explain([{ workers: 30, countries: 1 }], policy);
    expect(unknownMrr.one_up).toMatchObject({
      revenue_cents: null,
      gross_margin: null,
    });
  });

  it('matches the engine with the client overridden into each tier', () => {
    const policies: Policy[] = [
      DEFAULT_POLICY,
      parsePolicy({
        tiers: {
          SMB: { min_pepm: 420.5, price_change: 0.07 },
          'Mid-Market': { min_pepm: 380, csm_ratio: 25 },
          Strategic: { price_change: -0.15, min_pepm: 250 },
        },
        costs: { tickets_per_worker: 0.37 },
      }),
    ];
    const clients: ClientInput[] = [
      { workers: 4, countries: 1, tickets: 2, mrr: 1800 },
      { workers: 37, countries: 4, mrr: 9000 },
      { workers: 220, countries: 12, tickets: 31, arr: 600_000 },
      { countries: 3, mrr: 700 },
      { workers: 9, mrr: 4100.33 },
    ];
    for (const policy of policies) {
      clients.forEach((_, i) => {
        TIERS.forEach((tier: Tier, t) => {
          const forced = buildColumns(
            clients.map((c, j) => (j === i ? { ...c, override: tier } : c)),
          );
          const engine = computePortfolio(forced, policy).economics;
          const mine = getTierEconomics(forced, policy, i, t);
          const revenue = engine.revenueCents[i]!;
          expect(mine.revenue_cents).toBe(
            Number.isNaN(revenue) ? null : roundHalfAway(revenue),
          );
          expect(mine.cost_to_serve_cents).toBe(
            roundHalfAway(engine.costCents[i]!),
          );
        });
      });
    }
  });
});
