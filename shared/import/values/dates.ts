/**
 * Dates as exports write them: ISO `2024-02-13` and ISO datetimes (the
 * date as written, no time-zone shift), `YYYY/MM/DD`, day-first or
 * month-first `08-03-2024`, `08/03/2024`, `08.03.2024` (with an optional
 * time after), and English month names (`4 Mar 2024`, `Mar 4, 2024`).
 * The day/month order of numeric dates is decided per column.
 */

/** Order of the first two parts of a numeric date. */
export type DateOrder = 'dmy' | 'mdy';

/** How a date cell reads. */
export type DateReading =
  | { readonly kind: 'ok'; readonly iso: string; readonly ambiguous: boolean }
  | { readonly kind: 'invalid' };

const ISO =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const NUMERIC =
  /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:[T ,]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AP]M)?)?$/i;
const DAY_MONTH_NAME = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ ,-]+(\d{4})$/;
const MONTH_NAME_DAY =
  /^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i;
const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** Which order a value proves (a first part > 12 proves day-first). */
export function dateOrderEvidence(trimmed: string): DateOrder | null {
  const m = NUMERIC.exec(trimmed);
  if (!m) return null;
  const first = Number(m[1]);
  const second = Number(m[3]);
  if (first > 12 && second <= 12) return 'dmy';
  if (second > 12 && first <= 12) return 'mdy';
  return null;
}

/** The separator of a numeric day/month date, or null. */
export function dateSeparator(trimmed: string): string | null {
  return NUMERIC.exec(trimmed)?.[2] ?? null;
}

/**
 * Reads a trimmed date cell. Numeric day/month dates follow `order`;
 * `ambiguous` is true when both parts could be the month and `proven` is
 * false (the column never showed which order it uses).
 */
export function parseDate(
  trimmed: string,
  order: DateOrder,
  proven: boolean,
): DateReading {
  const iso = ISO.exec(trimmed);
  if (iso) return fromParts(+iso[1]!, +iso[2]!, +iso[3]!, false);
  const numeric = NUMERIC.exec(trimmed);
  if (numeric) return fromNumeric(numeric, order, proven);
  const named = DAY_MONTH_NAME.exec(trimmed);
  if (named) return fromNamed(named[3]!, named[2]!, named[1]!);
  const us = MONTH_NAME_DAY.exec(trimmed);
  if (us) return fromNamed(us[3]!, us[1]!, us[2]!);
  return { kind: 'invalid' };
}

function fromNumeric(
  m: RegExpExecArray,
  order: DateOrder,
  proven: boolean,
): DateReading {
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = Number(m[4]);
  const selfProven = a > 12 || b > 12 || a === b;
  const [day, month] =
    a > 12 ? [a, b] : b > 12 ? [b, a] : order === 'dmy' ? [a, b] : [b, a];
  return fromParts(year, month, day, !proven && !selfProven);
}

function fromNamed(year: string, monthName: string, day: string): DateReading {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return { kind: 'invalid' };
  return fromParts(Number(year), month, Number(day), false);
}

function fromParts(
  year: number,
  month: number,
  day: number,
  ambiguous: boolean,
): DateReading {
  if (year < 1900 || year > 2199 || month < 1 || month > 12) {
    return { kind: 'invalid' };
  }
  if (day < 1 || day > daysInMonth(year, month)) return { kind: 'invalid' };
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return { kind: 'ok', iso, ambiguous };
}

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The order a column of dates uses, and whether its values proved it. */
export function detectDateOrder(cells: Iterable<string>): {
  readonly order: DateOrder;
  readonly proven: boolean;
} {
  let dmy = 0;
  let mdy = 0;
  let slash = 0;
  let other = 0;
  for (const cell of cells) {
    const evidence = dateOrderEvidence(cell);
    if (evidence === 'dmy') dmy++;
    if (evidence === 'mdy') mdy++;
    const separator = dateSeparator(cell);
    if (separator === '/') slash++;
    else if (separator) other++;
  }
  if (dmy > 0 || mdy > 0)
    return { order: dmy >= mdy ? 'dmy' : 'mdy', proven: !(dmy > 0 && mdy > 0) };
  // Unproven: slashes read month-first (US exports), dashes and dots
  // day-first (European exports).
  return { order: slash > other ? 'mdy' : 'dmy', proven: false };
}
