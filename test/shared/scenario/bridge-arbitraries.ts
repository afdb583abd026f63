/**
 * Random portfolios and random pairs of policies for the scenario tests:
 * the second policy is the first with a random subset of changes (size
 * basis, thresholds, uplift, prices and floors, ratios, cost drivers), so
 * that pairs which differ in one kind of parameter only come up often.
 */
import fc from 'fast-check';

import { TIERS, type Tier } from '../../../shared/domain';
import { parsePolicy, type Policy } from '../../../shared/policy';
import type { ClientInput } from '../engine/build-columns';

const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.option(arb, { nil: undefined, freq: 4 });

/** One client, unknown values and overrides included. */
export const clientArb: fc.Arbitrary<ClientInput> = fc.record({
  workers: maybe(
    fc.oneof(
      fc.integer({ min: 1, max: 60 }),
      fc.integer({ min: 1, max: 5000 }),
    ),
  ),
  countries: maybe(fc.integer({ min: 1, max: 12 })),
  arrCents: maybe(
    fc.oneof(
      fc.integer({ min: 0, max: 40_000_000 }),
      fc.integer({ min: 0, max: 1_000_000_000_000 }),
      fc.constantFrom(0, 5_999_999, 6_000_000, 30_000_000, 120_000_001),
    ),
  ),
  tickets: maybe(fc.integer({ min: 0, max: 400 })),
  override: fc.option(fc.constantFrom(...TIERS), { nil: undefined, freq: 10 }),
});

/** Up to 60 clients. */
export const portfolioArb = fc.array(clientArb, {
  minLength: 0,
  maxLength: 60,
});

const money = (max: number) =>
  fc.integer({ min: 0, max: max * 100 }).map((cents) => cents / 100);

const ascending = (min: number, max: number) =>
  fc
    .uniqueArray(fc.integer({ min, max }), { minLength: 3, maxLength: 3 })
    .map((values) => values.sort((a, b) => a - b));

const pricingArb = fc.record({
  price_change: fc.integer({ min: -5000, max: 5000 }).map((bp) => bp / 10_000),
  min_pepm: fc.option(money(800), { nil: null, freq: 2 }),
});
const tierCostArb = fc.record({
  csm_ratio: fc.integer({ min: 1, max: 80 }),
  onboarding_cost: money(50_000),
});
const costsArb = fc.record({
  csm_annual_cost: money(300_000),
  ticket_cost: money(100),
  tickets_per_worker: fc.integer({ min: 0, max: 300 }).map((x) => x / 100),
  onboarding_months: fc.integer({ min: 1, max: 48 }),
  payroll_ops_per_worker: money(200),
  country_ops_per_country: money(300),
  platform_per_client: money(200),
});
const fourOf = <T>(arb: fc.Arbitrary<T>) => fc.tuple(arb, arb, arb, arb);

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** The parameters a policy is built from, each group replaceable. */
type Parts = {
  readonly size_basis: Policy['size_basis'];
  readonly minWorkers: readonly number[];
  readonly minArrCents: readonly number[];
  readonly minCountries: readonly number[];
  readonly uplift: readonly number[];
  readonly pricing: readonly ValueOf<typeof pricingArb>[];
  readonly tierCosts: readonly ValueOf<typeof tierCostArb>[];
  readonly costs: ValueOf<typeof costsArb>;
};

const partsArb: fc.Arbitrary<Parts> = fc.record({
  size_basis: fc.constantFrom('workers', 'arr', 'higher', 'lower'),
  minWorkers: ascending(2, 400),
  minArrCents: ascending(1, 200_000_000),
  minCountries: ascending(2, 10).map((v) => v.slice(0, 2)),
  uplift: fc.tuple(
    fc.integer({ min: 0, max: 1 }),
    fc.integer({ min: 0, max: 2 }),
    fc.integer({ min: 0, max: 3 }),
  ),
  pricing: fourOf(pricingArb),
  tierCosts: fourOf(tierCostArb),
  costs: costsArb,
});

function toPolicy(p: Parts, name: string): Policy {
  const minWorkers = [1, ...p.minWorkers];
  const minArr = [0, ...p.minArrCents.map((c) => c / 100)];
  const tiers = Object.fromEntries(
    TIERS.map((tier: Tier, t) => [
      tier,
      {
        ...p.pricing[t]!,
        ...p.tierCosts[t]!,
        min_workers: minWorkers[t]!,
        min_arr: minArr[t]!,
      },
    ]),
  );
  const [medium, high] = p.minCountries;
  return parsePolicy({
    name,
    size_basis: p.size_basis,
    tiers,
    complexity: {
      Low: { min_countries: 1, uplift: p.uplift[0] },
      Medium: { min_countries: medium, uplift: p.uplift[1] },
      High: { min_countries: high, uplift: p.uplift[2] },
    },
    costs: p.costs,
  });
}

/** Which groups of B's parameters replace A's. */
const changesArb = fc.record({
  size_basis: fc.boolean(),
  minWorkers: fc.boolean(),
  minArrCents: fc.boolean(),
  minCountries: fc.boolean(),
  uplift: fc.boolean(),
  pricing: fc.boolean(),
  tierCosts: fc.boolean(),
  costs: fc.boolean(),
});

/** Two policies, the second differing from the first in random groups. */
export const policyPairArb: fc.Arbitrary<readonly [Policy, Policy]> = fc
  .tuple(partsArb, partsArb, changesArb)
  .map(([a, b, changes]) => {
    const mixed = { ...a };
    for (const key of Object.keys(changes) as (keyof Parts)[]) {
      if (changes[key]) Object.assign(mixed, { [key]: b[key] });
    }
    return [toPolicy(a, 'A'), toPolicy(mixed, 'B')] as const;
  });
