/** The minimum-PEPM floor compare, exact in integers. */
import type { PolicyTables } from './policy-tables';

/**
 * Whether a client of tier slot `tier` is raised to the floor: workers ×
 * min PEPM above its MRR × (1 + price change), compared with the price
 * factor's denominator cleared, in doubles while exact, else BigInt.
 */
export function isFloored(
  arrCents: number,
  workers: number,
  tier: number,
  tables: PolicyTables,
): boolean {
  if (
    arrCents <= tables.floorSafeArr[tier]! &&
    workers <= tables.floorSafeWorkers[tier]!
  ) {
    return (
      workers * tables.floorRight[tier]! > arrCents * tables.floorLeft[tier]!
    );
  }
  const { priceFactor, floorCents } = tables.exact;
  const factor = priceFactor[tier]!;
  const right = BigInt(workers) * 12n * factor.den * floorCents[tier]!;
  return right > BigInt(Math.round(arrCents)) * factor.num;
}
