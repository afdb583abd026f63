/**
 * A policy compiled into the flat numbers the hot loops read: thresholds in
 * the units of the columns (cents, ppm), per-tier rates as doubles for the
 * per-client display figures, and the same rates as exact rationals for the
 * segment totals. Tier index 4 stands for "no service tier".
 */
import { TIERS } from '../domain';
import {
  EXACT_LIMIT,
  centsFromUsd,
  ppmFromFraction,
  ratInt,
  rational,
  rationalFromDecimal,
  ratAdd,
  type Rational,
} from '../money';
import type { Policy, SizeBasis } from '../policy';

/** Index of the "no tier" slot in per-tier tables. */
export const NO_TIER = 4;

/** Size basis as a small integer, for the hot loop. */
export const BASIS_CODES: Readonly<Record<SizeBasis, number>> = {
  workers: 0,
  arr: 1,
  higher: 2,
  lower: 3,
};

/** The exact rates behind the segment totals. */
export type ExactRates = {
  readonly csmAnnualCents: bigint;
  readonly ratio: readonly bigint[];
  readonly onboardingCents: readonly bigint[];
  readonly onboardingMonths: bigint;
  readonly platformCents: bigint;
  readonly ticketCents: bigint;
  readonly ticketsPerWorker: Rational;
  readonly payrollCents: bigint;
  readonly countryCents: bigint;
  /** The kernel's variable-cost sum is in cents × varScale. */
  readonly varScale: bigint;
  /** 1 + price change, per tier and NO_TIER (1). */
  readonly priceFactor: readonly Rational[];
  /** Minimum PEPM in cents per tier; 0n when no floor is set. */
  readonly floorCents: readonly bigint[];
  readonly gmTarget: readonly Rational[];
};

/** A compiled policy. */
export type PolicyTables = {
  readonly basis: number;
  /** min_workers per tier. */
  readonly minWorkers: Float64Array;
  /** min_arr per tier, integer cents. */
  readonly minArrCents: Float64Array;
  /** min_countries per complexity level. */
  readonly minCountries: Float64Array;
  /** Tier uplift per complexity code; 0 at every other code (256 long). */
  readonly uplift: Uint8Array;
  /** Growth thresholds in whole ppm (10 % = 100000). */
  readonly expandingPpm: number;
  readonly contractingPpm: number;
  /** CSM + onboarding + platform cost a client a month, per tier, cents. */
  readonly fixedCostCents: Float64Array;
  /**
   * Variable cost a month × varScale (an integer: varScale clears the
   * tickets-per-worker fraction): per ticket, per worker of a client with
   * no ticket count, per worker (payroll ops), per country.
   */
  readonly varScale: number;
  readonly varTicket: number;
  readonly varWorkerNoTicket: number;
  readonly varWorker: number;
  readonly varCountry: number;
  /** Whether any tier sets a minimum PEPM. */
  readonly hasFloor: boolean;
  /** (1 + price change) / 12: ARR cents to monthly revenue cents. */
  readonly revenuePerArr: Float64Array;
  /** Minimum PEPM in cents per tier; 0 when no floor is set. */
  readonly floorCents: Float64Array;
  /**
   * A client is floored when workers × floorRight > ARR × floorLeft:
   * the floor compare with the price factor's denominator cleared.
   */
  readonly floorLeft: Float64Array;
  readonly floorRight: Float64Array;
  /** Largest ARR cents / workers for which that compare is exact. */
  readonly floorSafeArr: Float64Array;
  readonly floorSafeWorkers: Float64Array;
  readonly ratio: Float64Array;
  /**
   * The kernel's per-tier numbers in one array, 8 per tier (tier × 8 +):
   * 0 fixed cost, 1 revenue per ARR cent, 2 floorLeft, 3 floorRight (0
   * when no floor), 4 floorSafeArr, 5 floorSafeWorkers, 6 floor cents.
   */
  readonly perTier: Float64Array;
  /**
   * Everything the kernel reads, in one array at the KERNEL offsets, so
   * that the hot loop depends on no object's shape (a policy object whose
   * field changed from integer to fraction would otherwise throw away the
   * loop's optimized code).
   */
  readonly kernel: Float64Array;
  readonly exact: ExactRates;
};

