/**
 * Long string arrays packed for postMessage. A structured clone copies a
 * 1M-entry string column entry by entry (seconds at 1M clients, on the
 * posting thread too); one joined string and a Uint32Array of end offsets
 * copy as two blocks, and unpacking them is one slice per entry. A column
 * received packed is unpacked only when first read (see defineLazy).
 */

/** A packed string array: the entries joined, and where each one ends. */
export type PackedStrings = {
  readonly packedStrings: string;
  readonly ends: Uint32Array;
};

/**
 * Rows whose `field` holds a string array each (the CSM book's client ids),
 * sent as the rows without it, and all the lists packed end to end.
 */
export type PackedLists = {
  readonly packedRows: readonly Record<string, unknown>[];
  readonly field: string;
  readonly lists: PackedStrings;
  /** Entries of each row's list. */
  readonly counts: Uint32Array;
};

const JOIN_RUN = 4096;

/** Shorter arrays are cheap to clone as they are. */
const MIN_PACKED = 1024;

function isPacked(value: object): value is PackedStrings {
  return (
    'packedStrings' in value &&
    typeof value.packedStrings === 'string' &&
    'ends' in value &&
    value.ends instanceof Uint32Array
  );
}

function isPackedLists(value: object): value is PackedLists {
  return (
    'packedRows' in value &&
    Array.isArray(value.packedRows) &&
    'counts' in value &&
    value.counts instanceof Uint32Array
  );
}

function isStringArray(values: readonly unknown[]): values is string[] {
  for (const v of values) if (typeof v !== 'string') return false;
  return true;
}

/**
 * The packed form each unpacked array came from, so sending it on (to the
 * compute worker, to storage) does not join it again.
 * NOTE: string columns are treated as immutable, as the engine's CSM index
 * cache does; an array edited in place would be sent as it was unpacked.
 */
const packedOf = new WeakMap<readonly string[], PackedStrings>();

function knownPacking(values: readonly string[]): PackedStrings | null {
  const known = packedOf.get(values);
  return known && known.ends.length === values.length ? known : null;
}

/** Packs one string array, or null when it is too long to join. */
export function packStrings(values: readonly string[]): PackedStrings | null {
  const known = knownPacking(values);
  // A copy of the ends: the caller may transfer them.
  if (known)
    return { packedStrings: known.packedStrings, ends: known.ends.slice() };
  const ends = new Uint32Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += values[i]!.length;
    ends[i] = at;
  }
  // A joined string has a maximum length; past it the array goes as it is.
  if (at > 2 ** 28) return null;
  // Joined in runs: V8 joins a million short strings about twice as slowly.
  const runs: string[] = [];
  for (let i = 0; i < values.length; i += JOIN_RUN)
    runs.push(values.slice(i, i + JOIN_RUN).join(''));
  return { packedStrings: runs.join(''), ends };
}

/** The string array a PackedStrings holds. */
export function unpackStrings(packed: PackedStrings): string[] {
  const { packedStrings: text, ends } = packed;
  const out = new Array<string>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!;
    out[i] = text.slice(start, end);
    start = end;
  }
  packedOf.set(out, packed);
  return out;
}

/** Entries `from` to `to` (exclusive) of a string array, packed. */
export function packSlice(
  values: readonly string[],
  from: number,
  to: number,
): PackedStrings | null {
  const known = knownPacking(values);
  return known
    ? slicePacked(known, from, to)
    : packStrings(values.slice(from, to));
}

/** Entries `from` to `to` (exclusive) of a packed array, packed. */
export function slicePacked(
  known: PackedStrings,
  from: number,
  to: number,
): PackedStrings {
  const base = from === 0 ? 0 : known.ends[from - 1]!;
  const ends = new Uint32Array(to - from);
  for (let i = 0; i < ends.length; i++) ends[i] = known.ends[from + i]! - base;
  const last = to > from ? known.ends[to - 1]! : base;
  return { packedStrings: known.packedStrings.slice(base, last), ends };
}

/**
 * A copy of `value` in which every long string array is packed, and the
 * offset buffers to transfer with it. The input is not changed: containers
 * on the way to a packed array are copied, everything else is shared.
 */
