/**
 * The sums the hot loop (kernel.ts) adds into, and their conversion to
 * exact integers. The kernel sums per fine bin: primary (5) × complexity
 * (4) × service tier (5) × revenue known (2), index 4 or 3 standing for
 * unassigned. Those bins fold into segment bins (service × known, the
 * SEG layout) and matrix bins (primary × complexity × service, the CELL
 * layout) that segments.ts reads.
 */
import type { ClientColumns } from '../columns';
import { EXACT_LIMIT } from '../money';
import { isFloored } from './floor';
import { getGrowthKeys } from './growth-key';
import { runKernel } from './kernel';
import type { PolicyTables } from './policy-tables';
import type { Classification, ClientEconomics } from './types';

/** Fine bins of the kernel. */
export const FINE_BINS = 200;

/** Offsets of the kernel's double sums in one fine bin. */
export const SUM = {
  ARR: 0,
  WORKERS: 1,
  /** Variable cost a month × varScale (tickets, payroll ops, countries). */
  VAR_COST: 2,
  COUNTRIES: 3,
  HEALTH: 4,
  NRR_NOW: 5,
  NRR_PRIOR: 6,
  /** Only summed when a tier has a floor. */
  UNFLOORED: 7,
  FLOOR_WORKERS: 8,
} as const;
export const SUM_FIELDS = 9;

/** Bits of a client's facts code; the kernel counts clients per code. */
export const FLAG = {
  COUNTRIES_KNOWN: 1,
  HEALTH_KNOWN: 2,
  CHURNED: 4,
  CHURN_KNOWN: 8,
  NRR_PAIR: 16,
  EXPANDING: 32,
  GROWTH_MEASURED: 64,
} as const;
export const FLAG_CODES = 128;

/** Segment bins: service tier (0–3, NO_TIER) × revenue known (0, 1). */
export const SEG_BINS = 10;

/** Offsets of the exact sums of one segment bin. */
export const SEG = {
  COUNT: 0,
  /** ARR cents of clients whose ARR is known. */
  ARR: 1,
  /** ARR cents of clients above their tier's floor (priced off MRR). */
  UNFLOORED: 2,
  /** Workers of clients raised to their tier's floor. */
  FLOOR_WORKERS: 3,
  WORKERS: 4,
  VAR_COST: 5,
  COUNTRIES: 6,
  COUNTRIES_KNOWN: 7,
  HEALTH_KNOWN: 8,
  CHURNED: 9,
  CHURN_KNOWN: 10,
  /** ARR cents now (0 when churned) of clients with a known prior ARR. */
  NRR_NOW: 11,
  NRR_PRIOR: 12,
  NRR_PAIRS: 13,
  EXPANDING: 14,
  /** Clients with a measured growth (Expanding, Stable or Contracting). */
  GROWTH_MEASURED: 15,
} as const;
export const SEG_FIELDS = 16;

/** Offsets of the sums in one matrix bin. */
export const CELL = { COUNT: 0, ARR: 1, UNFLOORED: 2, FLOOR_WORKERS: 3 };
export const CELL_FIELDS = 4;
/** Matrix bins: primary (5) × complexity (4) × service tier (5). */
export const CELL_BINS = 100;

/** Per CSM: clients per service tier (0–3, NO_TIER). */
export const CSM_FIELDS = 5;

/** What the kernel adds into. */
export type Accumulators = {
  readonly sums: Float64Array;
  /** Clients per fine bin and facts code. */
  readonly counts: Uint32Array;
};

/** Zeroed sums for the kernel. */
export function createAccumulators(): Accumulators {
  return {
    sums: new Float64Array(FINE_BINS * SUM_FIELDS),
    counts: new Uint32Array(FINE_BINS * FLAG_CODES),
  };
}

/**
 * Clients per CSM and service tier (CSM_FIELDS per CSM). A loop of its
 * own because the increment lands at random in an array of 20 bytes per
 * CSM (800 KB for 40,000 CSMs) that the kernel's column streams keep
 * evicting: inside the kernel's long body each miss stalls the loop,
 * whereas this short body keeps many misses in flight. Measured at 1M
 * clients: kernel 10–15 ms faster, this loop under 4 ms. Uint32 rather
 * than doubles halves the lines it misses on (a count cannot pass 2^32:
 * no column is that long).
 */
