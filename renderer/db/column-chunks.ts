/**
 * Client columns to and from stored chunks. A chunk holds up to
 * CHUNK_SIZE clients as typed arrays and string arrays, so a period of
 * 100,000 clients is two records, not 100,000 (DESIGN.md §7).
 */
import {
  CODE_COLUMNS,
  NUMERIC_COLUMNS,
  STRING_COLUMNS,
  createClientColumns,
  type ClientColumns,
} from '../../shared/columns';

import {
  packStrings,
  packingOf,
  slicePacked,
  type PackedStrings,
} from '../worker/wire-pack';

import type { SnapshotChunkRecord } from './records';
import { StorageError } from './storage-error';

/** Clients per stored chunk. */
export const CHUNK_SIZE = 65_536;

/** Throws StorageError unless every column has `length` entries of its kind. */
export function validateColumns(columns: ClientColumns): void {
  const { length } = columns;
  if (!Number.isInteger(length) || length < 0) {
    throw new StorageError('E_INVALID_RECORD', `bad client count ${length}`);
  }
  for (const key of NUMERIC_COLUMNS) {
    checkColumn(
      key,
      columns[key] instanceof Float64Array,
      columns[key],
      length,
    );
  }
  for (const key of CODE_COLUMNS) {
    checkColumn(key, columns[key] instanceof Uint8Array, columns[key], length);
  }
  for (const key of STRING_COLUMNS) {
    // A column unpacked from (or still in) one string holds strings only.
    const packed = packingOf(columns, key);
    if (packed) {
      checkColumn(key, true, packed.ends, length);
      continue;
    }
    const column = columns[key];
    const ok =
      Array.isArray(column) && column.every((v) => typeof v === 'string');
    checkColumn(key, ok, column, length);
  }
}

function checkColumn(
  key: string,
  rightKind: boolean,
  column: { readonly length: number } | undefined,
  length: number,
): void {
  if (!rightKind || !column || column.length !== length) {
    throw new StorageError(
      'E_INVALID_RECORD',
      `column ${key} is missing, of the wrong kind or not ${length} long`,
    );
  }
}

/** Splits a period's columns into chunk records (validated first). */
export function toChunkRecords(
  period: string,
  columns: ClientColumns,
  chunkSize = CHUNK_SIZE,
): SnapshotChunkRecord[] {
  validateColumns(columns);
  const records: SnapshotChunkRecord[] = [];
  for (
    let offset = 0, chunk = 0;
    offset < columns.length || chunk === 0;
    chunk++
  ) {
    const end = Math.min(offset + chunkSize, columns.length);
    records.push(sliceChunk(period, chunk, columns, offset, end));
    offset = end;
  }
  return records;
}

function sliceChunk(
  period: string,
  chunk: number,
  columns: ClientColumns,
  offset: number,
  end: number,
): SnapshotChunkRecord {
  const pick = <K extends string, V extends { slice(a: number, b: number): V }>(
    keys: readonly K[],
    source: (key: K) => V,
  ) => Object.fromEntries(keys.map((k) => [k, source(k).slice(offset, end)]));
  return {
    period,
    chunk,
    offset,
    length: end - offset,
    numeric: pick(
      NUMERIC_COLUMNS,
      (k) => columns[k],
    ) as SnapshotChunkRecord['numeric'],
    codes: pick(
      CODE_COLUMNS,
      (k) => columns[k],
    ) as SnapshotChunkRecord['codes'],
    strings: Object.fromEntries(
      STRING_COLUMNS.map((k) => [k, packedChunk(columns, k, offset, end)]),
    ) as SnapshotChunkRecord['strings'],
  };
}

/** A string column's entries `offset` to `end`, packed when they can be. */
function packedChunk(
  columns: ClientColumns,
  key: (typeof STRING_COLUMNS)[number],
  offset: number,
  end: number,
): PackedStrings | string[] {
  const known = packingOf(columns, key);
  if (known) return slicePacked(known, offset, end);
  const values = columns[key].slice(offset, end);
  return packStrings(values) ?? values;
}

/** Joins a period's chunk records (any order) back into columns. */
export function fromChunkRecords(
  records: readonly SnapshotChunkRecord[],
): ClientColumns {
  const sorted = [...records].sort((a, b) => a.chunk - b.chunk);
  const length = sorted.reduce((sum, r) => sum + r.length, 0);
  const out = createClientColumns(length);
  let offset = 0;
  for (const record of sorted) {
    if (record.offset !== offset) {
      throw new StorageError(
        'E_CORRUPT',
        `chunk ${record.chunk} of ${record.period} is out of place`,
      );
    }
    copyChunk(record, out);
    offset += record.length;
  }
  validateColumns(out);
  return out;
}

function copyChunk(record: SnapshotChunkRecord, out: ClientColumns): void {
  const at = record.offset;
  for (const key of NUMERIC_COLUMNS) {
    out[key].set(checked(record.numeric[key], Float64Array, key, record), at);
  }
  for (const key of CODE_COLUMNS) {
    out[key].set(checked(record.codes[key], Uint8Array, key, record), at);
  }
  for (const key of STRING_COLUMNS) {
    const values: unknown = record.strings[key];
    if (isPackedChunk(values, record.length)) {
      unpackInto(values, out[key], at);
      continue;
    }
    if (!Array.isArray(values) || values.length !== record.length) {
      throw corrupt(key, record);
    }
    for (let i = 0; i < values.length; i++)
      out[key][at + i] = String(values[i]);
  }
}

/** A packed column of `length` entries whose ends rise within its text. */
function isPackedChunk(value: unknown, length: number): value is PackedStrings {
  if (typeof value !== 'object' || value === null) return false;
  const { packedStrings: text, ends } = value as Partial<PackedStrings>;
  if (typeof text !== 'string' || !(ends instanceof Uint32Array)) return false;
  if (ends.length !== length) return false;
  let last = 0;
  for (const end of ends) {
    if (end < last) return false;
    last = end;
  }
  return last === text.length;
}

function unpackInto(packed: PackedStrings, out: string[], at: number): void {
  const { packedStrings: text, ends } = packed;
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!;
    out[at + i] = text.slice(start, end);
    start = end;
  }
}

function checked<T extends Float64Array | Uint8Array>(
  value: unknown,
  kind: new (n: number) => T,
  key: string,
  record: SnapshotChunkRecord,
): T {
  if (!(value instanceof kind) || value.length !== record.length) {
    throw corrupt(key, record);
  }
  return value;
}

function corrupt(key: string, record: SnapshotChunkRecord): StorageError {
  return new StorageError(
    'E_CORRUPT',
    `stored column ${key} of ${record.period} chunk ${record.chunk} is damaged`,
  );
}
