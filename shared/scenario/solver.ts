/**
 * The break-even solver: per tier, the loosest CSM ratio and the lowest
 * minimum PEPM that still meet the tier's gross-margin target, each with
 * everything else in the policy fixed. Neither parameter moves a client's
 * tier, so both are solved over the tier's exact sums (the rationals the
 * engine's segment figures come from), then checked with the engine itself
 * at the answer and one step beyond, and nudged should the two disagree.
 *
 * With revenue R, target g and cost C, the margin (R − C) / R is above g
 * exactly when R × (1 − g) > C (R > 0). The cost of the tier's clients
 * with known revenue is A / ratio + B; the revenue with a floor of F cents
 * is, per client with known workers w, the larger of its priced MRR and
 * w × F (the engine's floor compare), which rises with F.
 */
import type { ClientColumns } from '../columns';
import { TIERS, invariant } from '../domain';
import { SEG, SEG_FIELDS, accumulateExact } from '../engine/accumulate';
import { createClassification, createEconomics } from '../engine/classify';
import { getPolicyTables, type ExactRates } from '../engine/policy-tables';
import { computePortfolio, createPortfolioBuffers } from '../engine/portfolio';
import { costOf, revenueOf } from '../engine/segments';
import type { PortfolioBuffers, SegmentEconomics } from '../engine/types';
import {
  centsFromUsd,
  ratCompare,
  ratInt,
  ratMul,
  ratSub,
  rational,
  type Rational,
} from '../money';
import { validatePolicy, type Policy, type TierPolicy } from '../policy';
import type { BreakEven, BreakEvenStatus } from './types';

/** How far the engine check may move an answer before it is a bug. */
const MAX_NUDGES = 64;

/** A solved parameter value and how the search ended. */
export type BreakEvenSolution = {
  readonly status: BreakEvenStatus;
  readonly value: number | null;
};

/** One tier's exact sums under the policy. */
type TierSums = {
  readonly tier: number;
  /** Clients with known revenue: the margin is over them. */
  readonly knownCount: bigint;
  /** Revenue under the policy, and with no floor in this tier. */
  readonly revenue: Rational;
  readonly unfloored: Rational;
  /** ARR cents of the tier's clients whose ARR is known. */
  readonly arrCents: bigint;
  readonly knownCost: Rational;
  readonly rates: ExactRates;
};

/** The policy's exact segment sums, and every client's service tier. */
function exactSums(columns: ClientColumns, policy: Policy) {
  const tables = getPolicyTables(policy);
  const classification = createClassification(columns.length);
  const noCsm = new Int32Array(columns.length).fill(-1);
  const sums = accumulateExact(
    columns,
    tables,
    noCsm,
    classification,
    createEconomics(columns.length),
    0,
  );
  return {
    seg: sums.seg,
    service: classification.service,
    rates: tables.exact,
  };
}

function tierSums(
  seg: readonly bigint[],
  tier: number,
  rates: ExactRates,
): TierSums {
  const bin = (known: number) => (field: number) =>
    seg[(tier * 2 + known) * SEG_FIELDS + field]!;
  const all = (field: number) => bin(0)(field) + bin(1)(field);
  return {
    tier,
    knownCount: bin(1)(SEG.COUNT),
    revenue: revenueOf(all, tier, rates, SEG.UNFLOORED, SEG.FLOOR_WORKERS),
    unfloored: ratMul(rational(all(SEG.ARR), 12n), rates.priceFactor[tier]!),
    arrCents: all(SEG.ARR),
    knownCost: costOf(bin(1), tier, rates),
    rates,
  };
}

/** The largest integer below or at a non-negative rational. */
function floorOf(value: Rational): bigint {
  return value.num / value.den;
}

/** The fewest clients per CSM at which the margin is above target. */
function solveRatio(sums: TierSums): BreakEvenSolution {
  const { rates, tier, knownCount, revenue } = sums;
  const keep = ratSub(ratInt(1), rates.gmTarget[tier]!);
  // CSM cost of the tier's known clients at a ratio of 1.
  const csm = rational(knownCount * rates.csmAnnualCents, 12n);
  const fixed = ratSub(
    sums.knownCost,
    rational(csm.num, csm.den * rates.ratio[tier]!),
  );
  const room = ratSub(ratMul(revenue, keep), fixed);
  // Without revenue the margin is unknown; without room even no CSM fails.
  if (revenue.num === 0n || room.num <= 0n) return unreachable();
  if (csm.num === 0n) return { status: 'always_met', value: 1 };
  const ratio = floorOf(rational(csm.num * room.den, csm.den * room.num)) + 1n;
  if (ratio > BigInt(Number.MAX_SAFE_INTEGER)) return unreachable();
  return ratio <= 1n
    ? { status: 'always_met', value: 1 }
    : { status: 'solved', value: Number(ratio) };
}

function unreachable(): BreakEvenSolution {
  return { status: 'unreachable', value: null };
}

