/**
 * The hot loop: one pass over the columns that assigns every tier, writes
 * each client's revenue and cost (doubles, for display) and adds the
 * integer inputs of every segment and matrix cell. The policy's rates are
 * applied to those sums once, exactly, in segments.ts. Clients per CSM
 * are counted after it, in a loop of their own (accumulate.ts).
 *
 * NOTE: this function is long on purpose (DESIGN.md §8: about 25 ns a
 * client). It allocates nothing, touches no strings and calls nothing, so
 * the compiler keeps every array in hand. Data-dependent choices are sums
 * of comparisons, not branches (a mispredicted branch costs more than the
 * arithmetic); a client's yes/no facts go in one increment of a counts
 * histogram instead of seven sums. Offsets are literals in the SUM order.
 * Growth comes prepared (growth-key.ts). A floor compare that doubles
 * cannot do exactly (amounts past ~10^14 cents) stops the loop and returns
 * the client's index, for accumulate.ts to settle with BigInt and pass
 * back in as `forcedFloor`.
 */
import type { ClientColumns } from '../columns';
import type { Accumulators } from './accumulate';
import type { GrowthKeys } from './growth-key';
import type { PolicyTables } from './policy-tables';
import type { Classification, ClientEconomics } from './types';

/**
 * Runs the hot loop over clients [start, end) and returns the index it
 * stopped at: `end`, or a client whose floor compare needs BigInt, which
 * forcedFloor (0 or 1; −1 when not given) then settles.
 */
export function runKernel(
  columns: ClientColumns,
  tables: PolicyTables,
  growthKeys: GrowthKeys,
  cls: Classification,
  econ: ClientEconomics,
  acc: Accumulators,
  start: number,
  end: number,
  forcedFloor: number,
): number {
  const { workers, arrCents, countryCount, tickets, health } = columns;
  const { churned, arrPriorCents, overrideTier } = columns;
  const { key: growthKey, base: growthBase } = growthKeys;
  const { workerTier, arrTier, primary, complexity, service, growth } = cls;
  const { revenueCents, costCents } = econ;
  const { sums, counts } = acc;
  // Literal offsets: KERNEL in policy-tables.ts.
  const P = tables.kernel;
  const w0 = P[0]!;
  const w1 = P[1]!;
  const w2 = P[2]!;
  const w3 = P[3]!;
  const a0 = P[4]!;
  const a1 = P[5]!;
  const a2 = P[6]!;
  const a3 = P[7]!;
  const c0 = P[8]!;
  const c1 = P[9]!;
  const c2 = P[10]!;
  const basis = P[11]! | 0;
  const expanding2 = 2 * P[12]!;
  const contracting2 = 2 * P[13]!;
  const varTicket = P[14]!;
  const varWorkerNoTicket = P[15]!;
  const varWorker = P[16]!;
  const varCountry = P[17]!;
  // Display only: the exact segment cost divides once, in segments.ts.
  const perVarUnit = 1 / P[18]!;
  const hasFloor = P[19] !== 0;
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
    const lift = P[20 + (c === 255 ? 3 : c)]! | 0;
    const s0 = ov !== 255 ? ov : p === 255 ? 255 : Math.min(3, p + lift);

    workerTier[i] = wt;
    arrTier[i] = at;
    primary[i] = p;
    complexity[i] = c;
    service[i] = s0;

    // Growth: the prepared key against the thresholds (growth-key.ts).
    const gb = growthBase[i]!;
    const gk = growthKey[i]!;
    const g = gb === 0 ? 1 - +(gk > expanding2) + +(gk < contracting2) : gb;
    growth[i] = g;

    // Economics: the variable cost × varScale is an integer.
    const s = s0 === 255 ? 4 : s0;
    const t = 24 + s * 8;
    const wk = w === w ? w : 0;
    const known = a === a;
    const ak = known ? a : 0;
    const tk = tickets[i]!;
    const ck = cc === cc ? cc : 0;
    const v =
      (tk === tk ? tk * varTicket : wk * varWorkerNoTicket) +
      wk * varWorker +
      ck * varCountry;
    costCents[i] = P[t]! + v * perVarUnit;
    let floored = false;
    if (hasFloor && known && w === w && P[t + 3]! > 0) {
      if (a <= P[t + 4]! && w <= P[t + 5]!) {
        floored = w * P[t + 3]! > a * P[t + 2]!;
      } else {
        if (forcedFloor < 0) return i;
        floored = forcedFloor === 1;
      }
    }
    revenueCents[i] = floored ? w * P[t + 6]! : a * P[t + 1]!;

    const h = health[i]!;
    const ch = churned[i]!;
    const ap = arrPriorCents[i]!;
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
  }
  return last;
}
