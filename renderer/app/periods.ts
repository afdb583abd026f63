/** Period labels: quarters written `2024-Q4`, oldest sorting first. */

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** True for a quarter label such as `2024-Q4`. */
export function isPeriod(value: unknown): value is string {
  return typeof value === 'string' && QUARTER.test(value);
}

/** The quarter before `2024-Q1` is `2023-Q4`; null for a bad label. */
export function priorPeriod(period: string): string | null {
  const match = QUARTER.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  const quarter = Number(match[2]);
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

/** The quarter a date falls in (local time). */
export function quarterOf(date: Date): string {
  return `${date.getFullYear()}-Q${Math.floor(date.getMonth() / 3) + 1}`;
}

/** Sorts period labels oldest first (labels sort as text). */
export function sortPeriods(periods: readonly string[]): string[] {
  return [...periods].sort();
}
