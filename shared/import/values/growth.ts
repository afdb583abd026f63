/**
 * Quarter-over-quarter growth in parts per million (10 % = 100000):
 * `10%`, `+10%`, `10.0 %`, `4,0 %`, U+2212 minus, `-0%`. Bare numbers are
 * read by the column's unit: fractions (0.04 = 4 %) when every value of a
 * `%`-free column lies within [−1, 1], percentage points otherwise, and
 * ambiguous in a column whose other values carry `%`.
 */
import {
  decimalToScaled,
  isZeroDecimal,
  parseDecimal,
  type NumberStyle,
} from './decimal';

/** How a growth column's bare numbers are read. */
export type GrowthUnit = 'percent' | 'fraction' | 'points';

/** How a growth cell reads. */
export type GrowthReading =
  | { readonly kind: 'ok'; readonly ppm: number }
  | { readonly kind: 'ambiguous' }
  | { readonly kind: 'invalid' };

const PERCENT = /\s*%$/;

/** The number and whether it carried a `%`, or null when not a number. */
export function splitPercent(
  trimmed: string,
  style: NumberStyle,
): {
  readonly percent: boolean;
  readonly value: ReturnType<typeof parseDecimal>;
} | null {
  const percent = PERCENT.test(trimmed);
  const body = percent ? trimmed.replace(PERCENT, '') : trimmed;
  const value = /^[-+\u2212]?\s*[\d.,\s\u00a0\u202f]+$/.test(body)
    ? parseDecimal(body, style)
    : null;
  return value ? { percent, value } : null;
}

/** Reads a trimmed growth cell under its column's unit. */
export function parseGrowthPpm(
  trimmed: string,
  style: NumberStyle,
  unit: GrowthUnit,
): GrowthReading {
  const split = splitPercent(trimmed, style);
  if (!split) return { kind: 'invalid' };
  const { percent, value } = split;
  if (!value) return { kind: 'invalid' };
  if (!percent && unit === 'percent' && !isZeroDecimal(value)) {
    return { kind: 'ambiguous' };
  }
  const scale = percent || unit !== 'fraction' ? 4 : 6;
  const ppm = decimalToScaled(value, scale);
  if (Number.isNaN(ppm)) return { kind: 'invalid' };
  return { kind: 'ok', ppm: ppm === 0 ? 0 : ppm };
}

/**
 * The unit of a growth column from its cells: 'percent' when any carries
 * `%`; else 'fraction' when every number is within [−1, 1] and one is not
 * zero; else 'points'.
 */
export function detectGrowthUnit(
  cells: Iterable<string>,
  style: NumberStyle,
): GrowthUnit {
  let allWithinOne = true;
  let anyNonZero = false;
  for (const cell of cells) {
    const split = splitPercent(cell, style);
    if (!split) continue;
    if (split.percent) return 'percent';
    const ppm = decimalToScaled(split.value!, 6);
    if (Math.abs(ppm) > 1_000_000) allWithinOne = false;
    if (ppm !== 0) anyNonZero = true;
  }
  return allWithinOne && anyNonZero ? 'fraction' : 'points';
}
