/**
 * Segment and matrix figures from the hot loop's exact sums: the policy's
 * rates are applied once per segment as rationals and each amount is
 * rounded to the cent once, half away from zero. Ratios (margin, shares,
 * rates) are the exact ratio's nearest double.
 */
import { TIERS, UNASSIGNED, complexityFromCode, tierFromCode } from '../domain';
import {
  ratAdd,
  ratCompare,
  ratInt,
  ratMul,
  ratRound,
  ratSub,
  ratToNumber,
  rational,
  type Rational,
} from '../money';
import {
  CELL,
  CELL_FIELDS,
  SEG,
  SEG_FIELDS,
  type ExactSums,
} from './accumulate';
import { NO_TIER, type ExactRates } from './policy-tables';
import type { MatrixCell, SegmentEconomics } from './types';

/** The sum of one field over a group of bins, exactly. */
type SumOf = (field: number) => bigint;

const ZERO = rational(0n);

function sumOver(
  sums: readonly bigint[],
  bins: readonly number[],
  width: number,
): SumOf {
  return (field) =>
    bins.reduce((total, bin) => total + sums[bin * width + field]!, 0n);
}

/** Monthly revenue under the policy of sums in service tier `tier`. */
export function revenueOf(
  sum: SumOf,
  tier: number,
  rates: ExactRates,
  unflooredField: number,
  flooredWorkersField: number,
): Rational {
  return ratAdd(
    ratMul(rational(sum(unflooredField), 12n), rates.priceFactor[tier]!),
    ratInt(sum(flooredWorkersField) * rates.floorCents[tier]!),
  );
}

/** Monthly cost to serve of sums in service tier `tier` (0–3). */
export function costOf(sum: SumOf, tier: number, rates: ExactRates): Rational {
  const count = sum(SEG.COUNT);
  const csm = rational(count * rates.csmAnnualCents, 12n * rates.ratio[tier]!);
  const onboarding = rational(
    count * rates.onboardingCents[tier]!,
    rates.onboardingMonths,
  );
  const variable = rational(sum(SEG.VAR_COST), rates.varScale);
  return [csm, onboarding, variable].reduce(
    ratAdd,
    ratInt(count * rates.platformCents),
  );
}

function share(num: bigint, den: bigint): number | null {
  return den === 0n ? null : ratToNumber(rational(num, den));
}

function quotient(a: Rational, b: Rational): Rational | null {
  return b.num === 0n ? null : rational(a.num * b.den, a.den * b.num);
}

function sumRationals(values: readonly Rational[]): Rational {
  return values.reduce(ratAdd, ZERO);
}

/** What one row of segment figures is built from. */
type SegmentParts = {
  /** Tier code, or UNASSIGNED for the no-tier row and the total. */
  readonly segment: number;
  readonly all: SumOf;
  readonly revenueKnown: bigint;
  readonly health: number;
  readonly revenue: Rational;
  /** null when cost is unknown (no service tier). */
  readonly cost: Rational | null;
  /** Revenue and cost of the clients the margin is over. */
  readonly marginRevenue: Rational;
  readonly marginCost: Rational | null;
  readonly gmTarget: Rational | null;
};

function toSegmentEconomics(
  parts: SegmentParts,
  totalRevenue: Rational,
): SegmentEconomics {
  const { all, revenue, cost, gmTarget, revenueKnown: known } = parts;
  const count = all(SEG.COUNT);
  const arr = all(SEG.ARR);
  const gm =
    parts.marginCost === null
      ? null
      : quotient(
          ratSub(parts.marginRevenue, parts.marginCost),
          parts.marginRevenue,
        );
  const healthKnown = Number(all(SEG.HEALTH_KNOWN));
  const revenueShare = quotient(revenue, totalRevenue);
  return {
    segment: tierFromCode(parts.segment),
    client_count: Number(count),
    revenue_known_count: Number(known),
    total_mrr_cents: Number(ratRound(rational(arr, 12n))),
    avg_mrr_per_client_cents:
      known === 0n ? null : Number(ratRound(rational(arr, 12n * known))),
    cost_to_serve_cents: cost === null ? null : Number(ratRound(cost)),
    gross_margin: gm === null ? null : ratToNumber(gm),
    gm_target: gmTarget === null ? null : ratToNumber(gmTarget),
    avg_health_score: healthKnown === 0 ? null : parts.health / healthKnown,
    churn_rate: share(all(SEG.CHURNED), all(SEG.CHURN_KNOWN)),
    nrr: share(all(SEG.NRR_NOW), all(SEG.NRR_PRIOR)),
    expansion_rate: share(all(SEG.EXPANDING), all(SEG.GROWTH_MEASURED)),
    avg_countries_per_client: share(
      all(SEG.COUNTRIES),
      all(SEG.COUNTRIES_KNOWN),
    ),
    revenue_share: revenueShare === null ? null : ratToNumber(revenueShare),
    total_workers: Number(all(SEG.WORKERS)),
    revenue_cents: Number(ratRound(revenue)),
    avg_revenue_per_client_cents:
      known === 0n
        ? null
        : Number(ratRound(rational(revenue.num, revenue.den * known))),
    avg_cost_per_client_cents:
      cost === null || count === 0n
        ? null
        : Number(ratRound(rational(cost.num, cost.den * count))),
    gm_target_met:
      gm === null || gmTarget === null ? null : ratCompare(gm, gmTarget) > 0,
  };
}

