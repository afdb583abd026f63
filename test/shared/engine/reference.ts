/**
 * A slow, obviously-correct reference of the engine's rules for tests: one
 * client at a time, every amount an exact rational (BigInt), written from
 * DESIGN.md §2 without any of the engine's tricks (no bins, no flags, no
 * scaled integers), so the two can be compared on random portfolios.
 */
import {
  CHURN_UNKNOWN,
  CHURN_YES,
  TIERS,
  UNASSIGNED,
} from '../../../shared/domain';
import type { ClientColumns } from '../../../shared/columns';
import {
  ratAdd,
  ratCompare,
  ratInt,
  ratMul,
  ratRound,
  ratSub,
  rational,
  rationalFromDecimal,
  type Rational,
} from '../../../shared/money';
import type { Policy } from '../../../shared/policy';

const ZERO = rational(0n);
const cents = (usd: number) => ratMul(rationalFromDecimal(usd), ratInt(100));
const int = (value: number) => ratInt(BigInt(value));

/** The tiers of one client under the policy, as codes. */
export type ReferenceTiers = {
  readonly workerTier: number;
  readonly arrTier: number;
  readonly primary: number;
  readonly complexity: number;
  readonly service: number;
  readonly growth: number;
};

function highest(count: number, passes: (t: number) => boolean): number {
  for (let t = count - 1; t >= 0; t--) if (passes(t)) return t;
  return UNASSIGNED;
}

function growthOf(now: number, prior: number, policy: Policy): number {
  if (prior <= 0) return UNASSIGNED;
  const change = rational(BigInt(now) - BigInt(prior), BigInt(prior));
  return growthFromRate(change, policy);
}

function growthFromRate(rate: Rational, policy: Policy): number {
  if (ratCompare(rate, rationalFromDecimal(policy.growth.expanding_above)) > 0)
    return 0;
  if (
    ratCompare(rate, rationalFromDecimal(policy.growth.contracting_below)) < 0
  )
    return 2;
  return 1;
}

/** Client i's tiers, by the rules read literally. */
export function referenceTiers(
  c: ClientColumns,
  i: number,
  policy: Policy,
): ReferenceTiers {
  const w = c.workers[i]!;
  const a = c.arrCents[i]!;
  const tiers = TIERS.map((tier) => policy.tiers[tier]);
  const workerTier = Number.isNaN(w)
    ? UNASSIGNED
    : highest(4, (t) => tiers[t]!.min_workers <= w);
  const arrTier = Number.isNaN(a)
    ? UNASSIGNED
    : highest(4, (t) => ratCompare(cents(tiers[t]!.min_arr), int(a)) <= 0);
  const primary = primaryOf(workerTier, arrTier, policy.size_basis);
  const levels = [
    policy.complexity.Low,
    policy.complexity.Medium,
    policy.complexity.High,
  ];
  const cc = c.countryCount[i]!;
  const complexity = Number.isNaN(cc)
    ? UNASSIGNED
    : highest(3, (l) => levels[l]!.min_countries <= cc);
  const uplift = complexity === UNASSIGNED ? 0 : levels[complexity]!.uplift;
  const service =
    c.overrideTier[i] !== UNASSIGNED
      ? c.overrideTier[i]!
      : primary === UNASSIGNED
        ? UNASSIGNED
        : Math.min(3, primary + uplift);
  return {
    workerTier,
    arrTier,
    primary,
    complexity,
    service,
    growth: referenceGrowth(c, i, policy),
  };
}

function primaryOf(w: number, a: number, basis: Policy['size_basis']) {
  if (basis === 'workers') return w;
  if (basis === 'arr') return a;
  if (w === UNASSIGNED) return a;
  if (a === UNASSIGNED) return w;
  return basis === 'higher' ? Math.max(w, a) : Math.min(w, a);
}

function referenceGrowth(c: ClientColumns, i: number, policy: Policy) {
  const given = c.growthPpm[i]!;
  if (!Number.isNaN(given)) {
    return growthFromRate(rational(BigInt(given), 1_000_000n), policy);
  }
  const [w, wp] = [c.workers[i]!, c.workersPrior[i]!];
  if (!Number.isNaN(w) && !Number.isNaN(wp)) return growthOf(w, wp, policy);
  const [a, ap] = [c.arrCents[i]!, c.arrPriorCents[i]!];
  if (!Number.isNaN(a) && !Number.isNaN(ap)) return growthOf(a, ap, policy);
  return c.newClient[i] === 1 ? 3 : UNASSIGNED;
}

