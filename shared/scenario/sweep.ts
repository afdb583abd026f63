/**
 * The threshold sensitivity sweep: one parameter (a worker, ARR or country
 * cut-off, or a CSM ratio) moved over values, the engine run at each, and
 * the cliffs where a one-unit change moves many clients' service tier.
 *
 * NOTE: a one-unit change of a threshold can only move the clients whose
 * value lies between the old and the new cut-off, and a client's tiers do
 * not depend on other clients, so `unit_flips` classifies just those
 * clients (the engine's `classify` over the full columns costs a whole
 * recompute, about as much as a step).
 */
import { selectClients, type ClientColumns } from '../columns';
import { COMPLEXITIES, TIERS, type Tier } from '../domain';
import { classify } from '../engine/classify';
import { computePortfolio, createPortfolioBuffers } from '../engine/portfolio';
import type { PortfolioResult } from '../engine/types';
import { centsFromUsd } from '../money';
import { validatePolicy, type Policy } from '../policy';
import type {
  SweepParameter,
  SweepRange,
  SweepResult,
  SweepStep,
} from './types';

/** The one-unit change of each parameter kind, in policy units. */
export const SWEEP_UNITS: Readonly<Record<SweepParameter['kind'], number>> = {
  min_workers: 1,
  min_arr: 1000,
  min_countries: 1,
  csm_ratio: 1,
};

/** The loosest CSM ratio a sweep offers at least (clients per CSM). */
const RATIO_MAX = 500;
/** An open-ended top threshold sweeps up to this many times its value. */
const TOP_FACTOR = 10;

/** The parameter's value in a policy, in policy units. */
export function getSweepValue(
  policy: Policy,
  parameter: SweepParameter,
): number {
  switch (parameter.kind) {
    case 'min_workers':
    case 'min_arr':
    case 'csm_ratio':
      return policy.tiers[parameter.tier][parameter.kind];
    case 'min_countries':
      return policy.complexity[parameter.level].min_countries;
    default:
      return assertKind(parameter);
  }
}

function assertKind(parameter: never): never {
  throw new Error(`Unknown sweep parameter: ${JSON.stringify(parameter)}`);
}

/** The thresholds of the parameter's kind, lowest level first. */
function ladder(policy: Policy, parameter: SweepParameter): number[] {
  if (parameter.kind === 'min_countries') {
    return COMPLEXITIES.map((level) => policy.complexity[level].min_countries);
  }
  const key = parameter.kind === 'csm_ratio' ? 'min_workers' : parameter.kind;
  return TIERS.map((tier) => policy.tiers[tier][key]);
}

function levelIndex(parameter: SweepParameter): number {
  return parameter.kind === 'min_countries'
    ? COMPLEXITIES.indexOf(parameter.level)
    : TIERS.indexOf(parameter.tier);
}

/** Whether the parameter is the highest level's threshold (no bound above). */
function isTopLevel(parameter: SweepParameter): boolean {
  const levels =
    parameter.kind === 'min_countries' ? COMPLEXITIES.length : TIERS.length;
  return levelIndex(parameter) === levels - 1;
}

/** Whole numbers: the bounds are the neighbours' values ± 1. */
function integerRange(
  below: number | null,
  above: number | null,
  current: number,
) {
  const min = Math.min(current, below === null ? 1 : below + 1);
  const max = Math.max(
    current,
    above === null ? Math.max(current * TOP_FACTOR, min + 10) : above - 1,
  );
  return { min, max };
}

/**
 * ARR in USD: strictly between the neighbours, on the 1,000 grid where it
 * can be, and always holding the current value (which may be off the grid,
 * as Strategic's 1,200,000.01 is).
 */
function arrRange(below: number | null, above: number | null, current: number) {
  const unit = SWEEP_UNITS.min_arr;
  const gridAbove = below === null ? 0 : (Math.floor(below / unit) + 1) * unit;
  const min = Math.min(current, gridAbove);
  const top =
    above === null
      ? Math.max(current * TOP_FACTOR, min + 10 * unit)
      : (Math.ceil(above / unit) - 1) * unit;
  return { min, max: Math.max(current, Math.floor(top / unit) * unit) };
}

/**
 * Where the parameter may be swept with the policy still valid: thresholds
 * stay strictly above the level below and below the level above (SMB's
 * min_workers and Low's min_countries at least 1, SMB's min_arr at least
 * 0); a top threshold up to 10× its value; a ratio from 1 to 500 or 10×
 * its value, whichever is more.
 */
export function sweepRange(
  policy: Policy,
  parameter: SweepParameter,
): SweepRange {
  const current = getSweepValue(policy, parameter);
  const unit = SWEEP_UNITS[parameter.kind];
  if (parameter.kind === 'csm_ratio') {
    return {
      min: 1,
      max: Math.max(RATIO_MAX, current * TOP_FACTOR),
      unit,
      current,
    };
  }
  const values = ladder(policy, parameter);
  const at = levelIndex(parameter);
  const below = at === 0 ? null : values[at - 1]!;
  const above = at === values.length - 1 ? null : values[at + 1]!;
  const bounds =
    parameter.kind === 'min_arr'
      ? arrRange(below, above, current)
      : integerRange(below, above, current);
  return { ...bounds, unit, current };
}

