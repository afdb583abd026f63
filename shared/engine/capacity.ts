/**
 * CSM capacity: CSMs required per service tier against the CSMs there
 * (each csm_id counted once, in the tier holding most of their clients,
 * ties to the higher tier), and each CSM's book of clients. Works on the
 * per-CSM sums of the hot loop, so it costs O(CSMs), not O(clients).
 */
import { TIERS, UNASSIGNED, UNASSIGNED_LABEL, type Tier } from '../domain';
import { EXACT_LIMIT } from '../money';
import { CSM_FIELDS } from './accumulate';
import type { CsmIndex } from './csm-index';
import { NO_TIER, type PolicyTables } from './policy-tables';
import type { CsmBookRow, HiringRow } from './types';

/** The tier where most of CSM k's clients are, or UNASSIGNED if none. */
export function homeTier(csm: Uint32Array, k: number): number {
  const o = k * CSM_FIELDS;
  let home = UNASSIGNED;
  let most = 0;
  for (let t = TIERS.length - 1; t >= 0; t--) {
    if (csm[o + t]! > most) {
      most = csm[o + t]!;
      home = t;
    }
  }
  return home;
}

/** ceil(clients / ratio), exactly. */
export function requiredCsms(clients: number, ratio: number): number {
  const rest = clients % ratio;
  return (clients - rest) / ratio + (rest > 0 ? 1 : 0);
}

/** Hiring per service tier from client counts and the CSM sums. */
export function computeHiring(
  clientsPerTier: readonly number[],
  csm: Uint32Array,
  csmCount: number,
  tables: PolicyTables,
): HiringRow[] {
  const current = [0, 0, 0, 0];
  for (let k = 0; k < csmCount; k++) {
    const home = homeTier(csm, k);
    if (home !== UNASSIGNED) current[home]! += 1;
  }
  const yearlyCents = Number(tables.exact.csmAnnualCents);
  return TIERS.map((tier, t) => {
    const clients = clientsPerTier[t]!;
    const ratio = tables.ratio[t]!;
    const required = requiredCsms(clients, ratio);
    const hires = Math.max(0, required - current[t]!);
    return {
      tier,
      client_count: clients,
      csm_ratio: ratio,
      required_csms: required,
      current_csms: current[t]!,
      hires_needed: hires,
      hires_cost_cents: hires * yearlyCents,
    };
  });
}

/**
 * Utilisation in integers: a client of tier t uses weight[t] of `whole`,
 * whole being the lcm of the ratios, so "over 1.0" is an exact compare.
 */
function capacityWeights(tables: PolicyTables) {
  const ratios = Array.from(tables.ratio, (ratio) => BigInt(ratio));
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  const whole = ratios.reduce((l, ratio) => (l / gcd(l, ratio)) * ratio, 1n);
  const weight = ratios.map((ratio) => whole / ratio);
  return {
    whole,
    weight,
    // Doubles suffice while the lcm is small (300 for the defaults).
    small: whole < 1n << 20n ? weight.map(Number) : null,
  };
}

function isOverCapacity(
  csm: Uint32Array,
  o: number,
  weights: ReturnType<typeof capacityWeights>,
): boolean {
  const { small } = weights;
  if (small) {
    let used = 0;
    for (let t = 0; t < TIERS.length; t++) used += csm[o + t]! * small[t]!;
    if (used <= EXACT_LIMIT) return used > Number(weights.whole);
  }
  let big = 0n;
  for (let t = 0; t < TIERS.length; t++) {
    big += BigInt(csm[o + t]!) * weights.weight[t]!;
  }
  return big > weights.whole;
}

function segmentMix(csm: Uint32Array, o: number): CsmBookRow['segment_mix'] {
  const mix: Partial<Record<Tier | typeof UNASSIGNED_LABEL, number>> = {};
  TIERS.forEach((tier, t) => {
    if (csm[o + t]! > 0) mix[tier] = csm[o + t]!;
  });
  if (csm[o + NO_TIER]! > 0) mix[UNASSIGNED_LABEL] = csm[o + NO_TIER]!;
  return mix;
}

/** ARR cents to monthly cents, rounded half up exactly in doubles. */
function monthlyCents(arrCents: number): number {
  const rest = arrCents % 12;
  return (arrCents - rest) / 12 + (rest * 2 >= 12 ? 1 : 0);
}

/**
 * Every CSM's book, in csm_id order. Clients with no service tier count
 * toward the book but use no capacity (their ratio is unknown).
 */
export function computeCsmBook(
  index: CsmIndex,
  csm: Uint32Array,
  tables: PolicyTables,
): CsmBookRow[] {
  const weights = capacityWeights(tables);
  const totals = index.totals();
  return index.sortedOrder().map((k) => {
    const o = k * CSM_FIELDS;
    let utilization = 0;
    for (let t = 0; t < TIERS.length; t++) {
      utilization += csm[o + t]! / tables.ratio[t]!;
    }
    const home = homeTier(csm, k);
    return {
      csm_id: index.ids[k]!,
      client_ids: index.clientIdsOf(k),
      segment_mix: segmentMix(csm, o),
      home_tier: home === UNASSIGNED ? null : TIERS[home]!,
      total_workers_managed: totals.workers[k]!,
      total_mrr_managed_cents: monthlyCents(totals.arrCents[k]!),
      utilization_score: utilization,
      over_capacity: isOverCapacity(csm, o, weights),
    };
  });
}
