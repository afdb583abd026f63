/**
 * The hot loop: one pass over the columns and the classification that
 * writes each client's revenue and cost (doubles, for display) and sums
 * the integer inputs of every segment, matrix cell and CSM. Rates are
 * applied to those sums once, exactly, in segments.ts; nothing here rounds.
 *
 * NOTE: this loop is long on purpose (DESIGN.md §8 budget: 25 ns a
 * client). It allocates nothing, touches no strings, and reads each column
 * once; split it and the budget goes.
 */
import { CHURN_UNKNOWN, CHURN_YES, UNASSIGNED } from '../domain';
import type { ClientColumns } from '../columns';
import { EXACT_LIMIT } from '../money';
import { EXPANDING, NEW } from './growth';
import { NO_TIER, type PolicyTables } from './policy-tables';
import type { Classification, ClientEconomics } from './types';

/** Offsets of the sums in one segment bin. */
export const SEG = {
  COUNT: 0,
  /** ARR cents of clients whose ARR is known. */
  ARR: 1,
  /** ARR cents of clients above their tier's floor (priced off MRR). */
  UNFLOORED: 2,
  /** Workers of clients raised to their tier's floor. */
  FLOOR_WORKERS: 3,
  WORKERS: 4,
  TICKETS: 5,
  /** Workers of clients with no ticket count (priced per worker). */
  WORKERS_NO_TICKETS: 6,
  COUNTRIES: 7,
  COUNTRIES_KNOWN: 8,
  HEALTH: 9,
  HEALTH_KNOWN: 10,
  CHURNED: 11,
  CHURN_KNOWN: 12,
  /** ARR cents now (0 when churned) of clients with a known prior ARR. */
  NRR_NOW: 13,
  NRR_PRIOR: 14,
  NRR_PAIRS: 15,
  EXPANDING: 16,
  /** Clients with a measured growth (Expanding, Stable or Contracting). */
  GROWTH_MEASURED: 17,
} as const;
export const SEG_FIELDS = 18;
/** Segment bins: service tier (0–3, NO_TIER) × revenue known (0, 1). */
export const SEG_BINS = 10;

/** Offsets of the sums in one matrix bin. */
export const CELL = { COUNT: 0, ARR: 1, UNFLOORED: 2, FLOOR_WORKERS: 3 };
export const CELL_FIELDS = 4;
/** Matrix bins: primary (5) × complexity (4) × service tier (5). */
export const CELL_BINS = 100;

/** Offsets in one CSM's sums: clients per service tier 0–4, then these. */
export const CSM = { WORKERS: 5, ARR: 6 } as const;
export const CSM_FIELDS = 7;

/** The sums the hot loop produces. */
export type Accumulators = {
  readonly seg: Float64Array;
  readonly cell: Float64Array;
  readonly csm: Float64Array;
};

/** Zeroed sums for a portfolio with `csmCount` CSMs. */
export function createAccumulators(csmCount: number): Accumulators {
  return {
    seg: new Float64Array(SEG_BINS * SEG_FIELDS),
    cell: new Float64Array(CELL_BINS * CELL_FIELDS),
    csm: new Float64Array(csmCount * CSM_FIELDS),
  };
}

/** The matrix bin of a primary tier, complexity and service tier. */
export function cellBin(primary: number, complexity: number, service: number) {
  const p = primary === UNASSIGNED ? NO_TIER : primary;
  const c = complexity === UNASSIGNED ? 3 : complexity;
  return (p * 4 + c) * 5 + service;
}

/** Whether the exact floor compare says a client is raised to the floor. */
export function isFloored(
  arrCents: number,
  workers: number,
  tier: number,
  tables: PolicyTables,
): boolean {
  if (
    arrCents <= tables.floorSafeArr[tier] &&
    workers <= tables.floorSafeWorkers[tier]
  ) {
    return (
      workers * tables.floorRight[tier] > arrCents * tables.floorLeft[tier]
    );
  }
  const { priceFactor, floorCents } = tables.exact;
  const factor = priceFactor[tier];
  const right = BigInt(workers) * 12n * factor.den * floorCents[tier];
  return right > BigInt(Math.round(arrCents)) * factor.num;
}

/**
 * Runs the hot loop over clients [start, end): writes their economics and
 * adds into `acc`. csmIndex maps each client to a CSM slot, or −1.
 */