function tierParts(
  sums: ExactSums,
  tier: number,
  rates: ExactRates,
): SegmentParts {
  const bins = [tier * 2, tier * 2 + 1];
  const all = sumOver(sums.seg, bins, SEG_FIELDS);
  const known = sumOver(sums.seg, [tier * 2 + 1], SEG_FIELDS);
  const revenue = revenueOf(all, tier, rates, SEG.UNFLOORED, SEG.FLOOR_WORKERS);
  const assigned = tier !== NO_TIER;
  return {
    segment: assigned ? tier : UNASSIGNED,
    all,
    revenueKnown: known(SEG.COUNT),
    health: sums.health[bins[0]!]! + sums.health[bins[1]!]!,
    revenue,
    cost: assigned ? costOf(all, tier, rates) : null,
    marginRevenue: revenue,
    marginCost: assigned ? costOf(known, tier, rates) : null,
    gmTarget: assigned ? rates.gmTarget[tier]! : null,
  };
}

function totalParts(
  sums: ExactSums,
  tiers: readonly SegmentParts[],
): SegmentParts {
  const bins = Array.from({ length: tiers.length * 2 }, (_, bin) => bin);
  const assigned = tiers.filter((parts) => parts.cost !== null);
  return {
    segment: UNASSIGNED,
    all: sumOver(sums.seg, bins, SEG_FIELDS),
    revenueKnown: tiers.reduce((n, parts) => n + parts.revenueKnown, 0n),
    health: sums.health.reduce((total, value) => total + value, 0),
    revenue: sumRationals(tiers.map((parts) => parts.revenue)),
    cost: sumRationals(assigned.map((parts) => parts.cost!)),
    // Clients with no service tier have no cost: the margin leaves them out.
    marginRevenue: sumRationals(assigned.map((parts) => parts.revenue)),
    marginCost: sumRationals(assigned.map((parts) => parts.marginCost!)),
    gmTarget: null,
  };
}

/** Figures per service tier (an Unassigned row when any) and the total. */
export function computeSegments(
  sums: ExactSums,
  rates: ExactRates,
): {
  segments: SegmentEconomics[];
  total: SegmentEconomics;
  totalRevenue: Rational;
} {
  const parts = [...TIERS.keys(), NO_TIER].map((tier) =>
    tierParts(sums, tier, rates),
  );
  const total = totalParts(sums, parts);
  const shown = parts.filter(
    (row) => row.segment !== UNASSIGNED || row.all(SEG.COUNT) > 0n,
  );
  return {
    segments: shown.map((row) => toSegmentEconomics(row, total.revenue)),
    total: toSegmentEconomics(total, total.revenue),
    totalRevenue: total.revenue,
  };
}

function matrixCell(
  sums: ExactSums,
  size: number,
  complexity: number,
  rates: ExactRates,
  totalRevenue: Rational,
): MatrixCell {
  const first = (size * 4 + complexity) * 5;
  const bins = [0, 1, 2, 3, 4].map((service) => first + service);
  const all = sumOver(sums.cell, bins, CELL_FIELDS);
  const revenue = sumRationals(
    bins.map((bin, service) =>
      revenueOf(
        sumOver(sums.cell, [bin], CELL_FIELDS),
        service,
        rates,
        CELL.UNFLOORED,
        CELL.FLOOR_WORKERS,
      ),
    ),
  );
  const revenueShare = quotient(revenue, totalRevenue);
  return {
    size: tierFromCode(size === NO_TIER ? UNASSIGNED : size),
    complexity: complexityFromCode(complexity === 3 ? UNASSIGNED : complexity),
    client_count: Number(all(CELL.COUNT)),
    total_mrr_cents: Number(ratRound(rational(all(CELL.ARR), 12n))),
    revenue_share: revenueShare === null ? null : ratToNumber(revenueShare),
    revenue_cents: Number(ratRound(revenue)),
  };
}

/**
 * The size (primary tier) × complexity matrix: every assigned cell, then
 * cells with an unassigned dimension when they hold clients.
 */
export function computeMatrix(
  sums: ExactSums,
  rates: ExactRates,
  totalRevenue: Rational,
): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (let size = 0; size <= NO_TIER; size++) {
    for (let complexity = 0; complexity <= 3; complexity++) {
      const cell = matrixCell(sums, size, complexity, rates, totalRevenue);
      const assigned = size !== NO_TIER && complexity !== 3;
      if (assigned || cell.client_count > 0) cells.push(cell);
    }
  }
  return cells.sort(
    (a, b) =>
      Number(a.size === null) - Number(b.size === null) ||
      Number(a.complexity === null) - Number(b.complexity === null),
  );
}
