/**
 * The growth category of one client, compared exactly: a given growth in
 * ppm against the thresholds in ppm, else the change of workers (then of
 * ARR) against the prior quarter in integers, else New or unassigned.
 */
import { UNASSIGNED } from '../domain';
import type { PolicyTables } from './policy-tables';

/** GROWTHS codes, spelled out for the hot loop. */
export const EXPANDING = 0;
export const STABLE = 1;
export const CONTRACTING = 2;
export const NEW = 3;

/**
 * The growth code of a client from its given growth (ppm), its workers
 * and ARR now and before, and its new-client flag; NaN is unknown.
 */
export function growthCode(
  givenPpm: number,
  workers: number,
  workersPrior: number,
  arrCents: number,
  arrPriorCents: number,
  newClient: number,
  tables: PolicyTables,
): number {
  if (givenPpm === givenPpm) {
    // Branch-free: STABLE, minus one when expanding, plus one contracting.
    return (
      STABLE -
      +(givenPpm > tables.expandingPpm) +
      +(givenPpm < tables.contractingPpm)
    );
  }
  if (workers === workers && workersPrior === workersPrior) {
    return changeCode(workers, workersPrior, tables);
  }
  if (arrCents === arrCents && arrPriorCents === arrPriorCents) {
    return changeCode(arrCents, arrPriorCents, tables);
  }
  return newClient === 1 ? NEW : UNASSIGNED;
}

/**
 * Growth from a value now and before: 10^6 × (now − prior) against
 * threshold_ppm × prior, over their common divisor.
 */
export function changeCode(
  now: number,
  prior: number,
  tables: PolicyTables,
): number {
  // Growth from nothing has no rate (the import warns W_GROWTH_UNDEFINED).
  if (!(prior > 0)) return UNASSIGNED;
  if (now > tables.growthSafe || prior > tables.growthSafe) {
    return changeCodeBig(now, prior, tables);
  }
  const change = (now - prior) * tables.growthScale;
  return (
    STABLE -
    +(change > tables.expandingFactor * prior) +
    +(change < tables.contractingFactor * prior)
  );
}

function changeCodeBig(now: number, prior: number, t: PolicyTables): number {
  // Fractional cents are outside the column contract; compare as doubles.
  if (!Number.isInteger(now) || !Number.isInteger(prior)) {
    const ppm = ((now - prior) / prior) * 1_000_000;
    return ppm > t.expandingPpm
      ? EXPANDING
      : ppm < t.contractingPpm
        ? CONTRACTING
        : STABLE;
  }
  const change = (BigInt(now) - BigInt(prior)) * BigInt(t.growthScale);
  const base = BigInt(prior);
  return change > BigInt(t.expandingFactor) * base
    ? EXPANDING
    : change < BigInt(t.contractingFactor) * base
      ? CONTRACTING
      : STABLE;
}