/** A value as the parameter's precision allows: whole, or to the cent. */
function toPrecision(range: SweepRange, value: number): number {
  const clamped = Math.min(range.max, Math.max(range.min, value));
  return range.unit === 1
    ? Math.round(clamped)
    : centsFromUsd(Number(clamped.toFixed(2))) / 100;
}

/**
 * At most `steps` distinct values from `from` to `to` (both included,
 * clamped into the range and put in ascending order), evenly spread, the
 * values between the ends rounded to the unit grid.
 */
export function sweepValues(
  range: SweepRange,
  from: number,
  to: number,
  steps: number,
): number[] {
  const low = toPrecision(range, Math.min(from, to));
  const high = toPrecision(range, Math.max(from, to));
  const count = Math.max(1, Math.floor(steps));
  if (count === 1 || low === high) return [low];
  const values = [low];
  for (let k = 1; k < count - 1; k++) {
    const x = low + ((high - low) * k) / (count - 1);
    const snapped = Math.round(x / range.unit) * range.unit;
    if (snapped > values[values.length - 1]! && snapped < high) {
      values.push(snapped);
    }
  }
  values.push(high);
  return values;
}

/** The policy with the parameter set to `value`, validated (throws PolicyError). */
export function applySweepValue(
  policy: Policy,
  parameter: SweepParameter,
  value: number,
): Policy {
  if (parameter.kind === 'min_countries') {
    const level = policy.complexity[parameter.level];
    return validatePolicy({
      ...policy,
      complexity: {
        ...policy.complexity,
        [parameter.level]: { ...level, min_countries: value },
      },
    });
  }
  const tier = policy.tiers[parameter.tier];
  return validatePolicy({
    ...policy,
    tiers: {
      ...policy.tiers,
      [parameter.tier]: { ...tier, [parameter.kind]: value },
    },
  });
}

/** How many clients a one-unit change must move to be a cliff: 1 %, at least 2. */
export function getCliffClients(clientCount: number): number {
  return Math.max(2, Math.ceil(clientCount / 100));
}

/** Steps on each side of a step that say what the slope around it is. */
export const CLIFF_NEIGHBOURS = 3;

/** Sweeps shorter than this have too few steps to say what is usual. */
export const CLIFF_CONTEXT_STEPS = 5;

/** A one-unit change that moves this share of the clients is a cliff anywhere. */
export const CLIFF_LARGE_SHARE = 0.05;

/**
 * Which steps are cliffs: a one-unit change that moves at least
 * `cliffClients` clients and, in a sweep of CLIFF_CONTEXT_STEPS or more,
 * either stands out from the slope around it (twice the median one-unit
 * move of the CLIFF_NEIGHBOURS steps on each side) or moves 5 % of the
 * `clientCount` clients at once. A gentle even slope has no cliff; a jump
 * out of it, or a move of a twentieth of the portfolio, is one.
 */