export function countCsmClients(
  csmIndex: Int32Array,
  service: Uint8Array,
  csmCount: number,
): Uint32Array {
  const csm = new Uint32Array(csmCount * CSM_FIELDS);
  for (let i = 0; i < csmIndex.length; i++) {
    const k = csmIndex[i]!;
    const s = service[i]!;
    if (k >= 0) csm[k * CSM_FIELDS + (s === 255 ? 4 : s)]! += 1;
  }
  return csm;
}

/**
 * The segment and matrix sums as exact integers (health, which may hold
 * fractions, stays a double), and the CSM counts.
 */
export type ExactSums = {
  readonly seg: readonly bigint[];
  readonly cell: readonly bigint[];
  /** The health sum of each segment bin. */
  readonly health: Float64Array;
  readonly csm: Uint32Array;
};

type Folded = { readonly seg: Float64Array; readonly cell: Float64Array };

/** Kernel sums and the SEG fields they fold into. */
const SUMMED_FROM = Int32Array.of(
  SUM.ARR,
  SUM.WORKERS,
  SUM.VAR_COST,
  SUM.COUNTRIES,
  SUM.NRR_NOW,
  SUM.NRR_PRIOR,
  SUM.FLOOR_WORKERS,
);
const SUMMED_TO = Int32Array.of(
  SEG.ARR,
  SEG.WORKERS,
  SEG.VAR_COST,
  SEG.COUNTRIES,
  SEG.NRR_NOW,
  SEG.NRR_PRIOR,
  SEG.FLOOR_WORKERS,
);

/** Folds one fine bin's counts into its segment and matrix bins. */
function foldCounts(acc: Accumulators, fine: number, into: Folded) {
  // A fine bin is ((primary × 4 + complexity) × 5 + service) × 2 + known.
  const o = (fine % SEG_BINS) * SEG_FIELDS;
  const { seg } = into;
  const counts = acc.counts;
  const first = fine * FLAG_CODES;
  let clients = 0;
  for (let code = 0; code < FLAG_CODES; code++) {
    const n = counts[first + code]!;
    if (n === 0) continue;
    clients += n;
    if (code & FLAG.COUNTRIES_KNOWN) seg[o + SEG.COUNTRIES_KNOWN]! += n;
    if (code & FLAG.HEALTH_KNOWN) seg[o + SEG.HEALTH_KNOWN]! += n;
    if (code & FLAG.CHURNED) seg[o + SEG.CHURNED]! += n;
    if (code & FLAG.CHURN_KNOWN) seg[o + SEG.CHURN_KNOWN]! += n;
    if (code & FLAG.NRR_PAIR) seg[o + SEG.NRR_PAIRS]! += n;
    if (code & FLAG.EXPANDING) seg[o + SEG.EXPANDING]! += n;
    if (code & FLAG.GROWTH_MEASURED) seg[o + SEG.GROWTH_MEASURED]! += n;
  }
  seg[o + SEG.COUNT]! += clients;
  into.cell[(fine >> 1) * CELL_FIELDS + CELL.COUNT]! += clients;
}

/**
 * Folds the fine bins into segment and matrix bins, in doubles: exact
 * while every field's grand total stays below 2^53 (the sums are of
 * non-negative integers, so no partial sum is larger), which `exact`
 * reports.
 */
export function foldSums(
  acc: Accumulators,
  hasFloor: boolean,
): Folded & { readonly health: Float64Array; readonly exact: boolean } {
  const folded = {
    seg: new Float64Array(SEG_BINS * SEG_FIELDS),
    cell: new Float64Array(CELL_BINS * CELL_FIELDS),
    health: new Float64Array(SEG_BINS),
  };
  const { sums } = acc;
  for (let fine = 0; fine < FINE_BINS; fine++) {
    const r = fine * SUM_FIELDS;
    const segBin = fine % SEG_BINS;
    const seg = segBin * SEG_FIELDS;
    const cell = (fine >> 1) * CELL_FIELDS;
    for (let j = 0; j < SUMMED_FROM.length; j++) {
      folded.seg[seg + SUMMED_TO[j]!]! += sums[r + SUMMED_FROM[j]!]!;
    }
    // Without a floor every client is priced off its MRR.
    const unfloored = sums[r + (hasFloor ? SUM.UNFLOORED : SUM.ARR)]!;
    folded.seg[seg + SEG.UNFLOORED]! += unfloored;
    folded.health[segBin]! += sums[r + SUM.HEALTH]!;
    folded.cell[cell + CELL.ARR]! += sums[r + SUM.ARR]!;
    folded.cell[cell + CELL.UNFLOORED]! += unfloored;
    folded.cell[cell + CELL.FLOOR_WORKERS]! += sums[r + SUM.FLOOR_WORKERS]!;
    foldCounts(acc, fine, folded);
  }
  return { ...folded, exact: grandTotalsExact(folded.seg) };
}

