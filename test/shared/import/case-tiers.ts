/**
 * The fixed bands of shared/cases/README.md, which define the expected
 * tables' tier columns. Deliberately independent of shared/engine: the
 * import tests check what the importer read, through the cases' own rules.
 */
import type { ClientColumns } from '../../../shared/columns';

export const UNASSIGNED = 'Unassigned';

/** Size tier by workers: SMB 1–10 · Mid-Market 11–50 · Enterprise 51–200 · Strategic ≥ 201. */
export function sizeTier(workers: number): string {
  if (Number.isNaN(workers)) return UNASSIGNED;
  if (workers <= 10) return 'SMB';
  if (workers <= 50) return 'Mid-Market';
  return workers <= 200 ? 'Enterprise' : 'Strategic';
}

/** ARR band, lower bounds inclusive, 1,200,000 still in `$300K-$1.2M`. */
export function arrBand(arrCents: number): string {
  if (Number.isNaN(arrCents)) return UNASSIGNED;
  if (arrCents < 6_000_000) return '<$60K';
  if (arrCents < 30_000_000) return '$60K-$300K';
  return arrCents <= 120_000_000 ? '$300K-$1.2M' : '>$1.2M';
}

/** Complexity by distinct countries: Low 1–2 · Medium 3–7 · High ≥ 8. */
export function complexityTier(countryCount: number): string {
  if (Number.isNaN(countryCount)) return UNASSIGNED;
  if (countryCount <= 2) return 'Low (1-2)';
  return countryCount <= 7 ? 'Medium (3-7)' : 'High (8+)';
}

/** Trajectory: Expanding g > 10 % · Stable −10 ≤ g ≤ 10 · Contracting g < −10. */
export function trajectory(growthPpm: number): string {
  if (Number.isNaN(growthPpm)) return UNASSIGNED;
  if (growthPpm > 100_000) return 'Expanding';
  return growthPpm < -100_000 ? 'Contracting' : 'Stable';
}

/** The four tiers of client i. */
export function caseTiers(columns: ClientColumns, i: number) {
  return {
    size: sizeTier(columns.workers[i]!),
    band: arrBand(columns.arrCents[i]!),
    complexity: complexityTier(columns.countryCount[i]!),
    trajectory: trajectory(columns.growthPpm[i]!),
  };
}

/** How many clients fall in each label of a classifier. */
export function countBy(
  columns: ClientColumns,
  label: (i: number) => string,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < columns.length; i++) {
    const key = label(i);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