export function markCliffs(
  unitFlips: readonly number[],
  cliffClients: number,
  clientCount = 0,
): boolean[] {
  const large = Math.max(
    cliffClients,
    Math.ceil(clientCount * CLIFF_LARGE_SHARE),
  );
  return unitFlips.map((flips, k) => {
    if (flips < cliffClients) return false;
    if (unitFlips.length < CLIFF_CONTEXT_STEPS) return true;
    if (clientCount > 0 && flips >= large) return true;
    const around = [
      ...unitFlips.slice(Math.max(0, k - CLIFF_NEIGHBOURS), k),
      ...unitFlips.slice(k + 1, k + 1 + CLIFF_NEIGHBOURS),
    ];
    return flips >= 2 * median(around);
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The value one unit up, exact to the cent for ARR. */
function oneUnitUp(parameter: SweepParameter, value: number): number {
  if (parameter.kind !== 'min_arr') return value + SWEEP_UNITS[parameter.kind];
  return (centsFromUsd(value) + 100 * SWEEP_UNITS.min_arr) / 100;
}

function sameValue(parameter: SweepParameter, a: number, b: number): boolean {
  return parameter.kind === 'min_arr'
    ? centsFromUsd(a) === centsFromUsd(b)
    : a === b;
}

/**
 * The clients a move of the threshold from `value` to `next` can re-tier:
 * those whose value lies in [value, next) in the column's units.
 */
function betweenCutoffs(
  columns: ClientColumns,
  parameter: SweepParameter,
  value: number,
  next: number,
): Int32Array {
  if (parameter.kind === 'csm_ratio') return new Int32Array(0);
  const column =
    parameter.kind === 'min_workers'
      ? columns.workers
      : parameter.kind === 'min_arr'
        ? columns.arrCents
        : columns.countryCount;
  const inCents = parameter.kind === 'min_arr';
  const low = inCents ? centsFromUsd(value) : value;
  const high = inCents ? centsFromUsd(next) : next;
  const found = new Int32Array(columns.length);
  let n = 0;
  for (let i = 0; i < column.length; i++) {
    const x = column[i]!;
    found[n] = i;
    n += +(x >= low && x < high);
  }
  return found.subarray(0, n);
}

/** Clients whose service tier differs between two service arrays. */
export function countServiceFlips(a: Uint8Array, b: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) count += +(a[i] !== b[i]);
  return count;
}

/** What a sweep step's one-unit probe needs. */
type Probe = {
  readonly policy: Policy;
  readonly parameter: SweepParameter;
  readonly range: SweepRange;
};

/** Service-tier changes when the parameter moves from `value` one unit up. */
function unitFlipsOf(
  columns: ClientColumns,
  probe: Probe,
  value: number,
  service: Uint8Array,
): number {
  const { policy, parameter, range } = probe;
  const next = oneUnitUp(parameter, value);
  // Past a bounded range's top the policy would be invalid: nothing to
  // measure. The top level's range ends only by choice, not validity.
  const limit = isTopLevel(parameter) ? Infinity : range.max;
  if (parameter.kind === 'csm_ratio' || next > limit) return 0;
  const indexes = betweenCutoffs(columns, parameter, value, next);
  if (indexes.length === 0) return 0;
  const moved = classify(
    selectClients(columns, indexes),
    applySweepValue(policy, parameter, next),
  ).service;
  let flips = 0;
  indexes.forEach((i, j) => (flips += +(moved[j] !== service[i])));
  return flips;
}

type StepFigures = Omit<SweepStep, 'value' | 'flips' | 'unit_flips' | 'cliff'>;

/** The per-tier figures of one step, read from the engine's result. */
function stepFigures(result: PortfolioResult, length: number): StepFigures {
  const clients = result.hiring.map((row) => row.client_count);
  const required = result.hiring.map((row) => row.required_csms);
  const margin = (tier: Tier) =>
    result.segments.find((row) => row.segment === tier)?.gross_margin ?? null;
  return {
    clients,
    unassigned: length - clients.reduce((a, b) => a + b, 0),
    required_csms: required,
    total_required_csms: required.reduce((a, b) => a + b, 0),
    gross_margin: TIERS.map(margin),
    total_gross_margin: result.total.gross_margin,
  };
}

/** Whether each value is followed by the value one unit above it. */
function followedByUnitUp(
  parameter: SweepParameter,
  values: readonly number[],
): boolean[] {
  return values.map(
    (value, k) =>
      k + 1 < values.length &&
      sameValue(parameter, oneUnitUp(parameter, value), values[k + 1]!),
  );
}

/**
 * Runs the engine at every value (in the order given; each is validated
 * and throws PolicyError when it makes the policy invalid) and marks the
 * cliffs. `onProgress` hears the fraction done after each step.
 */
export function runSweep(
  columns: ClientColumns,
  policy: Policy,
  parameter: SweepParameter,
  values: readonly number[],
  onProgress?: (fraction: number) => void,
): SweepResult {
  const range = sweepRange(policy, parameter);
  const policies = values.map((v) => applySweepValue(policy, parameter, v));
  const reuseNext = followedByUnitUp(parameter, values);
  // Two buffers in turn: each step is compared with the one before it.
  const buffers = [0, 1].map(() => createPortfolioBuffers(columns.length));
  const steps: SweepStep[] = [];
  let previous: Uint8Array | null = null;
  policies.forEach((stepPolicy, k) => {
    const result = computePortfolio(columns, stepPolicy, buffers[k % 2]!);
    const service = result.classification.service;
    const flips = previous === null ? 0 : countServiceFlips(previous, service);
    // One unit up is the next step: its flips are this step's unit flips.
    if (k > 0 && reuseNext[k - 1])
      steps[k - 1] = { ...steps[k - 1]!, unit_flips: flips };
    const unitFlips = reuseNext[k]
      ? 0
      : unitFlipsOf(
          columns,
          { policy: stepPolicy, parameter, range },
          values[k]!,
          service,
        );
    steps.push({
      value: values[k]!,
      ...stepFigures(result, columns.length),
      flips,
      unit_flips: unitFlips,
      cliff: false,
    });
    previous = service;
    onProgress?.((k + 1) / values.length);
  });
  const cliffClients = getCliffClients(columns.length);
  const cliffs = markCliffs(
    steps.map((step) => step.unit_flips),
    cliffClients,
    columns.length,
  );
  const marked = steps.map((step, k) => ({ ...step, cliff: cliffs[k]! }));
  return { parameter, range, steps: marked, cliff_clients: cliffClients };
}