export function packForWire(value: unknown): {
  value: unknown;
  transfer: ArrayBuffer[];
} {
  const transfer: ArrayBuffer[] = [];
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) return v;
    if (Array.isArray(v)) {
      if (v.length >= MIN_PACKED && isStringArray(v)) {
        const packed = packStrings(v);
        if (packed) transfer.push(packed.ends.buffer as ArrayBuffer);
        return packed ?? v;
      }
      const lists = packRowLists(v);
      if (lists) {
        transfer.push(lists.counts.buffer as ArrayBuffer);
        transfer.push(lists.lists.ends.buffer as ArrayBuffer);
        return lists;
      }
      return mapChanged(v, walk);
    }
    if (!isPlainObject(v)) return v;
    return mapEntries(v as Record<string, unknown>, (record, key) => {
      const known = packingOf(record, key);
      if (!known) return walk(record[key]);
      // Sent from the packing it came in: not unpacked, not joined again.
      const ends = known.ends.slice();
      transfer.push(ends.buffer);
      return { packedStrings: known.packedStrings, ends };
    });
  };
  return { value: walk(value), transfer };
}

/** `value` with every PackedStrings of packForWire unpacked again. */
export function unpackFromWire<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) return v;
    if (Array.isArray(v)) return mapChanged(v, walk);
    if (!isPlainObject(v)) return v;
    if (isPacked(v)) return unpackStrings(v);
    if (isPackedLists(v)) return unpackRowLists(v);
    return unpackEntries(v as Record<string, unknown>, walk);
  };
  return walk(value) as T;
}

/**
 * Getters that unpack a column on first read, and the packing each holds:
 * the Import screen needs only a column's length, storage and the compute
 * worker take it packed, so a million strings are made only when read.
 */
const lazyPackings = new WeakMap<() => string[], PackedStrings>();
/** Objects with such getters: only these need their properties looked at. */
const lazyHolders = new WeakSet<object>();

function defineLazy(
  out: Record<string, unknown>,
  key: string,
  packed: PackedStrings,
): void {
  let values: string[] | null = null;
  const get = () => (values ??= unpackStrings(packed));
  lazyPackings.set(get, packed);
  lazyHolders.add(out);
  Object.defineProperty(out, key, {
    get,
    enumerable: true,
    configurable: true,
  });
}

/** The packing `record[key]` holds or came from, without unpacking it. */
export function packingOf(record: object, key: string): PackedStrings | null {
  if (!lazyHolders.has(record)) {
    const value = (record as Record<string, unknown>)[key];
    return Array.isArray(value) ? knownPacking(value as string[]) : null;
  }
  const d = Object.getOwnPropertyDescriptor(record, key);
  if (!d) return null;
  if (d.get) return lazyPackings.get(d.get as () => string[]) ?? null;
  return Array.isArray(d.value) ? knownPacking(d.value as string[]) : null;
}

/** `base` with `extra` laid over it, its unread columns still unread. */
export function overlay<T extends object>(base: T, extra: Partial<T>): T {
  const out = Object.defineProperties(
    {},
    Object.getOwnPropertyDescriptors(base),
  ) as T;
  if (lazyHolders.has(base)) lazyHolders.add(out);
  return Object.assign(out, extra);
}

function unpackEntries(
  record: Record<string, unknown>,
  walk: (v: unknown) => unknown,
): Record<string, unknown> {
  if (allPrimitive(record)) return record;
  const keys = Object.keys(record);
  const values = keys.map((key) => {
    const v = record[key];
    const lazy = v !== null && typeof v === 'object' && isPacked(v);
    return lazy ? LAZY : walk(v);
  });
  if (values.every((v, k) => v === record[keys[k]!])) return record;
  const out: Record<string, unknown> = {};
  keys.forEach((key, k) => {
    if (values[k] === LAZY) defineLazy(out, key, record[key] as PackedStrings);
    else out[key] = values[k];
  });
  return out;
}

/** Marks a value to unpack on first read. */
const LAZY = Symbol('lazy');

/** True when no value of a record is an object (a warning, a count). */
function allPrimitive(record: Record<string, unknown>): boolean {
  for (const key in record) {
    const v = record[key];
    if (v !== null && typeof v === 'object') return false;
  }
  return true;
}

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The array itself when no element changed, else a copy with the changes. */
function mapChanged(
  values: readonly unknown[],
  walk: (v: unknown) => unknown,
): unknown[] {
  let out: unknown[] | null = null;
  for (let i = 0; i < values.length; i++) {
    const next = walk(values[i]);
    if (next !== values[i]) (out ??= values.slice())[i] = next;
  }
  return out ?? (values as unknown[]);
}

