/**
 * Who moves between two policies: the clients whose service tier differs,
 * with the rules that moved them and their revenue and cost in each. The
 * rules are read from both results' tier codes and both policies, never
 * guessed from the values: each input of the service tier (size basis,
 * worker tier, ARR tier, complexity level, uplift table) is tried alone.
 */
import type { ClientColumns } from '../columns';
import { UNASSIGNED, tierFromCode } from '../domain';
import type { PortfolioResult } from '../engine/types';
import { roundHalfAway } from '../money';
import { BASIS_CODES } from '../engine/policy-tables';
import type { Policy } from '../policy';
import type { Mover, MoverRule, PolicyRun } from './types';

/** The number of clients whose service tier differs between two results. */
export function countMovers(
  before: PortfolioResult,
  after: PortfolioResult,
): number {
  const a = before.classification.service;
  const b = after.classification.service;
  let count = 0;
  for (let i = 0; i < a.length; i++) count += +(a[i] !== b[i]);
  return count;
}

/** Indexes of the clients whose service tier differs, in client order. */
function moverIndexes(a: Uint8Array, b: Uint8Array): Int32Array {
  const found = new Int32Array(a.length);
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    found[n] = i;
    n += +(a[i] !== b[i]);
  }
  return found.subarray(0, n);
}

/**
 * The inputs of a service tier that the rules name, as codes: size basis,
 * worker tier, ARR tier, complexity, and which side's uplift table (0
 * before, 1 after). Input k is moved by rule RULES[k].
 */
type Inputs = Int32Array;

const RULES: readonly MoverRule[] = [
  'size_basis',
  'worker_threshold',
  'arr_threshold',
  'country_threshold',
  'complexity_uplift',
];
const UPLIFT_INPUT = 4;

/** Uplift per complexity code 0–2, of each side. */
type Uplifts = readonly [readonly number[], readonly number[]];

/** The size tier on a basis, as the engine picks it. */
function primaryOf(basis: number, wt: number, at: number): number {
  if (basis === 0) return wt;
  if (basis === 1 || wt === UNASSIGNED) return at;
  if (at === UNASSIGNED) return wt;
  return basis === 2 ? Math.max(wt, at) : Math.min(wt, at);
}

/** The service tier the inputs give without an override. */
function naturalTier(x: Inputs, uplifts: Uplifts): number {
  const primary = primaryOf(x[0]!, x[1]!, x[2]!);
  if (primary === UNASSIGNED) return UNASSIGNED;
  const lift = x[3]! < 3 ? uplifts[x[UPLIFT_INPUT]!]![x[3]!]! : 0;
  return Math.min(3, primary + lift);
}

function upliftsOf(policy: Policy): readonly number[] {
  const { Low, Medium, High } = policy.complexity;
  return [Low.uplift, Medium.uplift, High.uplift];
}

function readInputs(run: PolicyRun, side: number, i: number, into: Inputs) {
  const cls = run.result.classification;
  into[0] = BASIS_CODES[run.policy.size_basis];
  into[1] = cls.workerTier[i]!;
  into[2] = cls.arrTier[i]!;
  into[3] = cls.complexity[i]!;
  into[UPLIFT_INPUT] = side;
}

/** What the rules of one pair of policies are worked out with. */
type RuleContext = {
  readonly before: PolicyRun;
  readonly after: PolicyRun;
  readonly uplifts: Uplifts;
  readonly upliftsDiffer: boolean;
  /** Scratch inputs: before's, after's, and one with an input swapped. */
  readonly a: Inputs;
  readonly b: Inputs;
  readonly swap: Inputs;
};

function ruleContext(before: PolicyRun, after: PolicyRun): RuleContext {
  const uplifts = [upliftsOf(before.policy), upliftsOf(after.policy)] as const;
  return {
    before,
    after,
    uplifts,
    upliftsDiffer: uplifts[0].some((lift, c) => lift !== uplifts[1][c]),
    a: new Int32Array(5),
    b: new Int32Array(5),
    swap: new Int32Array(5),
  };
}

