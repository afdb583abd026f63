/**
 * Reading the commonest cells without slicing them out of the text: plain
 * integers (`42`, `-5`) and plain percentages (`-19%`). A cell of any other
 * shape returns NaN and goes through the full value parsers; both paths
 * give the same value, the fast one only skips allocating a string.
 */
import { isSpaceCode } from './cell-store';
import type { CellStore } from './types';

/** The plain (optionally signed) integer a cell holds, or NaN. */
export function plainInteger(store: CellStore, r: number, c: number): number {
  return scanPlain(store, r, c, false);
}

/** The plain integer percentage (`-19%`, `4 %`) a cell holds, or NaN. */
export function plainPercent(store: CellStore, r: number, c: number): number {
  return scanPlain(store, r, c, true);
}

/** True when the cell is empty or whitespace only. */
export function isBlankCell(store: CellStore, r: number, c: number): boolean {
  if (c >= store.rowCells[r]!) return true;
  const i = store.rowFirst[r]! + c;
  for (let k = store.starts[i]!; k < store.ends[i]!; k++) {
    if (!isSpaceCode(store.text.charCodeAt(k))) return false;
  }
  return true;
}

function scanPlain(
  store: CellStore,
  r: number,
  c: number,
  percent: boolean,
): number {
  if (c >= store.rowCells[r]!) return NaN;
  const i = store.rowFirst[r]! + c;
  const text = store.text;
  let k = store.starts[i]!;
  let end = store.ends[i]!;
  while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
  while (end > k && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (percent) {
    if (end <= k || text.charCodeAt(end - 1) !== 37) return NaN;
    end--;
    while (end > k && text.charCodeAt(end - 1) === 32) end--;
  }
  const negative = text.charCodeAt(k) === 45;
  if (negative || text.charCodeAt(k) === 43) k++;
  const digits = end - k;
  if (digits < 1 || digits > 15) return NaN;
  let value = 0;
  for (; k < end; k++) {
    const code = text.charCodeAt(k) - 48;
    if (code < 0 || code > 9) return NaN;
    value = value * 10 + code;
  }
  return negative ? -value : value;
}

// Whole units of a plain decimal kept exact in cents (13 digits < 2^53 / 100).
const MAX_DECIMAL_INT_DIGITS = 13;

/**
 * A plain unsigned decimal cell (`5018.26`, `0.5`, digits on both sides of
 * one dot) in cents, rounded half up at the third decimal as
 * decimalToScaled does; NaN for any other shape.
 */
export function plainDecimalCents(
  store: CellStore,
  r: number,
  c: number,
): number {
  const at = scanPlainDecimal(store, r, c);
  if (at < 0) return NaN;
  const text = store.text;
  let cents = 0;
  for (let k = plainStart; k < at; k++)
    cents = cents * 10 + text.charCodeAt(k) - 48;
  for (let k = at + 1; k < at + 3; k++)
    cents = cents * 10 + (k < plainEnd ? text.charCodeAt(k) - 48 : 0);
  const roundUp = at + 3 < plainEnd && text.charCodeAt(at + 3) >= 53;
  return cents + (roundUp ? 1 : 0);
}

/**
 * What a plain decimal cell says of the dot/comma style, as
 * numberStyleEvidence would: 'dot', or null when it reads both ways
 * (`1.200`); undefined when the cell is not a plain decimal.
 */
export function plainDecimalEvidence(
  store: CellStore,
  r: number,
  c: number,
): 'dot' | null | undefined {
  const at = scanPlainDecimal(store, r, c);
  if (at < 0) return undefined;
  if (plainEnd - at - 1 !== 3) return 'dot';
  for (let k = plainStart; k < at; k++) {
    if (store.text.charCodeAt(k) !== 48) return null;
  }
  return 'dot';
}

// The trimmed bounds of the cell last scanned by scanPlainDecimal.
let plainStart = 0;
let plainEnd = 0;

/** Position of the dot of a plain decimal cell, or -1. */
function scanPlainDecimal(store: CellStore, r: number, c: number): number {
  if (c >= store.rowCells[r]!) return -1;
  const i = store.rowFirst[r]! + c;
  const text = store.text;
  let k = store.starts[i]!;
  let end = store.ends[i]!;
  while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
  while (end > k && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let dot = -1;
  for (let j = k; j < end; j++) {
    const code = text.charCodeAt(j);
    if (code === 46 && dot < 0) dot = j;
    else if (code < 48 || code > 57) return -1;
  }
  const intDigits = dot - k;
  if (intDigits < 1 || intDigits > MAX_DECIMAL_INT_DIGITS) return -1;
  if (end - dot < 2) return -1;
  plainStart = k;
  plainEnd = end;
  return dot;
}
