/**
 * The margin bridge between two policies: each segment's monthly gross
 * profit before, its change split into volume, mix, price and cost
 * effects, and the profit after (the definition is in BridgeRow and the
 * docs). Clients are summed per (before tier, after tier) pair as
 * integers, the policies' exact rates are applied to those sums once as
 * rationals, and each figure is rounded once, cumulatively, so the parts
 * add up to the total to the cent.
 */
import type { ClientColumns } from '../columns';
import { TIERS, invariant } from '../domain';
import { SEG } from '../engine/accumulate';
import { isFloored } from '../engine/floor';
import {
  NO_TIER,
  getPolicyTables,
  type ExactRates,
  type PolicyTables,
} from '../engine/policy-tables';
import { costOf, revenueOf } from '../engine/segments';
import {
  EXACT_LIMIT,
  ratAdd,
  ratCompare,
  ratRound,
  ratSub,
  rational,
  type Rational,
} from '../money';
import type { BridgeRow, PolicyRun } from './types';

/** Tier slots: the four tiers and NO_TIER. */
const SLOTS = 5;
const PAIRS = SLOTS * SLOTS;

/**
 * Offsets of one (before, after) pair's integer sums, over its clients
 * with a known revenue. AA is a client priced in its before tier under
 * before's policy, AB in its after tier under before's, BB in its after
 * tier under after's: each with the floor decided as the engine does.
 */
const F = {
  COUNT: 0,
  TICKETS: 1,
  /** Workers of clients with no ticket count (tickets per worker apply). */
  NO_TICKET_WORKERS: 2,
  WORKERS: 3,
  COUNTRIES: 4,
  UNFLOORED_AA: 5,
  FLOOR_WORKERS_AA: 6,
  UNFLOORED_AB: 7,
  FLOOR_WORKERS_AB: 8,
  UNFLOORED_BB: 9,
  FLOOR_WORKERS_BB: 10,
} as const;
const FIELDS = 11;

/** Clients summed in doubles before the sums are checked and kept exactly. */
const CHUNK = 1 << 15;

/** The per-tier service slot of a service code. */
function slotOf(code: number): number {
  return code > 3 ? NO_TIER : code;
}

/** Whether a client with known revenue is raised to tier t's floor. */
function floored(arr: number, w: number, t: number, tables: PolicyTables) {
  return w === w && tables.floorRight[t]! > 0 && isFloored(arr, w, t, tables);
}

type Pass = {
  readonly columns: ClientColumns;
  readonly before: Uint8Array;
  readonly after: Uint8Array;
  readonly tablesA: PolicyTables;
  readonly tablesB: PolicyTables;
};

/**
 * Adds clients [start, end) into `sums` (PAIRS × FIELDS, in doubles).
 * NOTE: the hot loop of the bridge, long on purpose: one pass, no
 * allocation, choices as sums of comparisons rather than branches (as in
 * kernel.ts), the floor compare only where a tier sets a floor.
 */
function addClients(
  pass: Pass,
  start: number,
  end: number,
  sums: Float64Array,
): void {
  const { columns, before, after, tablesA, tablesB } = pass;
  const { arrCents, workers, tickets, countryCount } = columns;
  const floors = tablesA.hasFloor || tablesB.hasFloor;
  for (let i = start; i < end; i++) {
    const arr = arrCents[i]!;
    const a = slotOf(before[i]!);
    const b = slotOf(after[i]!);
    // Unknown revenue is outside every margin; so is a client never tiered.
    if (arr !== arr || a + b === 2 * NO_TIER) continue;
    const o = (a * SLOTS + b) * FIELDS;
    const w = workers[i]!;
    const wk = w === w ? w : 0;
    const tk = tickets[i]!;
    const cc = countryCount[i]!;
    const hasTickets = tk === tk;
    sums[o + F.COUNT]! += 1;
    sums[o + F.TICKETS]! += hasTickets ? tk : 0;
    sums[o + F.NO_TICKET_WORKERS]! += hasTickets ? 0 : wk;
    sums[o + F.WORKERS]! += wk;
    sums[o + F.COUNTRIES]! += cc === cc ? cc : 0;
    if (!floors) {
      sums[o + F.UNFLOORED_AA]! += arr;
      continue;
    }
    const aa = floored(arr, w, a, tablesA);
    const ab = floored(arr, w, b, tablesA);
    const bb = floored(arr, w, b, tablesB);
    sums[o + F.UNFLOORED_AA]! += aa ? 0 : arr;
    sums[o + F.FLOOR_WORKERS_AA]! += aa ? w : 0;
    sums[o + F.UNFLOORED_AB]! += ab ? 0 : arr;
    sums[o + F.FLOOR_WORKERS_AB]! += ab ? w : 0;
    sums[o + F.UNFLOORED_BB]! += bb ? 0 : arr;
    sums[o + F.FLOOR_WORKERS_BB]! += bb ? w : 0;
  }
}