export function accumulate(
  columns: ClientColumns,
  cls: Classification,
  tables: PolicyTables,
  csmIndex: Int32Array,
  econ: ClientEconomics,
  acc: Accumulators,
  start = 0,
  end = columns.length,
): void {
  const { workers, arrCents, countryCount, tickets, health } = columns;
  const { churned, arrPriorCents } = columns;
  const { service, primary, complexity, growth } = cls;
  const { fixedCostCents, ticketCents, ticketCentsPerWorker } = tables;
  const { payrollCents, countryCents, revenuePerArr, floorCents } = tables;
  const { floorRight } = tables;
  const { revenueCents, costCents } = econ;
  const { seg, cell, csm } = acc;
  for (let i = start; i < end; i++) {
    const s0 = service[i];
    const s = s0 === UNASSIGNED ? NO_TIER : s0;
    const w = workers[i];
    const wk = w === w ? w : 0;
    const a = arrCents[i];
    const known = a === a;
    const tk = tickets[i];
    const hasTickets = tk === tk;
    const cc = countryCount[i];
    const ck = cc === cc ? cc : 0;

    costCents[i] =
      fixedCostCents[s] +
      (hasTickets ? tk * ticketCents : wk * ticketCentsPerWorker) +
      wk * payrollCents +
      ck * countryCents;
    const floored =
      known && floorRight[s] > 0 && w === w && isFloored(a, w, s, tables);
    revenueCents[i] = floored ? w * floorCents[s] : a * revenuePerArr[s];

    const b = (s * 2 + (known ? 1 : 0)) * SEG_FIELDS;
    const ak = known ? a : 0;
    const unfloored = floored ? 0 : ak;
    const flw = floored ? w : 0;
    seg[b + SEG.COUNT] += 1;
    seg[b + SEG.ARR] += ak;
    seg[b + SEG.UNFLOORED] += unfloored;
    seg[b + SEG.FLOOR_WORKERS] += flw;
    seg[b + SEG.WORKERS] += wk;
    seg[b + SEG.TICKETS] += hasTickets ? tk : 0;
    seg[b + SEG.WORKERS_NO_TICKETS] += hasTickets ? 0 : wk;
    seg[b + SEG.COUNTRIES] += ck;
    seg[b + SEG.COUNTRIES_KNOWN] += cc === cc ? 1 : 0;
    const h = health[i];
    seg[b + SEG.HEALTH] += h === h ? h : 0;
    seg[b + SEG.HEALTH_KNOWN] += h === h ? 1 : 0;
    const ch = churned[i];
    seg[b + SEG.CHURNED] += ch === CHURN_YES ? 1 : 0;
    seg[b + SEG.CHURN_KNOWN] += ch === CHURN_UNKNOWN ? 0 : 1;
    const ap = arrPriorCents[i];
    const pair = known && ap === ap;
    seg[b + SEG.NRR_NOW] += pair && ch !== CHURN_YES ? a : 0;
    seg[b + SEG.NRR_PRIOR] += pair ? ap : 0;
    seg[b + SEG.NRR_PAIRS] += pair ? 1 : 0;
    const g = growth[i];
    seg[b + SEG.EXPANDING] += g === EXPANDING ? 1 : 0;
    seg[b + SEG.GROWTH_MEASURED] += g < NEW ? 1 : 0;

    const m = cellBin(primary[i], complexity[i], s) * CELL_FIELDS;
    cell[m + CELL.COUNT] += 1;
    cell[m + CELL.ARR] += ak;
    cell[m + CELL.UNFLOORED] += unfloored;
    cell[m + CELL.FLOOR_WORKERS] += flw;

    const k = csmIndex[i];
    if (k >= 0) {
      const o = k * CSM_FIELDS;
      csm[o + s] += 1;
      csm[o + CSM.WORKERS] += wk;
      csm[o + CSM.ARR] += ak;
    }
  }
}

/**
 * The segment and matrix sums as exact integers (health, which may hold
 * fractions, stays a double), and the CSM sums as they are.
 */
export type ExactSums = {
  readonly seg: readonly bigint[];
  readonly cell: readonly bigint[];
  /** SEG.HEALTH of each segment bin. */
  readonly health: Float64Array;
  readonly csm: Float64Array;
};

/**
 * True when every segment and matrix sum stayed at or below 2^53, where
 * adding non-negative integers in doubles is exact (a partial sum that
 * rounded would have stayed above).
 */
export function sumsAreExact(acc: Accumulators): boolean {
  for (const sums of [acc.seg, acc.cell]) {
    for (let j = 0; j < sums.length; j++) {
      if (!(sums[j]! <= EXACT_LIMIT)) return false;
    }
  }
  return true;
}

function toBig(value: number): bigint {
  // Fractional cents are outside the column contract: round them.
  return BigInt(Number.isInteger(value) ? value : Math.round(value));
}

/** Adds double sums into exact ones (the health sums into `health`). */
export function addExact(
  acc: Accumulators,
  into: { seg: bigint[]; cell: bigint[]; health: Float64Array },
): void {
  for (let j = 0; j < acc.seg.length; j++) {
    if (j % SEG_FIELDS === SEG.HEALTH) {
      into.health[(j - SEG.HEALTH) / SEG_FIELDS]! += acc.seg[j]!;
    } else {
      into.seg[j]! += toBig(acc.seg[j]!);
    }
  }
  for (let j = 0; j < acc.cell.length; j++) {
    into.cell[j]! += toBig(acc.cell[j]!);
  }
}

/**
 * Runs the hot loop and returns its sums exactly. When a sum passed 2^53
 * (an ARR total above 90 trillion dollars) the loop is redone in halves
 * until each part is exact, a single client always being so. CSM sums
 * are kept from the first pass as doubles.
 */
export function accumulateExact(
  columns: ClientColumns,
  cls: Classification,
  tables: PolicyTables,
  csmIndex: Int32Array,
  econ: ClientEconomics,
  csmCount: number,
): ExactSums {
  const first = createAccumulators(csmCount);
  accumulate(columns, cls, tables, csmIndex, econ, first);
  const exact = {
    seg: new Array<bigint>(SEG_BINS * SEG_FIELDS).fill(0n),
    cell: new Array<bigint>(CELL_BINS * CELL_FIELDS).fill(0n),
    health: new Float64Array(SEG_BINS),
  };
  if (sumsAreExact(first)) {
    addExact(first, exact);
    return { ...exact, csm: first.csm };
  }
  const scratch = new Float64Array(csmCount * CSM_FIELDS);
  const run = (start: number, end: number): void => {
    const acc = { ...createAccumulators(0), csm: scratch };
    accumulate(columns, cls, tables, csmIndex, econ, acc, start, end);
    if (end - start <= 1 || sumsAreExact(acc)) return addExact(acc, exact);
    const middle = start + Math.floor((end - start) / 2);
    run(start, middle);
    run(middle, end);
  };
  run(0, columns.length);
  return { ...exact, csm: first.csm };
}