/**
 * The object itself when no value changed, else a copy with the changes.
 * Values are read through `next`, so an unread column stays unread.
 */
function mapEntries(
  record: Record<string, unknown>,
  next: (record: Record<string, unknown>, key: string) => unknown,
): Record<string, unknown> {
  const lazy = lazyHolders.has(record);
  // The fast way through the report's many thousand issue records.
  if (!lazy && allPrimitive(record)) return record;
  const keys = Object.keys(record);
  const values = keys.map((key) => next(record, key));
  if (!lazy) {
    if (values.every((v, k) => v === record[keys[k]!])) return record;
    return Object.fromEntries(keys.map((key, k) => [key, values[k]]));
  }
  const same = (k: number) => {
    const d = Object.getOwnPropertyDescriptor(record, keys[k]!);
    return d !== undefined && !d.get && d.value === values[k];
  };
  if (keys.every((_, k) => same(k))) return record;
  return Object.fromEntries(keys.map((key, k) => [key, values[k]]));
}

/** The field of plain-object rows that holds a string array in each row. */
function listField(rows: readonly unknown[]): string | null {
  const first = rows[0];
  if (rows.length < 2 || first === null || typeof first !== 'object')
    return null;
  if (!isPlainObject(first)) return null;
  for (const [key, value] of Object.entries(first)) {
    if (!Array.isArray(value) || !isStringArray(value)) continue;
    const all = rows.every(
      (row) =>
        row !== null &&
        typeof row === 'object' &&
        isPlainObject(row) &&
        Array.isArray((row as Record<string, unknown>)[key]) &&
        isStringArray((row as Record<string, unknown>)[key] as unknown[]),
    );
    return all ? key : null;
  }
  return null;
}

/** Rows with a long list field in total packed, or null. */
function packRowLists(rows: readonly unknown[]): PackedLists | null {
  const field = listField(rows);
  if (!field) return null;
  const typed = rows as readonly Record<string, unknown>[];
  const counts = new Uint32Array(typed.length);
  let total = 0;
  for (let i = 0; i < typed.length; i++) {
    counts[i] = (typed[i]![field] as string[]).length;
    total += counts[i]!;
  }
  if (total < MIN_PACKED) return null;
  const lists = knownLists(typed, field) ?? packLists(typed, field, total);
  if (!lists) return null;
  const packedRows = typed.map((row) => ({ ...row, [field]: null }));
  return { packedRows, field, lists, counts };
}

/**
 * Lists packed before, by the first list: the CSM book's client ids are
 * the same frozen arrays at every recompute of a period (the policy moves
 * no client between CSMs), so they are joined once, not per edit.
 */
const packedLists = new WeakMap<
  readonly string[],
  {
    readonly lists: readonly (readonly string[])[];
    readonly packed: PackedStrings;
  }
>();

function knownLists(
  rows: readonly Record<string, unknown>[],
  field: string,
): PackedStrings | null {
  const first = rows[0]?.[field] as readonly string[] | undefined;
  const known = first && packedLists.get(first);
  if (!known || known.lists.length !== rows.length) return null;
  for (let i = 0; i < rows.length; i++)
    if (rows[i]![field] !== known.lists[i]) return null;
  // A copy of the ends: the caller transfers them.
  return {
    packedStrings: known.packed.packedStrings,
    ends: known.packed.ends.slice(),
  };
}

function packLists(
  rows: readonly Record<string, unknown>[],
  field: string,
  total: number,
): PackedStrings | null {
  const flat = new Array<string>(total);
  let at = 0;
  for (const row of rows)
    for (const id of row[field] as string[]) flat[at++] = id;
  const packed = packStrings(flat);
  if (!packed) return null;
  const lists = rows.map((row) => row[field] as readonly string[]);
  if (lists.every((list) => Object.isFrozen(list)))
    packedLists.set(lists[0]!, {
      lists,
      packed: {
        packedStrings: packed.packedStrings,
        ends: packed.ends.slice(),
      },
    });
  return packed;
}

function unpackRowLists(packed: PackedLists): Record<string, unknown>[] {
  const flat = unpackStrings(packed.lists);
  let at = 0;
  return packed.packedRows.map((row, i) => {
    const end = at + packed.counts[i]!;
    const list = flat.slice(at, end);
    at = end;
    return { ...row, [packed.field]: list };
  });
}