/** A client the floor can raise: known revenue and a positive worker count. */
type Floorable = {
  /** The lowest whole floor in cents at which the engine floors it. */
  readonly from: bigint;
  readonly arrCents: bigint;
  readonly workers: bigint;
};

/**
 * The tier's floorable clients, lowest floor point first. The engine
 * floors a client when workers × 12 × den × F > ARR × num (floor.ts),
 * that is from F = ⌊ARR × num / (12 × den × workers)⌋ + 1.
 */
function floorableClients(
  columns: ClientColumns,
  service: Uint8Array,
  sums: TierSums,
): Floorable[] {
  const factor = sums.rates.priceFactor[sums.tier]!;
  const found: Floorable[] = [];
  for (let i = 0; i < columns.length; i++) {
    const a = columns.arrCents[i]!;
    const w = columns.workers[i]!;
    if (service[i] !== sums.tier || a !== a || !(w > 0)) continue;
    const arrCents = BigInt(Math.round(a));
    const workers = BigInt(w);
    const from = (arrCents * factor.num) / (12n * factor.den * workers) + 1n;
    found.push({ from, arrCents, workers });
  }
  return found.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0));
}

/**
 * The revenue line over one run of floors: floored clients' workers, and
 * the priced MRR of the rest (floors ≥ start, below the next run's start).
 */
type FloorRun = {
  readonly start: bigint;
  readonly end: bigint | null;
  readonly workers: bigint;
  readonly priced: Rational;
};

/** The runs of floors between consecutive floor points. */
function floorRuns(clients: readonly Floorable[], sums: TierSums): FloorRun[] {
  const factor = sums.rates.priceFactor[sums.tier]!;
  let arr = sums.arrCents;
  let workers = 0n;
  const runs: FloorRun[] = [];
  for (let k = 0; k < clients.length; k++) {
    const client = clients[k]!;
    arr -= client.arrCents;
    workers += client.workers;
    const next = clients[k + 1];
    if (next && next.from === client.from) continue;
    runs.push({
      start: client.from,
      end: next ? next.from - 1n : null,
      workers,
      priced: ratMul(rational(arr, 12n), factor),
    });
  }
  return runs;
}

/** The lowest floor in a run that meets `need` (revenue above it), or null. */
function floorInRun(run: FloorRun, need: Rational): bigint | null {
  // priced + F × workers > need  ⇔  F > (need − priced) / workers.
  const gap = ratSub(need, run.priced);
  const lowest =
    gap.num < 0n
      ? run.start
      : floorOf(rational(gap.num, gap.den * run.workers)) + 1n;
  const floor = lowest > run.start ? lowest : run.start;
  return run.end === null || floor <= run.end ? floor : null;
}

/** The lowest minimum PEPM in cents at which the margin is above target. */
function solveFloor(
  columns: ClientColumns,
  service: Uint8Array,
  sums: TierSums,
): BreakEvenSolution {
  const keep = ratSub(ratInt(1), sums.rates.gmTarget[sums.tier]!);
  if (keep.num <= 0n) return unreachable();
  // Revenue must pass cost / (1 − g).
  const need = rational(
    sums.knownCost.num * keep.den,
    sums.knownCost.den * keep.num,
  );
  const { unfloored } = sums;
  if (unfloored.num > 0n && ratCompare(unfloored, need) > 0) {
    return { status: 'always_met', value: null };
  }
  const clients = floorableClients(columns, service, sums);
  for (const run of floorRuns(clients, sums)) {
    const floor = floorInRun(run, need);
    if (floor !== null && floor <= BigInt(Number.MAX_SAFE_INTEGER)) {
      return { status: 'solved', value: Number(floor) };
    }
  }
  return unreachable();
}

/**
 * How one parameter is set in a policy for the engine check: `lowest` is
 * its smallest value (ratio 1; a floor of 0 cents, which is no floor).
 */
type Tuning = {
  readonly lowest: number;
  readonly patch: (value: number) => Partial<TierPolicy>;
};

const RATIO: Tuning = { lowest: 1, patch: (ratio) => ({ csm_ratio: ratio }) };
const FLOOR: Tuning = {
  lowest: 0,
  patch: (cents) => {
    invariant(centsFromUsd(cents / 100) === cents, 'a floor in whole cents');
    return { min_pepm: cents / 100 };
  },
};

/** The policy with each tier whose value is not null set to it. */
function withValues(
  policy: Policy,
  values: readonly (number | null)[],
  tuning: Tuning,
): Policy {
  const tiers = { ...policy.tiers };
  values.forEach((value, t) => {
    const tier = TIERS[t]!;
    if (value !== null)
      tiers[tier] = { ...tiers[tier], ...tuning.patch(value) };
  });
  return validatePolicy({ ...policy, tiers });
}

/** The engine's figures per tier (SMB first) under a policy. */
type TierRows = (policy: Policy) => readonly SegmentEconomics[];

