/**
 * Tier assignment: size by workers and by ARR, the primary tier on the
 * policy's basis, complexity by country count, growth, and the service
 * tier (primary raised by the complexity uplift, capped at Strategic, or
 * an approved override). Thresholds are inclusive minimums compared
 * exactly; an unknown value (NaN) matches none and is UNASSIGNED.
 *
 * The rules live in one place, the hot loop (kernel.ts, with growth read
 * in growth-key.ts), so a tier shown alone can never disagree with the
 * tier behind a segment total.
 */
import type { ClientColumns } from '../columns';
import type { Policy } from '../policy';
import { accumulateExact } from './accumulate';
import { getPolicyTables } from './policy-tables';
import type { Classification, ClientEconomics } from './types';

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

/** Empty per-client economics arrays for `length` clients. */
export function createEconomics(length: number): ClientEconomics {
  return {
    revenueCents: new Float64Array(length),
    costCents: new Float64Array(length),
  };
}

/** Every client's tiers under the policy. */
export function classify(
  columns: ClientColumns,
  policy: Policy,
): Classification {
  const classification = createClassification(columns.length);
  // No CSM index: tiers need none, and deriving it would cache csm_ids a
  // caller may still be filling in (the sample generator does).
  const noCsm = new Int32Array(columns.length).fill(-1);
  accumulateExact(
    columns,
    getPolicyTables(policy),
    noCsm,
    classification,
    createEconomics(columns.length),
    0,
  );
  return classification;
}