/**
 * Whether every double sum is exact: each is a sum of non-negative
 * integers, so below 2^53 no partial sum rounded.
 */
function sumsExact(sums: Float64Array): boolean {
  for (let j = 0; j < sums.length; j++)
    if (!(sums[j]! < EXACT_LIMIT)) return false;
  return true;
}

function toBig(value: number): bigint {
  // Fractional amounts are outside the column contract; the engine rounds them.
  return BigInt(Number.isInteger(value) ? value : Math.round(value));
}

/**
 * Adds clients [start, end) into the exact sums: in doubles, kept when
 * provably exact, else redone in halves down to one client (whose values
 * are each a double, converted exactly).
 */
function addExact(
  pass: Pass,
  start: number,
  end: number,
  scratch: Float64Array,
  exact: bigint[],
): void {
  scratch.fill(0);
  addClients(pass, start, end, scratch);
  if (end - start > 1 && !sumsExact(scratch)) {
    const middle = start + Math.floor((end - start) / 2);
    addExact(pass, start, middle, scratch, exact);
    addExact(pass, middle, end, scratch, exact);
    return;
  }
  for (let j = 0; j < scratch.length; j++) {
    if (scratch[j] !== 0) exact[j]! += toBig(scratch[j]!);
  }
}

/** The pairs' exact integer sums over every client. */
function pairSums(pass: Pass): bigint[] {
  const exact = new Array<bigint>(PAIRS * FIELDS).fill(0n);
  const scratch = new Float64Array(PAIRS * FIELDS);
  const n = pass.columns.length;
  for (let start = 0; start < n; start += CHUNK) {
    addExact(pass, start, Math.min(n, start + CHUNK), scratch, exact);
  }
  if (!pass.tablesA.hasFloor && !pass.tablesB.hasFloor) {
    // With no floor anywhere every client is priced off its MRR.
    for (let o = 0; o < exact.length; o += FIELDS) {
      exact[o + F.UNFLOORED_AB] = exact[o + F.UNFLOORED_AA]!;
      exact[o + F.UNFLOORED_BB] = exact[o + F.UNFLOORED_AA]!;
    }
  }
  return exact;
}

/** A pair's raw sums, as revenueOf reads them (fields of F). */
function rawSums(sums: readonly bigint[], o: number) {
  return (field: number): bigint => sums[o + field]!;
}

/**
 * A pair's sums as costOf reads them (SEG.COUNT and SEG.VAR_COST), under
 * one policy: the engine's variable cost × varScale (kernel.ts), from the
 * raw counts, which no policy changes.
 */
function costSums(sums: readonly bigint[], o: number, rates: ExactRates) {
  const { ticketCents, ticketsPerWorker: perWorker, varScale } = rates;
  const variable =
    (sums[o + F.TICKETS]! * ticketCents +
      sums[o + F.WORKERS]! * rates.payrollCents +
      sums[o + F.COUNTRIES]! * rates.countryCents) *
      varScale +
    (sums[o + F.NO_TICKET_WORKERS]! * ticketCents * perWorker.num * varScale) /
      perWorker.den;
  const count = sums[o + F.COUNT]!;
  return (field: number): bigint => {
    invariant(
      field === SEG.COUNT || field === SEG.VAR_COST,
      'costOf reads the count and the variable cost',
    );
    return field === SEG.COUNT ? count : variable;
  };
}

/** Exact amounts per tier slot (0–3), each a running sum. */
type Parts = {
  readonly before: Rational[];
  readonly volume: Rational[];
  readonly mix: Rational[];
  readonly price: Rational[];
  readonly cost: Rational[];
  readonly after: Rational[];
};

const ZERO = rational(0n);

function emptyParts(): Parts {
  const tiers = () => TIERS.map(() => ZERO);
  return {
    before: tiers(),
    volume: tiers(),
    mix: tiers(),
    price: tiers(),
    cost: tiers(),
    after: tiers(),
  };
}

function add(into: Rational[], slot: number, value: Rational): void {
  into[slot] = ratAdd(into[slot]!, value);
}

/** One pair's clients, priced and costed as the definition says. */
type PairAmounts = {
  /** GP under before's policy in the before tier (a < 4). */
  readonly gpBefore: Rational | null;
  /** Under before's policy in the after tier, and under after's (b < 4). */
  readonly revenueAB: Rational;
  readonly costAB: Rational;
  readonly revenueBB: Rational;
  readonly costBB: Rational;
};

