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