/** Offsets in PolicyTables.kernel. */
export const KERNEL = {
  MIN_WORKERS: 0,
  MIN_ARR: 4,
  MIN_COUNTRIES: 8,
  BASIS: 11,
  EXPANDING_PPM: 12,
  CONTRACTING_PPM: 13,
  VAR_TICKET: 14,
  VAR_WORKER_NO_TICKET: 15,
  VAR_WORKER: 16,
  VAR_COUNTRY: 17,
  VAR_SCALE: 18,
  HAS_FLOOR: 19,
  /** Uplift by complexity 0–2, then 0 for unknown complexity. */
  UPLIFT: 20,
  /** The perTier block, 8 per tier slot. */
  PER_TIER: 24,
  LENGTH: 64,
} as const;

function packKernel(t: Omit<PolicyTables, 'kernel' | 'exact'>): Float64Array {
  const k = new Float64Array(KERNEL.LENGTH);
  k.set(t.minWorkers, KERNEL.MIN_WORKERS);
  k.set(t.minArrCents, KERNEL.MIN_ARR);
  k.set(t.minCountries, KERNEL.MIN_COUNTRIES);
  k.set(
    [
      t.basis,
      t.expandingPpm,
      t.contractingPpm,
      t.varTicket,
      t.varWorkerNoTicket,
      t.varWorker,
      t.varCountry,
      t.varScale,
      t.hasFloor ? 1 : 0,
      t.uplift[0]!,
      t.uplift[1]!,
      t.uplift[2]!,
      0,
    ],
    KERNEL.BASIS,
  );
  k.set(t.perTier, KERNEL.PER_TIER);
  return k;
}

const cache = new WeakMap<Policy, PolicyTables>();

/** The policy compiled for the engine; cached per policy object. */
export function getPolicyTables(policy: Policy): PolicyTables {
  let tables = cache.get(policy);
  if (!tables) {
    tables = compilePolicy(policy);
    cache.set(policy, tables);
  }
  return tables;
}

function tierValues(
  fn: (tier: (typeof TIERS)[number]) => number,
): Float64Array {
  return Float64Array.from(TIERS, fn);
}

function compileGrowth(policy: Policy) {
  return {
    expandingPpm: ppmFromFraction(policy.growth.expanding_above),
    contractingPpm: ppmFromFraction(policy.growth.contracting_below),
  };
}

function compileExact(policy: Policy): ExactRates {
  const { costs } = policy;
  const tiers = TIERS.map((tier) => policy.tiers[tier]);
  // Read to the millionth, so that varScale stays small (10^6 at most).
  const ticketsPerWorker = rationalFromDecimal(
    Number(costs.tickets_per_worker.toFixed(6)),
  );
  const priceFactor = tiers.map((tier) =>
    ratAdd(ratInt(1), rationalFromDecimal(tier.price_change)),
  );
  return {
    csmAnnualCents: BigInt(centsFromUsd(costs.csm_annual_cost)),
    ratio: tiers.map((tier) => BigInt(tier.csm_ratio)),
    onboardingCents: tiers.map((tier) =>
      BigInt(centsFromUsd(tier.onboarding_cost)),
    ),
    onboardingMonths: BigInt(costs.onboarding_months),
    platformCents: BigInt(centsFromUsd(costs.platform_per_client)),
    ticketCents: BigInt(centsFromUsd(costs.ticket_cost)),
    ticketsPerWorker,
    payrollCents: BigInt(centsFromUsd(costs.payroll_ops_per_worker)),
    countryCents: BigInt(centsFromUsd(costs.country_ops_per_country)),
    varScale: ticketsPerWorker.den,
    priceFactor: [...priceFactor, rational(1n)],
    floorCents: [
      ...tiers.map((tier) =>
        tier.min_pepm === null ? 0n : BigInt(centsFromUsd(tier.min_pepm)),
      ),
      0n,
    ],
    gmTarget: tiers.map((tier) => rationalFromDecimal(tier.gm_target)),
  };
}