function pairAmounts(
  sums: readonly bigint[],
  a: number,
  b: number,
  rates: readonly [ExactRates, ExactRates],
): PairAmounts {
  const o = (a * SLOTS + b) * FIELDS;
  const [ratesA, ratesB] = rates;
  const raw = rawSums(sums, o);
  const price = (t: number, r: ExactRates, unfloored: number) =>
    t === NO_TIER ? ZERO : revenueOf(raw, t, r, unfloored, unfloored + 1);
  const cost = (t: number, r: ExactRates) =>
    t === NO_TIER ? ZERO : costOf(costSums(sums, o, r), t, r);
  return {
    gpBefore:
      a === NO_TIER
        ? null
        : ratSub(price(a, ratesA, F.UNFLOORED_AA), cost(a, ratesA)),
    revenueAB: price(b, ratesA, F.UNFLOORED_AB),
    costAB: cost(b, ratesA),
    revenueBB: price(b, ratesB, F.UNFLOORED_BB),
    costBB: cost(b, ratesB),
  };
}

/** Adds one pair's effects into the parts of its tiers. */
function addPair(parts: Parts, a: number, b: number, x: PairAmounts): void {
  if (x.gpBefore !== null) add(parts.before, a, x.gpBefore);
  if (b !== NO_TIER) {
    add(parts.after, b, ratSub(x.revenueBB, x.costBB));
    add(parts.price, b, ratSub(x.revenueBB, x.revenueAB));
    add(parts.cost, b, ratSub(x.costAB, x.costBB));
  }
  if (a === b) return;
  const gained = a === NO_TIER ? parts.volume : parts.mix;
  const lost = b === NO_TIER ? parts.volume : parts.mix;
  if (b !== NO_TIER) add(gained, b, ratSub(x.revenueAB, x.costAB));
  if (x.gpBefore !== null) add(lost, a, ratSub(ZERO, x.gpBefore));
}

/** One row from exact amounts, rounded cumulatively (half away from zero). */
function toRow(
  segment: BridgeRow['segment'],
  amounts: readonly [Rational, Rational, Rational, Rational, Rational],
  after: Rational,
): BridgeRow {
  const running = [amounts[0]];
  for (let k = 1; k < amounts.length; k++)
    running.push(ratAdd(running[k - 1]!, amounts[k]!));
  invariant(
    ratCompare(running[4]!, after) === 0,
    'the bridge parts add up to the profit after',
  );
  const c = running.map((value) => Number(ratRound(value)));
  return {
    segment,
    before_cents: c[0]!,
    volume_cents: c[1]! - c[0]!,
    mix_cents: c[2]! - c[1]!,
    price_cents: c[3]! - c[2]!,
    cost_cents: c[4]! - c[3]!,
    total_cents: c[4]! - c[0]!,
    after_cents: c[4]!,
  };
}

function rowOf(parts: Parts, slot: number): BridgeRow {
  const at = (values: readonly Rational[]) => values[slot]!;
  return toRow(
    TIERS[slot]!,
    [parts.before, parts.volume, parts.mix, parts.price, parts.cost].map(
      at,
    ) as [Rational, Rational, Rational, Rational, Rational],
    at(parts.after),
  );
}

function totalRow(parts: Parts): BridgeRow {
  const sum = (values: readonly Rational[]) => values.reduce(ratAdd, ZERO);
  return toRow(
    null,
    [parts.before, parts.volume, parts.mix, parts.price, parts.cost].map(
      sum,
    ) as [Rational, Rational, Rational, Rational, Rational],
    sum(parts.after),
  );
}

/**
 * The margin bridge from `before` to `after`: SMB, Mid-Market, Enterprise
 * and Strategic, then the four together (segment null). Before and after
 * are the engine's segment gross profit, rounded once. Reads both
 * results' service tiers now (results in shared buffers are overwritten by
 * the next compute).
 */
export function computeBridge(
  columns: ClientColumns,
  before: PolicyRun,
  after: PolicyRun,
): BridgeRow[] {
  const tablesA = getPolicyTables(before.policy);
  const tablesB = getPolicyTables(after.policy);
  const sums = pairSums({
    columns,
    before: before.result.classification.service,
    after: after.result.classification.service,
    tablesA,
    tablesB,
  });
  const parts = emptyParts();
  const rates = [tablesA.exact, tablesB.exact] as const;
  for (let a = 0; a < SLOTS; a++) {
    for (let b = 0; b < SLOTS; b++) {
      if (sums[(a * SLOTS + b) * FIELDS + F.COUNT] === 0n) continue;
      addPair(parts, a, b, pairAmounts(sums, a, b, rates));
    }
  }
  return [...TIERS.keys()]
    .map((slot) => rowOf(parts, slot))
    .concat(totalRow(parts));
}
