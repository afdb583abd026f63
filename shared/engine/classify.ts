/**
 * Tier assignment over columns: size by workers and by ARR, the primary
 * tier on the policy's basis, complexity by country count, growth, and the
 * service tier (primary raised by the complexity uplift, or an override).
 * Thresholds are inclusive minimums compared exactly; NaN never matches a
 * comparison, so an unknown value falls through to UNASSIGNED.
 */
import { UNASSIGNED } from '../domain';
import type { ClientColumns } from '../columns';
import type { Policy } from '../policy';
import { growthCode } from './growth';
import { getPolicyTables, type PolicyTables } from './policy-tables';
import type { Classification } from './types';

const STRATEGIC = 3;

/** The highest tier whose minimum is ≤ value, or UNASSIGNED. */
export function tierAtLeast(value: number, minimums: Float64Array): number {
  return value >= minimums[3]!
    ? 3
    : value >= minimums[2]!
      ? 2
      : value >= minimums[1]!
        ? 1
        : value >= minimums[0]!
          ? 0
          : UNASSIGNED;
}

/** The highest complexity whose minimum is ≤ countries, or UNASSIGNED. */
export function complexityAtLeast(
  countries: number,
  minimums: Float64Array,
): number {
  return countries >= minimums[2]!
    ? 2
    : countries >= minimums[1]!
      ? 1
      : countries >= minimums[0]!
        ? 0
        : UNASSIGNED;
}

/**
 * The primary tier on a basis (0 workers, 1 ARR, 2 higher, 3 lower); with
 * only one of the two known, the known one.
 */
export function primaryTier(
  workerTier: number,
  arrTier: number,
  basis: number,
): number {
  if (basis === 0) return workerTier;
  if (basis === 1) return arrTier;
  if (workerTier === UNASSIGNED) return arrTier;
  if (arrTier === UNASSIGNED) return workerTier;
  const higher = workerTier > arrTier ? workerTier : arrTier;
  const lower = workerTier > arrTier ? arrTier : workerTier;
  return basis === 2 ? higher : lower;
}

/** Primary raised by the complexity uplift (capped), or the override. */
export function serviceTier(
  primary: number,
  complexity: number,
  override: number,
  uplift: Uint8Array,
): number {
  if (override !== UNASSIGNED) return override;
  if (primary === UNASSIGNED) return UNASSIGNED;
  const raised = primary + uplift[complexity]!;
  return raised > STRATEGIC ? STRATEGIC : raised;
}

/** Empty classification arrays for `length` clients. */
export function createClassification(length: number): Classification {
  return {
    primary: new Uint8Array(length),
    workerTier: new Uint8Array(length),
    arrTier: new Uint8Array(length),
    complexity: new Uint8Array(length),
    growth: new Uint8Array(length),
    service: new Uint8Array(length),
  };
}

/** Classifies every client into `out` (arrays at least columns.length). */
export function classifyInto(
  columns: ClientColumns,
  tables: PolicyTables,
  out: Classification,
): void {
  const { workers, arrCents, countryCount, growthPpm, overrideTier } = columns;
  const { workersPrior, arrPriorCents, newClient } = columns;
  const { minWorkers, minArrCents, minCountries, uplift, basis } = tables;
  for (let i = 0; i < columns.length; i++) {
    const w = workers[i]!;
    const a = arrCents[i]!;
    const wt = tierAtLeast(w, minWorkers);
    const at = tierAtLeast(a, minArrCents);
    const p = primaryTier(wt, at, basis);
    const c = complexityAtLeast(countryCount[i]!, minCountries);
    out.workerTier[i] = wt;
    out.arrTier[i] = at;
    out.primary[i] = p;
    out.complexity[i] = c;
    out.service[i] = serviceTier(p, c, overrideTier[i]!, uplift);
    out.growth[i] = growthCode(
      growthPpm[i]!,
      w,
      workersPrior[i]!,
      a,
      arrPriorCents[i]!,
      newClient[i]!,
      tables,
    );
  }
}

/** Every client's tiers under the policy. */
export function classify(
  columns: ClientColumns,
  policy: Policy,
): Classification {
  const out = createClassification(columns.length);
  classifyInto(columns, getPolicyTables(policy), out);
  return out;
}
