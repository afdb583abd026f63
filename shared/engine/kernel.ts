/**
 * The hot loop: one pass over the columns that assigns every tier, writes
 * each client's revenue and cost (doubles, for display) and adds the
 * integer inputs of every segment, matrix cell and CSM. The policy's
 * rates are applied to those sums once, exactly, in segments.ts.
 *
 * NOTE: this function is long on purpose (DESIGN.md §8: about 25 ns a
 * client). It allocates nothing, touches no strings and calls nothing, so
 * the compiler keeps every array in hand. Data-dependent choices are sums
 * of comparisons, not branches (a mispredicted branch costs more than the
 * arithmetic); a client's yes/no facts go in one increment of a counts
 * histogram instead of seven sums. Offsets are literals in the SUM order.
 * A compare that doubles cannot do exactly (values past ~10^14) stops the
 * loop and returns the client's index, for the BigInt path in
 * accumulate.ts to settle and pass back in as `forcedGrowth` and
 * `forcedFloor`.
 */
import type { ClientColumns } from '../columns';
import type { Accumulators } from './accumulate';
import type { PolicyTables } from './policy-tables';
import type { Classification, ClientEconomics } from './types';

/**
 * Runs the hot loop over clients [start, end) and returns the index it
 * stopped at: `end`, or a client whose compares need BigInt. forcedGrowth
 * and forcedFloor (−1 when not given) settle such a client.
 */
export function runKernel(
  columns: ClientColumns,
  tables: PolicyTables,
  csmIndex: Int32Array,
  cls: Classification,
  econ: ClientEconomics,
  acc: Accumulators,
  start: number,
  end: number,
  forcedGrowth: number,
  forcedFloor: number,
): number {
  const { workers, arrCents, countryCount, tickets, health } = columns;
  const { churned, growthPpm, workersPrior, arrPriorCents } = columns;
  const { newClient, overrideTier } = columns;
  const { workerTier, arrTier, primary, complexity, service, growth } = cls;
  const { revenueCents, costCents } = econ;
  const { sums, counts, csm } = acc;
  const { perTier, uplift } = tables;
  const w0 = tables.minWorkers[0]!;
  const w1 = tables.minWorkers[1]!;
  const w2 = tables.minWorkers[2]!;
  const w3 = tables.minWorkers[3]!;
  const a0 = tables.minArrCents[0]!;
  const a1 = tables.minArrCents[1]!;
  const a2 = tables.minArrCents[2]!;
  const a3 = tables.minArrCents[3]!;
  const c0 = tables.minCountries[0]!;
  const c1 = tables.minCountries[1]!;
  const c2 = tables.minCountries[2]!;
  const basis = tables.basis | 0;
  const { expandingPpm, contractingPpm, growthScale } = tables;
  const { expandingFactor, contractingFactor, growthSafe } = tables;
  const { varTicket, varWorkerNoTicket, varWorker, varCountry } = tables;
  const varScale = tables.varScale;
  const hasFloor = tables.hasFloor;
  const last = end | 0;
  for (let i = start | 0; i < last; i++) {
    const w = workers[i]!;
    const a = arrCents[i]!;
    const cc = countryCount[i]!;
    const wt = (+(w >= w0) + +(w >= w1) + +(w >= w2) + +(w >= w3) + 255) & 255;
    const at = (+(a >= a0) + +(a >= a1) + +(a >= a2) + +(a >= a3) + 255) & 255;
    const p =
      basis === 0
        ? wt
        : basis === 1 || wt === 255
          ? at
          : at === 255
            ? wt
            : basis === 2
              ? Math.max(wt, at)
              : Math.min(wt, at);
    const c = (+(cc >= c0) + +(cc >= c1) + +(cc >= c2) + 255) & 255;
    const ov = overrideTier[i]!;
    const s0 = ov !== 255 ? ov : p === 255 ? 255 : Math.min(3, p + uplift[c]!);

    workerTier[i] = wt;
    arrTier[i] = at;
    primary[i] = p;
    complexity[i] = c;
    service[i] = s0;

    // Growth: given ppm, else workers then ARR against the prior quarter.
    const gp = growthPpm[i]!;
    const wp = workersPrior[i]!;
    const ap = arrPriorCents[i]!;
    const byWorkers = w === w && wp === wp;
    const now = byWorkers ? w : a;
    const prior = byWorkers ? wp : ap;
    let g = 255;
    if (gp === gp) {
      g = 1 - +(gp > expandingPpm) + +(gp < contractingPpm);
    } else if (now === now && prior === prior) {
      if (!(prior > 0)) {
        g = 255; // growth from nothing has no rate
      } else if (now <= growthSafe && prior <= growthSafe) {
        const change = (now - prior) * growthScale;
        g =
          1 -
          +(change > expandingFactor * prior) +
          +(change < contractingFactor * prior);
      } else {
        if (forcedGrowth < 0) return i;
        g = forcedGrowth;
      }
    } else if (newClient[i] === 1) {
      g = 3;
    }
    growth[i] = g;

    // Economics: the variable cost × varScale is an integer.
    const s = s0 === 255 ? 4 : s0;
    const t = s * 8;
    const wk = w === w ? w : 0;
    const known = a === a;
    const ak = known ? a : 0;
    const tk = tickets[i]!;
    const ck = cc === cc ? cc : 0;
    const v =
      (tk === tk ? tk * varTicket : wk * varWorkerNoTicket) +
      wk * varWorker +
      ck * varCountry;
    costCents[i] = perTier[t]! + v / varScale;
    let floored = false;
    if (hasFloor && known && w === w && perTier[t + 3]! > 0) {
      if (a <= perTier[t + 4]! && w <= perTier[t + 5]!) {
        floored = w * perTier[t + 3]! > a * perTier[t + 2]!;
      } else {
        if (forcedFloor < 0) return i;
        floored = forcedFloor === 1;
      }
    }
    revenueCents[i] = floored ? w * perTier[t + 6]! : a * perTier[t + 1]!;

    const h = health[i]!;
    const ch = churned[i]!;
    const pair = known && ap === ap;
    const bin = (((p === 255 ? 4 : p) * 4 + (c === 255 ? 3 : c)) * 5 + s) * 2;
    const cellBin = bin + +known;
    const o = cellBin * 9;
    sums[o]! += ak;
    sums[o + 1]! += wk;
    sums[o + 2]! += v;
    sums[o + 3]! += ck;
    sums[o + 4]! += h === h ? h : 0;
    sums[o + 5]! += pair && ch !== 1 ? a : 0;
    sums[o + 6]! += pair ? ap : 0;
    if (hasFloor) {
      sums[o + 7]! += floored ? 0 : ak;
      sums[o + 8]! += floored ? w : 0;
    }
    counts[
      cellBin * 128 +
        (+(cc === cc) +
          2 * +(h === h) +
          4 * +(ch === 1) +
          8 * +(ch !== 2) +
          16 * +pair +
          32 * +(g === 0) +
          64 * +(g < 3))
    ]! += 1;
    const k = csmIndex[i]!;
    if (k >= 0) csm[k * 5 + s]! += 1;
  }
  return last;
}