/** The tier of `x` with input k taken from `y`. */
function tierSwapped(ctx: RuleContext, x: Inputs, y: Inputs, k: number) {
  ctx.swap.set(x);
  ctx.swap[k] = y[k]!;
  return naturalTier(ctx.swap, ctx.uplifts);
}

/**
 * The rules behind a change of the natural tier, as a bit per input: the
 * inputs that differ and without whose change alone the client would not
 * be in its after tier. Where no single one is needed (any of them would
 * have done), those that alone would have moved it from its before tier;
 * failing that (only together do they move it), every input that differs.
 */
function naturalRules(ctx: RuleContext, tierA: number, tierB: number): number {
  const { a, b } = ctx;
  let changed = 0;
  let needed = 0;
  let enough = 0;
  for (let k = 0; k < RULES.length; k++) {
    const differs = k === UPLIFT_INPUT ? ctx.upliftsDiffer : a[k] !== b[k];
    if (!differs) continue;
    changed |= 1 << k;
    if (tierSwapped(ctx, b, a, k) !== tierB) needed |= 1 << k;
    if (tierSwapped(ctx, a, b, k) !== tierA) enough |= 1 << k;
  }
  return needed || enough || changed;
}

/** Client i's rules, in MoverRule order. */
function rulesOf(ctx: RuleContext, i: number): MoverRule[] {
  const { a, b } = ctx;
  readInputs(ctx.before, 0, i, a);
  readInputs(ctx.after, 1, i, b);
  const tierA = naturalTier(a, ctx.uplifts);
  const tierB = naturalTier(b, ctx.uplifts);
  const bits = tierA === tierB ? 0 : naturalRules(ctx, tierA, tierB);
  const rules = RULES.filter((_, k) => bits & (1 << k));
  // An override shows as a service tier other than the natural one.
  const overridden =
    ctx.before.result.classification.service[i] !== tierA ||
    ctx.after.result.classification.service[i] !== tierB;
  return overridden ? [...rules, 'override'] : rules;
}

function cents(value: number): number | null {
  return Number.isNaN(value) ? null : roundHalfAway(value);
}

function change(from: number | null, to: number | null): number | null {
  return from === null || to === null ? null : to - from;
}

function known(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

function toMover(columns: ClientColumns, ctx: RuleContext, i: number): Mover {
  const { before, after } = ctx;
  const [econA, econB] = [before.result.economics, after.result.economics];
  const revenueBefore = cents(econA.revenueCents[i]!);
  const revenueAfter = cents(econB.revenueCents[i]!);
  const costBefore = cents(econA.costCents[i]!);
  const costAfter = cents(econB.costCents[i]!);
  return {
    index: i,
    client_id: columns.clientId[i]!,
    name: columns.name[i]!,
    from: tierFromCode(before.result.classification.service[i]!),
    to: tierFromCode(after.result.classification.service[i]!),
    rules: rulesOf(ctx, i),
    workers: known(columns.workers[i]!),
    countries: known(columns.countryCount[i]!),
    revenue_before_cents: revenueBefore,
    revenue_after_cents: revenueAfter,
    revenue_change_cents: change(revenueBefore, revenueAfter),
    cost_before_cents: costBefore,
    cost_after_cents: costAfter,
    cost_change_cents: change(costBefore, costAfter),
  };
}

/**
 * The clients whose service tier differs between `before` and `after`, in
 * client order. Reads both results' arrays now: results computed into
 * shared buffers must be read before the next compute overwrites them.
 */
export function findMovers(
  columns: ClientColumns,
  before: PolicyRun,
  after: PolicyRun,
): Mover[] {
  const indexes = moverIndexes(
    before.result.classification.service,
    after.result.classification.service,
  );
  const ctx = ruleContext(before, after);
  return Array.from(indexes, (i) => toMover(columns, ctx, i));
}