function grandTotalsExact(seg: Float64Array): boolean {
  for (let field = 0; field < SEG_FIELDS; field++) {
    let total = 0;
    for (let bin = 0; bin < SEG_BINS; bin++)
      total += seg[bin * SEG_FIELDS + field]!;
    if (!(total < EXACT_LIMIT)) return false;
  }
  return true;
}

function toBig(value: number): bigint {
  // Fractional cents are outside the column contract: round them.
  return BigInt(Number.isInteger(value) ? value : Math.round(value));
}

type MutableSums = { seg: bigint[]; cell: bigint[]; health: Float64Array };

function addExact(folded: ReturnType<typeof foldSums>, into: MutableSums) {
  folded.seg.forEach((value, j) => (into.seg[j]! += toBig(value)));
  folded.cell.forEach((value, j) => (into.cell[j]! += toBig(value)));
  folded.health.forEach((value, j) => (into.health[j]! += value));
}

/**
 * Runs the kernel over [start, end), settling with BigInt any client whose
 * floor compare it stops at (amounts past the exact range of doubles).
 */
function runRange(
  columns: ClientColumns,
  tables: PolicyTables,
  out: { cls: Classification; econ: ClientEconomics; acc: Accumulators },
  start: number,
  end: number,
): void {
  const { cls, econ, acc } = out;
  const keys = getGrowthKeys(columns);
  let i = start;
  while (i < end) {
    i = runKernel(columns, tables, keys, cls, econ, acc, i, end, -1);
    if (i >= end) return;
    const tier = serviceSlot(cls.service[i]!);
    const floored = isFloored(
      columns.arrCents[i]!,
      columns.workers[i]!,
      tier,
      tables,
    );
    runKernel(columns, tables, keys, cls, econ, acc, i, i + 1, +floored);
    i++;
  }
}

/** The per-tier slot of a service code (4 for unassigned). */
function serviceSlot(code: number): number {
  return code > 3 ? 4 : code;
}

/**
 * Runs the hot loop and returns its sums exactly. When a sum passed 2^53
 * (an ARR total above 90 trillion dollars) the loop is redone in halves
 * until each part is exact, a single client always being so. The CSM
 * counts come from the service tiers of the first pass.
 */
export function accumulateExact(
  columns: ClientColumns,
  tables: PolicyTables,
  csmIndex: Int32Array,
  cls: Classification,
  econ: ClientEconomics,
  csmCount: number,
): ExactSums {
  const first = createAccumulators();
  runRange(columns, tables, { cls, econ, acc: first }, 0, columns.length);
  const csm = countCsmClients(csmIndex, cls.service, csmCount);
  const folded = foldSums(first, tables.hasFloor);
  const exact: MutableSums = {
    seg: new Array<bigint>(SEG_BINS * SEG_FIELDS).fill(0n),
    cell: new Array<bigint>(CELL_BINS * CELL_FIELDS).fill(0n),
    health: new Float64Array(SEG_BINS),
  };
  if (folded.exact) {
    addExact(folded, exact);
    return { ...exact, csm };
  }
  const run = (start: number, end: number): void => {
    const acc = createAccumulators();
    runRange(columns, tables, { cls, econ, acc }, start, end);
    const part = foldSums(acc, tables.hasFloor);
    if (end - start <= 1 || part.exact) return addExact(part, exact);
    const middle = start + Math.floor((end - start) / 2);
    run(start, middle);
    run(middle, end);
  };
  run(0, columns.length);
  return { ...exact, csm };
}
