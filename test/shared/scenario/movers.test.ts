/**
 * Who moves: exactly the clients whose service tier differs (against the
 * engine reference), in client order, each with the rules that moved it
 * and its revenue and cost under each policy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { ClientColumns } from '../../../shared/columns';
import { TIERS, UNASSIGNED } from '../../../shared/domain';
import { computePortfolio } from '../../../shared/engine/index';
import { roundHalfAway } from '../../../shared/money';
import {
  DEFAULT_POLICY,
  parsePolicy,
  type Policy,
} from '../../../shared/policy';
import { countMovers, findMovers } from '../../../shared/scenario/movers';
import type { MoverRule, PolicyRun } from '../../../shared/scenario/types';
import { buildColumns, type ClientInput } from '../engine/build-columns';
import { referenceTiers } from '../engine/reference';
import { policyPairArb, portfolioArb } from './bridge-arbitraries';

function run(columns: ClientColumns, policy: Policy): PolicyRun {
  return { policy, result: computePortfolio(columns, policy) };
}

function movers(clients: readonly ClientInput[], a: Policy, b: Policy) {
  const columns = buildColumns(clients);
  return findMovers(columns, run(columns, a), run(columns, b));
}

const policy = (json: object): Policy => parsePolicy(json);
const same = (x: unknown, y: unknown) =>
  JSON.stringify(x) === JSON.stringify(y);
const tierValues = (p: Policy, key: 'min_workers' | 'min_arr') =>
  TIERS.map((t) => p.tiers[t][key]);
const levels = (p: Policy, key: 'min_countries' | 'uplift') =>
  [p.complexity.Low, p.complexity.Medium, p.complexity.High].map((l) => l[key]);

/** The tier-setting groups in which two policies differ, as rules. */
function differingRules(a: Policy, b: Policy): MoverRule[] {
  const rules: [MoverRule, boolean][] = [
    ['size_basis', a.size_basis !== b.size_basis],
    [
      'worker_threshold',
      !same(tierValues(a, 'min_workers'), tierValues(b, 'min_workers')),
    ],
    [
      'arr_threshold',
      !same(tierValues(a, 'min_arr'), tierValues(b, 'min_arr')),
    ],
    [
      'country_threshold',
      !same(levels(a, 'min_countries'), levels(b, 'min_countries')),
    ],
    ['complexity_uplift', !same(levels(a, 'uplift'), levels(b, 'uplift'))],
  ];
  return rules.filter(([, differs]) => differs).map(([rule]) => rule);
}

const RULE_ORDER: readonly MoverRule[] = [
  'size_basis',
  'worker_threshold',
  'arr_threshold',
  'country_threshold',
  'complexity_uplift',
  'override',
];

