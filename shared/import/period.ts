/**
 * Periods: a quarter `2024-Q4` (also `Q4 2024`, `2024Q4`) or a month
 * `2024-12`, and the dates they start and end on.
 */
import { ImportError } from './types';
import { daysInMonth } from './values/dates';

/** A period read from text: a quarter or a month of a year. */
export type Period =
  | {
      readonly kind: 'quarter';
      readonly year: number;
      readonly quarter: number;
    }
  | { readonly kind: 'month'; readonly year: number; readonly month: number };

const QUARTER_FIRST = /^(\d{4})\s*[-_ ]?\s*Q([1-4])$/i;
const QUARTER_LAST = /^Q([1-4])\s*[-_ /]?\s*(\d{4})$/i;
const MONTH = /^(\d{4})-(\d{1,2})$/;

/** Reads a period, or null when the text is not one. */
export function parsePeriod(text: string): Period | null {
  const value = text.trim();
  const first = QUARTER_FIRST.exec(value);
  if (first) return { kind: 'quarter', year: +first[1]!, quarter: +first[2]! };
  const last = QUARTER_LAST.exec(value);
  if (last) return { kind: 'quarter', year: +last[2]!, quarter: +last[1]! };
  const month = MONTH.exec(value);
  if (month && +month[2]! >= 1 && +month[2]! <= 12) {
    return { kind: 'month', year: +month[1]!, month: +month[2]! };
  }
  return null;
}

/** Reads a period; throws E_BAD_PERIOD when the text is not one. */
export function requirePeriod(text: string): Period {
  const period = parsePeriod(text);
  if (!period) {
    throw new ImportError(
      'E_BAD_PERIOD',
      `"${text}" is not a period; write a quarter like 2024-Q4 or a month like 2024-12`,
      { period: text },
    );
  }
  return period;
}

/** The period in its canonical form (`2024-Q4`, `2024-12`), or null. */
export function normalizePeriod(text: string): string | null {
  const period = parsePeriod(text);
  if (!period) return null;
  return period.kind === 'quarter'
    ? `${period.year}-Q${period.quarter}`
    : `${period.year}-${String(period.month).padStart(2, '0')}`;
}

/** The last day of a period: '2024-Q4' → '2024-12-31'; throws E_BAD_PERIOD. */
export function periodEndDate(period: string): string {
  const p = requirePeriod(period);
  const month = p.kind === 'quarter' ? p.quarter * 3 : p.month;
  return isoDate(p.year, month, daysInMonth(p.year, month));
}

/** The first day of a period: '2024-Q4' → '2024-10-01'; throws E_BAD_PERIOD. */
export function periodStartDate(period: string): string {
  const p = requirePeriod(period);
  const month = p.kind === 'quarter' ? p.quarter * 3 - 2 : p.month;
  return isoDate(p.year, month, 1);
}

/** The quarter an ISO date falls in: '2024-12-31' → '2024-Q4'. */
export function quarterOfDate(iso: string): string {
  const month = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
