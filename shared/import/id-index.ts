/**
 * The accepted client ids of an import, for E_DUP_ID (exact, case-
 * sensitive) and W_ID_CASE_VARIANT (the same id in another case). An
 * open-addressing table over typed arrays, keyed by a hash of the
 * case-folded id: measured on 1.2M ids it is several times faster than a
 * Map<string, number> and keeps no second string per id.
 */

/** Accepted ids: slot → position in `ids` + 1 (0 = empty). */
export type IdIndex = {
  readonly ids: readonly string[];
  slots: Int32Array;
  hashes: Uint32Array;
  size: number;
};

/** What an id finds among those accepted: positions, or -1. */
export type IdLookup = { readonly exact: number; readonly variant: number };

/** An empty index over the given (growing) array of accepted ids. */
export function createIdIndex(
  ids: readonly string[],
  expected = 1024,
): IdIndex {
  let capacity = 1024;
  while (capacity < expected * 2) capacity *= 2;
  return {
    ids,
    slots: new Int32Array(capacity),
    hashes: new Uint32Array(capacity),
    size: 0,
  };
}

/** FNV-1a over the case-folded id. */
function foldedHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash = Math.imul(hash ^ foldCode(id, i), 0x01000193);
  }
  return hash >>> 0;
}

function foldCode(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 65 && code <= 90) return code + 32;
  return code > 127 ? text[i]!.toLowerCase().charCodeAt(0) : code;
}

function foldEquals(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (foldCode(a, i) !== foldCode(b, i)) return false;
  }
  return true;
}

/** Finds an accepted id equal to `id`, or equal to it ignoring case. */
export function lookupId(index: IdIndex, id: string): IdLookup {
  const hash = foldedHash(id);
  const mask = index.slots.length - 1;
  let variant = -1;
  for (let i = hash & mask; index.slots[i] !== 0; i = (i + 1) & mask) {
    if (index.hashes[i] !== hash) continue;
    const position = index.slots[i]! - 1;
    const other = index.ids[position]!;
    if (other === id) return { exact: position, variant: -1 };
    if (variant < 0 && foldEquals(other, id)) variant = position;
  }
  return { exact: -1, variant };
}

/** Records that ids[position] is accepted. */
export function addId(index: IdIndex, id: string, position: number): void {
  if ((index.size + 1) * 2 > index.slots.length) grow(index);
  place(index, foldedHash(id), position + 1);
  index.size++;
}

function place(index: IdIndex, hash: number, slot: number): void {
  const mask = index.slots.length - 1;
  let i = hash & mask;
  while (index.slots[i] !== 0) i = (i + 1) & mask;
  index.slots[i] = slot;
  index.hashes[i] = hash;
}

function grow(index: IdIndex): void {
  const { slots, hashes } = index;
  index.slots = new Int32Array(slots.length * 2);
  index.hashes = new Uint32Array(slots.length * 2);
  for (let i = 0; i < slots.length; i++) {
    if (slots[i] !== 0) place(index, hashes[i]!, slots[i]!);
  }
}