describe('findMovers on random portfolios and policy pairs', () => {
  it('lists exactly the clients whose service tier differs, in order', () => {
    fc.assert(
      fc.property(portfolioArb, policyPairArb, (clients, [a, b]) => {
        const columns = buildColumns(clients);
        const [runA, runB] = [run(columns, a), run(columns, b)];
        const expected = [];
        for (let i = 0; i < columns.length; i++) {
          const from = referenceTiers(columns, i, a).service;
          const to = referenceTiers(columns, i, b).service;
          if (from !== to) expected.push({ index: i, from, to });
        }
        const found = findMovers(columns, runA, runB);
        const code = (tier: string | null) =>
          tier === null ? UNASSIGNED : TIERS.indexOf(tier as never);
        expect(
          found.map((m) => ({
            index: m.index,
            from: code(m.from),
            to: code(m.to),
          })),
        ).toEqual(expected);
        expect(countMovers(runA.result, runB.result)).toBe(expected.length);
      }),
      { numRuns: 300 },
    );
  });

  it('names only rules whose parameters differ, at least one, in order', () => {
    fc.assert(
      fc.property(portfolioArb, policyPairArb, (clients, [a, b]) => {
        const differing = differingRules(a, b);
        for (const mover of movers(clients, a, b)) {
          expect(mover.rules.length).toBeGreaterThan(0);
          for (const rule of mover.rules) expect(differing).toContain(rule);
          const order = mover.rules.map((r) => RULE_ORDER.indexOf(r));
          expect(order).toEqual([...order].sort((x, y) => x - y));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('names the one rule when only one kind of tier parameter differs', () => {
    fc.assert(
      fc.property(portfolioArb, policyPairArb, (clients, [a, b]) => {
        const differing = differingRules(a, b);
        fc.pre(differing.length === 1);
        for (const mover of movers(clients, a, b))
          expect(mover.rules).toEqual(differing);
      }),
      { numRuns: 300 },
    );
  });

  it("carries each policy's revenue and cost, rounded to the cent", () => {
    fc.assert(
      fc.property(portfolioArb, policyPairArb, (clients, [a, b]) => {
        const columns = buildColumns(clients);
        const [runA, runB] = [run(columns, a), run(columns, b)];
        const cents = (value: number) =>
          Number.isNaN(value) ? null : roundHalfAway(value);
        for (const m of findMovers(columns, runA, runB)) {
          const [ea, eb] = [runA.result.economics, runB.result.economics];
          expect(m.revenue_before_cents).toBe(cents(ea.revenueCents[m.index]!));
          expect(m.revenue_after_cents).toBe(cents(eb.revenueCents[m.index]!));
          expect(m.cost_before_cents).toBe(cents(ea.costCents[m.index]!));
          expect(m.cost_after_cents).toBe(cents(eb.costCents[m.index]!));
          expect(m.client_id).toBe(columns.clientId[m.index]);
          if (m.from === null) expect(m.cost_before_cents).toBeNull();
          if (m.to === null) expect(m.cost_after_cents).toBeNull();
          if (m.revenue_before_cents !== null && m.revenue_after_cents !== null)
            expect(m.revenue_change_cents).toBe(
              m.revenue_after_cents - m.revenue_before_cents,
            );
          else expect(m.revenue_change_cents).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** DESIGN.md's check client: 4 workers, 1 country, 2 tickets, MRR 1,800. */
const CHECK: ClientInput = {
  id: 'CHK',
  name: 'Check',
  workers: 4,
  countries: 1,
  tickets: 2,
  mrr: 1800,
};

describe('findMovers on small portfolios', () => {
  it('moves the check client from SMB to Mid-Market with its cost effect', () => {
    const moved = policy({ tiers: { 'Mid-Market': { min_workers: 4 } } });
    expect(movers([CHECK], DEFAULT_POLICY, moved)).toEqual([
      {
        index: 0,
        client_id: 'CHK',
        name: 'Check',
        from: 'SMB',
        to: 'Mid-Market',
        rules: ['worker_threshold'],
        workers: 4,
        countries: 1,
        revenue_before_cents: 180_000,
        revenue_after_cents: 180_000,
        revenue_change_cents: 0,
        cost_before_cents: 90_000,
        cost_after_cents: 135_000,
        cost_change_cents: 45_000,
      },
    ]);
  });

  it('shows a price change and a floor of the new tier in the revenue effect', () => {
    const moved = policy({
      tiers: { 'Mid-Market': { min_workers: 4, min_pepm: 500 } },
    });
    const [m] = movers([CHECK], DEFAULT_POLICY, moved);
    expect(m!.revenue_after_cents).toBe(200_000);
    expect(m!.revenue_change_cents).toBe(20_000);
  });

  it('leaves out clients that stay and keeps client order', () => {
    const clients: ClientInput[] = [
      { id: 'A', workers: 12 },
      { id: 'B', workers: 30 },
      { id: 'C', workers: 15 },
      { id: 'D', workers: 3 },
    ];
    const moved = policy({ tiers: { 'Mid-Market': { min_workers: 16 } } });
    const found = movers(clients, DEFAULT_POLICY, moved);
    expect(found.map((m) => [m.client_id, m.from, m.to])).toEqual([
      ['A', 'Mid-Market', 'SMB'],
      ['C', 'Mid-Market', 'SMB'],
    ]);
    expect(found.every((m) => m.revenue_before_cents === null)).toBe(true);
    expect(movers(clients, DEFAULT_POLICY, DEFAULT_POLICY)).toEqual([]);
  });

  it('names the size basis when only the basis moves the client', () => {
    // ARR 700,000 is Enterprise on ARR; 4 workers is SMB.
    const client: ClientInput = { workers: 4, countries: 1, arr: 700_000 };
    const onArr = policy({ size_basis: 'arr' });
    const [m] = movers([client], DEFAULT_POLICY, onArr);
    expect([m!.from, m!.to, m!.rules]).toEqual([
      'SMB',
      'Enterprise',
      ['size_basis'],
    ]);
  });

  it('names an ARR line that moved on the ARR basis', () => {
    const client: ClientInput = { workers: 4, countries: 1, arr: 50_000 };
    const [a, b] = [
      policy({ size_basis: 'arr' }),
      policy({
        size_basis: 'arr',
        tiers: { 'Mid-Market': { min_arr: 40_000 } },
      }),
    ];
    expect(movers([client], a, b)[0]!.rules).toEqual(['arr_threshold']);
  });

  it('names a country line and an uplift change', () => {
    const client: ClientInput = { workers: 4, countries: 6, mrr: 1800 };
    const lowerHigh = policy({ complexity: { High: { min_countries: 5 } } });
    const up = movers([client], DEFAULT_POLICY, lowerHigh);
    expect([up[0]!.from, up[0]!.to, up[0]!.rules]).toEqual([
      'SMB',
      'Mid-Market',
      ['country_threshold'],
    ]);
    const noUplift = policy({
      complexity: { High: { min_countries: 5, uplift: 0 } },
    });
    expect(movers([client], lowerHigh, noUplift)[0]!.rules).toEqual([
      'complexity_uplift',
    ]);
  });

  it('names every rule that moved a client on its own', () => {
    // 12 workers (Mid-Market), ARR 400,000 (Enterprise), 9 countries (High).
    const client: ClientInput = { workers: 12, countries: 9, arr: 400_000 };
    const b = policy({
      size_basis: 'higher',
      tiers: { Strategic: { min_arr: 350_000 } },
      complexity: { High: { uplift: 0 } },
    });
    // Before: Mid-Market + 1 = Enterprise. After: Strategic on ARR, no uplift.
    const [m] = movers([client], DEFAULT_POLICY, b);
    expect([m!.from, m!.to]).toEqual(['Enterprise', 'Strategic']);
    expect(m!.rules).toEqual(['size_basis', 'arr_threshold']);
  });

  it('names each rule that would have moved it alone when none was needed', () => {
    // 12 workers and ARR 100,000: Mid-Market both ways; both lines come down.
    const client: ClientInput = { workers: 12, arr: 100_000 };
    const a = policy({ size_basis: 'higher' });
    const b = policy({
      size_basis: 'higher',
      tiers: { Enterprise: { min_workers: 12, min_arr: 90_000 } },
    });
    const [m] = movers([client], a, b);
    expect([m!.from, m!.to, m!.rules]).toEqual([
      'Mid-Market',
      'Enterprise',
      ['worker_threshold', 'arr_threshold'],
    ]);
  });

  it('names an override set or released between the two results', () => {
    const columnsWith = buildColumns([{ ...CHECK, override: 'Enterprise' }]);
    const columnsWithout = buildColumns([CHECK]);
    const found = findMovers(
      columnsWith,
      run(columnsWith, DEFAULT_POLICY),
      run(columnsWithout, DEFAULT_POLICY),
    );
    expect(found.map((m) => [m.from, m.to, m.rules])).toEqual([
      ['Enterprise', 'SMB', ['override']],
    ]);
  });
});
