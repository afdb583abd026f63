/**
 * Repeated text cells (CSM ids, industries) read once per distinct raw
 * text: a lookup hashes the cell's characters where they lie in the
 * store's text and compares them in place, so a hit allocates nothing.
 * Slicing each cell and looking it up in a Map<string, string> was the
 * top cost of importClients on 1M rows with 40,000 distinct CSMs.
 */
import type { CellStore } from './types';

/** Raw cell texts seen so far and the value each was read as. */
export type CellTexts = {
  slots: Int32Array;
  hashes: Uint32Array;
  readonly raws: string[];
  readonly values: string[];
};

// Distinct raw texts kept at most; past this, cells are read in full.
const MAX_ENTRIES = 1 << 17;

/** An empty cache. */
export function createCellTexts(): CellTexts {
  return {
    slots: new Int32Array(1024),
    hashes: new Uint32Array(1024),
    raws: [],
    values: [],
  };
}

/** The value remembered for cell (r, c)'s raw text, or undefined. */
export function findCellText(
  cache: CellTexts,
  store: CellStore,
  r: number,
  c: number,
): string | undefined {
  if (c >= store.rowCells[r]!) return undefined;
  const i = store.rowFirst[r]! + c;
  const start = store.starts[i]!;
  const end = store.ends[i]!;
  const hash = rangeHash(store.text, start, end);
  const mask = cache.slots.length - 1;
  for (let s = hash & mask; cache.slots[s] !== 0; s = (s + 1) & mask) {
    if (cache.hashes[s] !== hash) continue;
    const k = cache.slots[s]! - 1;
    if (sameText(cache.raws[k]!, store.text, start, end))
      return cache.values[k];
  }
  return undefined;
}

/** Remembers `value` as what cell (r, c)'s raw text reads as. */
export function rememberCellText(
  cache: CellTexts,
  store: CellStore,
  r: number,
  c: number,
  value: string,
): void {
  if (c >= store.rowCells[r]! || cache.raws.length >= MAX_ENTRIES) return;
  const i = store.rowFirst[r]! + c;
  const start = store.starts[i]!;
  const end = store.ends[i]!;
  if ((cache.raws.length + 1) * 2 > cache.slots.length) grow(cache);
  cache.raws.push(store.text.slice(start, end));
  cache.values.push(value);
  place(cache, rangeHash(store.text, start, end), cache.raws.length);
}

/** FNV-1a over text[start, end). */
function rangeHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let k = start; k < end; k++) {
    hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  }
  return hash >>> 0;
}

function sameText(raw: string, text: string, start: number, end: number) {
  if (raw.length !== end - start) return false;
  for (let k = 0; k < raw.length; k++) {
    if (raw.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  }
  return true;
}

function place(cache: CellTexts, hash: number, slot: number): void {
  const mask = cache.slots.length - 1;
  let s = hash & mask;
  while (cache.slots[s] !== 0) s = (s + 1) & mask;
  cache.slots[s] = slot;
  cache.hashes[s] = hash;
}

function grow(cache: CellTexts): void {
  const { slots, hashes } = cache;
  cache.slots = new Int32Array(slots.length * 2);
  cache.hashes = new Uint32Array(slots.length * 2);
  for (let s = 0; s < slots.length; s++) {
    if (slots[s] !== 0) place(cache, hashes[s]!, slots[s]!);
  }
}