/** Monthly cost of client i in service tier t, exactly, in cents. */
export function referenceCost(
  c: ClientColumns,
  i: number,
  t: number,
  policy: Policy,
): Rational {
  const tier = policy.tiers[TIERS[t]!];
  const k = policy.costs;
  const w = Number.isNaN(c.workers[i]!) ? 0 : c.workers[i]!;
  const cc = Number.isNaN(c.countryCount[i]!) ? 0 : c.countryCount[i]!;
  const tickets = Number.isNaN(c.tickets[i]!)
    ? ratMul(int(w), rationalFromDecimal(k.tickets_per_worker))
    : int(c.tickets[i]!);
  return [
    ratMul(
      cents(k.csm_annual_cost),
      rational(1n, 12n * BigInt(tier.csm_ratio)),
    ),
    ratMul(tickets, cents(k.ticket_cost)),
    ratMul(
      cents(tier.onboarding_cost),
      rational(1n, BigInt(k.onboarding_months)),
    ),
    ratMul(int(w), cents(k.payroll_ops_per_worker)),
    ratMul(int(cc), cents(k.country_ops_per_country)),
    cents(k.platform_per_client),
  ].reduce(ratAdd, ZERO);
}

/** Monthly revenue of client i in tier slot t (4: none), or null. */
export function referenceRevenue(
  c: ClientColumns,
  i: number,
  t: number,
  policy: Policy,
): Rational | null {
  const a = c.arrCents[i]!;
  if (Number.isNaN(a)) return null;
  const tier = t < 4 ? policy.tiers[TIERS[t]!] : null;
  const factor = ratAdd(
    ratInt(1n),
    rationalFromDecimal(tier?.price_change ?? 0),
  );
  const revenue = ratMul(rational(BigInt(a), 12n), factor);
  const w = c.workers[i]!;
  if (!tier || tier.min_pepm === null || Number.isNaN(w)) return revenue;
  const floor = ratMul(int(w), cents(tier.min_pepm));
  return ratCompare(floor, revenue) > 0 ? floor : revenue;
}

/** A segment's exact figures, as the engine reports them. */
export type ReferenceSegment = {
  readonly count: number;
  readonly revenueKnown: number;
  readonly mrrCents: bigint;
  readonly revenue: Rational;
  readonly cost: Rational | null;
  /** Exact gross margin over clients with known revenue, or null. */
  readonly margin: Rational | null;
  readonly churned: number;
  readonly churnKnown: number;
  readonly workers: number;
};

/** Segments by service tier (slot 4 = none), from per-client figures. */
export function referenceSegments(
  c: ClientColumns,
  policy: Policy,
): ReferenceSegment[] {
  return [0, 1, 2, 3, 4].map((slot) => {
    let count = 0;
    let revenueKnown = 0;
    let arr = 0n;
    let revenue = ZERO;
    let cost = ZERO;
    let marginCost = ZERO;
    let churned = 0;
    let churnKnown = 0;
    let workers = 0;
    for (let i = 0; i < c.length; i++) {
      const s = referenceTiers(c, i, policy).service;
      if ((s === UNASSIGNED ? 4 : s) !== slot) continue;
      count++;
      const clientCost = slot < 4 ? referenceCost(c, i, slot, policy) : ZERO;
      cost = ratAdd(cost, clientCost);
      const clientRevenue = referenceRevenue(c, i, slot, policy);
      if (clientRevenue) {
        revenueKnown++;
        arr += BigInt(c.arrCents[i]!);
        revenue = ratAdd(revenue, clientRevenue);
        marginCost = ratAdd(marginCost, clientCost);
      }
      if (c.churned[i] !== CHURN_UNKNOWN) churnKnown++;
      if (c.churned[i] === CHURN_YES) churned++;
      if (!Number.isNaN(c.workers[i]!)) workers += c.workers[i]!;
    }
    const margin =
      slot === 4 || revenue.num === 0n
        ? null
        : ratMul(
            ratSub(revenue, marginCost),
            rational(revenue.den, revenue.num),
          );
    return {
      count,
      revenueKnown,
      mrrCents: ratRound(rational(arr, 12n)),
      revenue,
      cost: slot < 4 ? cost : null,
      margin,
      churned,
      churnKnown,
      workers,
    };
  });
}
