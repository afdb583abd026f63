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

/** The inputs of a service tier that the rules name, as codes. */
type Inputs = {
  basis: number;
  workerTier: number;
  arrTier: number;
  complexity: number;
  /** Uplift per complexity code 0–2. */
  uplift: readonly number[];
};

const FACTORS = [
  ['size_basis', 'basis'],
  ['worker_threshold', 'workerTier'],
  ['arr_threshold', 'arrTier'],
  ['country_threshold', 'complexity'],
  ['complexity_uplift', 'uplift'],
] as const satisfies readonly (readonly [MoverRule, keyof Inputs])[];

/** The size tier on a basis, as the engine picks it. */
function primaryOf(basis: number, wt: number, at: number): number {
  if (basis === 0) return wt;
  if (basis === 1 || wt === UNASSIGNED) return at;
  if (at === UNASSIGNED) return wt;
  return basis === 2 ? Math.max(wt, at) : Math.min(wt, at);
}

/** The service tier the inputs give without an override. */
function naturalTier(x: Inputs): number {
  const primary = primaryOf(x.basis, x.workerTier, x.arrTier);
  if (primary === UNASSIGNED) return UNASSIGNED;
  const lift = x.complexity < 3 ? x.uplift[x.complexity]! : 0;
  return Math.min(3, primary + lift);
}

function upliftsOf(policy: Policy): readonly number[] {
  const { Low, Medium, High } = policy.complexity;
  return [Low.uplift, Medium.uplift, High.uplift];
}

function inputsAt(run: PolicyRun, uplift: readonly number[], i: number) {
  const cls = run.result.classification;
  return {
    basis: BASIS_CODES[run.policy.size_basis],
    workerTier: cls.workerTier[i]!,
    arrTier: cls.arrTier[i]!,
    complexity: cls.complexity[i]!,
    uplift,
  };
}

function differs(key: keyof Inputs, a: Inputs, b: Inputs): boolean {
  if (key !== 'uplift') return a[key] !== b[key];
  return a.uplift.some((lift, level) => lift !== b.uplift[level]);
}

/**
 * The rules behind a change of the natural tier: the inputs that differ
 * and without whose change alone the client would not be in its after
 * tier. Where no single one is needed (any of them would have done), those
 * that alone would have moved it from its before tier; failing that (only
 * together do they move it), every input that differs.
 */
function naturalRules(a: Inputs, b: Inputs): MoverRule[] {
  const [tierA, tierB] = [naturalTier(a), naturalTier(b)];
  if (tierA === tierB) return [];
  const changed = FACTORS.filter(([, key]) => differs(key, a, b));
  const needed = changed.filter(
    ([, key]) => naturalTier({ ...b, [key]: a[key] }) !== tierB,
  );
  const enough = changed.filter(
    ([, key]) => naturalTier({ ...a, [key]: b[key] }) !== tierA,
  );
  const rules =
    needed.length > 0 ? needed : enough.length > 0 ? enough : changed;
  return rules.map(([rule]) => rule);
}

/** Client i's rules, in MoverRule order. */
function rulesOf(
  before: PolicyRun,
  after: PolicyRun,
  uplifts: readonly (readonly number[])[],
  i: number,
): MoverRule[] {
  const a = inputsAt(before, uplifts[0]!, i);
  const b = inputsAt(after, uplifts[1]!, i);
  const rules = naturalRules(a, b);
  // An override shows as a service tier other than the natural one.
  const overridden =
    before.result.classification.service[i] !== naturalTier(a) ||
    after.result.classification.service[i] !== naturalTier(b);
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

function toMover(
  columns: ClientColumns,
  runs: readonly [PolicyRun, PolicyRun],
  uplifts: readonly (readonly number[])[],
  i: number,
): Mover {
  const [before, after] = runs;
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
    rules: rulesOf(before, after, uplifts, i),
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
  const uplifts = [upliftsOf(before.policy), upliftsOf(after.policy)];
  return Array.from(indexes, (i) =>
    toMover(columns, [before, after], uplifts, i),
  );
}