const isMet = (row: SegmentEconomics) => row.gm_target_met === true;

/**
 * Checks every tier's solved value with the engine at once (a tier's ratio
 * or floor changes only its own segment) at the value and one below, and
 * moves a value only where the engine disagrees: up while missed, down
 * while one below still meets. Returns the values and the rows at them.
 */
function settle(
  policy: Policy,
  start: readonly (number | null)[],
  tuning: Tuning,
  rowsOf: TierRows,
) {
  let values = [...start];
  for (let round = 0; ; round++) {
    invariant(round <= MAX_NUDGES, 'break-even disagrees with the engine');
    const rows = rowsOf(withValues(policy, values, tuning));
    const missed = values.map((v, t) => v !== null && !isMet(rows[t]!));
    if (missed.some(Boolean)) {
      values = values.map((v, t) => (missed[t] ? v! + 1 : v));
      continue;
    }
    const below = values.map((v) =>
      v !== null && v > tuning.lowest ? v - 1 : null,
    );
    if (below.every((v) => v === null)) return { values, rows };
    const belowRows = rowsOf(withValues(policy, below, tuning));
    const stillMet = below.map((v, t) => v !== null && isMet(belowRows[t]!));
    if (!stillMet.some(Boolean)) return { values, rows };
    values = values.map((v, t) => (stillMet[t] ? v! - 1 : v));
  }
}

type Answer = {
  readonly value: number | null;
  readonly status: BreakEvenStatus;
  readonly margin: number | null;
};

const NO_CLIENTS = { value: null, status: 'no_clients', margin: null } as const;

/** The analytic solutions as values to check: null where none applies. */
function startValues(solutions: readonly BreakEvenSolution[], lowest: number) {
  return solutions.map((s) =>
    s.status === 'solved' || s.status === 'always_met'
      ? (s.value ?? lowest)
      : null,
  );
}

function toAnswers(
  solutions: readonly BreakEvenSolution[],
  settled: ReturnType<typeof settle>,
  tuning: Tuning,
  lowestValue: number | null,
): Answer[] {
  return solutions.map((solution, t) => {
    const value = settled.values[t]!;
    if (value === null) return { ...solution, margin: null };
    const margin = settled.rows[t]!.gross_margin;
    return value === tuning.lowest
      ? { value: lowestValue, status: 'always_met', margin }
      : { value, status: 'solved', margin };
  });
}

/**
 * The break-even values of every tier from the exact sums alone, before
 * the engine checks them (solveBreakEven), for tests to hold them to.
 */
export function solveBreakEvenExactly(
  columns: ClientColumns,
  policy: Policy,
): { readonly ratio: BreakEvenSolution; readonly floor: BreakEvenSolution }[] {
  const { seg, service, rates } = exactSums(columns, policy);
  return TIERS.map((_, t) => {
    const sums = tierSums(seg, t, rates);
    if (sums.knownCount === 0n) return { ratio: NO_CLIENTS, floor: NO_CLIENTS };
    return {
      ratio: solveRatio(sums),
      floor: solveFloor(columns, service, sums),
    };
  });
}

/**
 * Per tier (SMB first), the loosest CSM ratio and the lowest minimum PEPM
 * that meet its gross-margin target, each with everything else fixed.
 */
export function solveBreakEven(
  columns: ClientColumns,
  policy: Policy,
): BreakEven[] {
  const buffers: PortfolioBuffers = createPortfolioBuffers(columns.length);
  const rowsOf: TierRows = (p) => {
    const { segments } = computePortfolio(columns, p, buffers);
    return TIERS.map((tier) => segments.find((row) => row.segment === tier)!);
  };
  const current = rowsOf(policy);
  const solved = solveBreakEvenExactly(columns, policy);
  const ratios = solved.map((s) => s.ratio);
  const floors = solved.map((s) => s.floor);
  const ratio = toAnswers(
    ratios,
    settle(policy, startValues(ratios, 1), RATIO, rowsOf),
    RATIO,
    1,
  );
  const floor = toAnswers(
    floors,
    settle(policy, startValues(floors, 0), FLOOR, rowsOf),
    FLOOR,
    null,
  );
  return TIERS.map((tier, t) => {
    const { min_pepm, csm_ratio, gm_target } = policy.tiers[tier];
    return {
      tier,
      gm_target,
      gross_margin: current[t]!.gross_margin,
      client_count: current[t]!.client_count,
      current_ratio: csm_ratio,
      ratio: ratio[t]!.value,
      ratio_status: ratio[t]!.status,
      ratio_margin: ratio[t]!.margin,
      current_min_pepm_cents: min_pepm === null ? null : centsFromUsd(min_pepm),
      min_pepm_cents: floor[t]!.value,
      min_pepm_status: floor[t]!.status,
      min_pepm_margin: floor[t]!.margin,
    };
  });
}