function compileFloor(exact: ExactRates) {
  const floorLeft = new Float64Array(5);
  const floorRight = new Float64Array(5);
  const floorSafeArr = new Float64Array(5);
  const floorSafeWorkers = new Float64Array(5);
  for (let t = 0; t < 5; t++) {
    const factor = exact.priceFactor[t]!;
    const right = 12n * factor.den * exact.floorCents[t]!;
    floorLeft[t] = Number(factor.num);
    floorRight[t] = Number(right);
    const exactFactors =
      Number.isSafeInteger(floorLeft[t]) && Number.isSafeInteger(floorRight[t]);
    // A factor too fine for a double sends every client to the BigInt path.
    floorSafeArr[t] = exactFactors
      ? EXACT_LIMIT / Math.max(1, Math.abs(floorLeft[t]!))
      : -1;
    floorSafeWorkers[t] = exactFactors
      ? EXACT_LIMIT / Math.max(1, floorRight[t]!)
      : -1;
  }
  return { floorLeft, floorRight, floorSafeArr, floorSafeWorkers };
}

function compileCosts(policy: Policy, exact: ExactRates) {
  const months = Number(exact.onboardingMonths);
  const csmMonthly = Number(exact.csmAnnualCents) / 12;
  const platform = Number(exact.platformCents);
  const fixedCostCents = new Float64Array(5).fill(NaN);
  TIERS.forEach((tier, t) => {
    fixedCostCents[t] =
      csmMonthly / policy.tiers[tier].csm_ratio +
      Number(exact.onboardingCents[t]) / months +
      platform;
  });
  const scale = exact.varScale;
  return {
    fixedCostCents,
    varScale: Number(scale),
    varTicket: Number(exact.ticketCents * scale),
    varWorkerNoTicket: Number(
      (exact.ticketCents * exact.ticketsPerWorker.num * scale) /
        exact.ticketsPerWorker.den,
    ),
    varWorker: Number(exact.payrollCents * scale),
    varCountry: Number(exact.countryCents * scale),
  };
}

function compileUplift(policy: Policy): Uint8Array {
  const uplift = new Uint8Array(256);
  uplift[0] = policy.complexity.Low.uplift;
  uplift[1] = policy.complexity.Medium.uplift;
  uplift[2] = policy.complexity.High.uplift;
  return uplift;
}

function packPerTier(
  parts: Pick<
    PolicyTables,
    | 'fixedCostCents'
    | 'revenuePerArr'
    | 'floorLeft'
    | 'floorRight'
    | 'floorSafeArr'
    | 'floorSafeWorkers'
    | 'floorCents'
  >,
): Float64Array {
  const packed = new Float64Array(5 * 8);
  for (let t = 0; t < 5; t++) {
    packed.set(
      [
        parts.fixedCostCents[t]!,
        parts.revenuePerArr[t]!,
        parts.floorLeft[t]!,
        parts.floorRight[t]!,
        parts.floorSafeArr[t]!,
        parts.floorSafeWorkers[t]!,
        parts.floorCents[t]!,
      ],
      t * 8,
    );
  }
  return packed;
}

/** Compiles a policy (prefer getPolicyTables, which caches). */
export function compilePolicy(policy: Policy): PolicyTables {
  const exact = compileExact(policy);
  const revenuePerArr = new Float64Array(5);
  for (let t = 0; t < 5; t++) {
    const factor = exact.priceFactor[t]!;
    revenuePerArr[t] = Number(factor.num) / Number(factor.den) / 12;
  }
  const costs = compileCosts(policy, exact);
  const floor = compileFloor(exact);
  const floorCents = Float64Array.from(exact.floorCents, Number);
  const parts = {
    basis: BASIS_CODES[policy.size_basis],
    minWorkers: tierValues((tier) => policy.tiers[tier].min_workers),
    minArrCents: tierValues((tier) => centsFromUsd(policy.tiers[tier].min_arr)),
    minCountries: Float64Array.of(
      policy.complexity.Low.min_countries,
      policy.complexity.Medium.min_countries,
      policy.complexity.High.min_countries,
    ),
    uplift: compileUplift(policy),
    ...compileGrowth(policy),
    ...costs,
    revenuePerArr,
    floorCents,
    hasFloor: exact.floorCents.some((cents) => cents > 0n),
    ...floor,
    ratio: tierValues((tier) => policy.tiers[tier].csm_ratio),
    perTier: packPerTier({ ...costs, ...floor, revenuePerArr, floorCents }),
  };
  return { ...parts, kernel: packKernel(parts), exact };
}
