/**
 * The compact cell store behind a RawTable: the builder the CSV and XLSX
 * readers append to, and the accessors that read a cell back. Cells are
 * offsets into one string, so a million records cost a few typed arrays,
 * not a million arrays of strings.
 */
import type { CellStore, RawTable } from './types';

/** Physical records as read, before header detection and skipping. */
export type PhysicalRecords = CellStore & {
  readonly count: number;
  /** 1-based physical line (CSV) or sheet row (XLSX) of each record. */
  readonly lines: Uint32Array;
};

/** A growing store; `text` is set for readers that slice a given text. */
export type StoreBuilder = {
  text: string;
  parts: string[];
  partsLength: number;
  segments: string[];
  textLength: number;
  starts: Uint32Array;
  ends: Uint32Array;
  cellCount: number;
  rowFirst: Uint32Array;
  rowCells: Uint32Array;
  lines: Uint32Array;
  count: number;
};

// Flushing appended cell texts into one segment every so often keeps the
// parts array short without concatenating one string per cell.
const PARTS_PER_SEGMENT = 16_384;

/** A builder whose cells are ranges of `text` (or appended when text ''). */
export function createStoreBuilder(text = '', cellHint = 1024): StoreBuilder {
  const cells = Math.max(16, cellHint);
  const records = Math.max(16, cellHint >> 3);
  return {
    text,
    parts: [],
    partsLength: 0,
    segments: [],
    textLength: text.length,
    starts: new Uint32Array(cells),
    ends: new Uint32Array(cells),
    cellCount: 0,
    rowFirst: new Uint32Array(records),
    rowCells: new Uint32Array(records),
    lines: new Uint32Array(records),
    count: 0,
  };
}

function grown(array: Uint32Array, minimum: number): Uint32Array {
  const next = new Uint32Array(Math.max(minimum, array.length * 2));
  next.set(array);
  return next;
}

/** Adds a cell that is `text.slice(start, end)` of the builder's text. */
export function appendCellRange(b: StoreBuilder, start: number, end: number) {
  if (b.cellCount === b.starts.length) {
    b.starts = grown(b.starts, b.cellCount + 1);
    b.ends = grown(b.ends, b.cellCount + 1);
  }
  b.starts[b.cellCount] = start;
  b.ends[b.cellCount] = end;
  b.cellCount++;
}

/** Adds a cell given as its own string (Papa Parse and XLSX readers). */
export function appendCellText(b: StoreBuilder, value: string): void {
  const start = b.textLength;
  b.parts.push(value);
  b.partsLength++;
  b.textLength += value.length;
  appendCellRange(b, start, b.textLength);
  if (b.partsLength >= PARTS_PER_SEGMENT) flushParts(b);
}

function flushParts(b: StoreBuilder): void {
  if (b.partsLength === 0) return;
  b.segments.push(b.parts.join(''));
  b.parts = [];
  b.partsLength = 0;
}

/** Closes the record whose cells were appended since the last call. */
export function endRecord(b: StoreBuilder, firstCell: number, line: number) {
  if (b.count === b.rowFirst.length) {
    b.rowFirst = grown(b.rowFirst, b.count + 1);
    b.rowCells = grown(b.rowCells, b.count + 1);
    b.lines = grown(b.lines, b.count + 1);
  }
  b.rowFirst[b.count] = firstCell;
  b.rowCells[b.count] = b.cellCount - firstCell;
  b.lines[b.count] = line;
  b.count++;
}

/** The records built so far, with the appended texts joined once. */
export function finishStore(b: StoreBuilder): PhysicalRecords {
  flushParts(b);
  const text = b.segments.length > 0 ? b.segments.join('') : b.text;
  b.segments = [];
  return {
    text,
    starts: b.starts.subarray(0, b.cellCount),
    ends: b.ends.subarray(0, b.cellCount),
    rowFirst: b.rowFirst.subarray(0, b.count),
    rowCells: b.rowCells.subarray(0, b.count),
    lines: b.lines.subarray(0, b.count),
    count: b.count,
  };
}

/** Cell c of record r as written ('' past the end of a short record). */
export function getStoreCell(store: CellStore, r: number, c: number): string {
  if (c >= store.rowCells[r]!) return '';
  const i = store.rowFirst[r]! + c;
  return store.text.slice(store.starts[i]!, store.ends[i]!);
}

/** Cell c of data record r of a table, as written. */
export function getCell(table: RawTable, r: number, c: number): string {
  return getStoreCell(table.cells, r, c);
}

/** Data record r of a table as `width` text cells (header width default). */
export function getRecord(
  table: RawTable,
  r: number,
  width = table.header.length,
): string[] {
  const out = new Array<string>(width);
  for (let c = 0; c < width; c++) out[c] = getStoreCell(table.cells, r, c);
  return out;
}

/** True when cell c of record r is empty or only whitespace. */
export function isStoreCellBlank(store: CellStore, r: number, c: number) {
  if (c >= store.rowCells[r]!) return true;
  const i = store.rowFirst[r]! + c;
  const text = store.text;
  for (let k = store.starts[i]!; k < store.ends[i]!; k++) {
    if (!isSpaceCode(text.charCodeAt(k))) return false;
  }
  return true;
}

/** Spaces a spreadsheet cell may be padded with, incl. no-break spaces. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2007 ||
    code === 0x2009 ||
    code === 0xfeff
  );
}

/**
 * The records of a table as a read-only array view that builds a record
 * when it is read, so `rows.length`, `rows[i]`, `rows.slice()` and
 * `for…of` work without keeping an array per record.
 */
export function createRowsView(
  store: CellStore,
  rowCount: number,
  width: number,
): readonly (readonly string[])[] {
  const record = (r: number) => {
    const out = new Array<string>(width);
    for (let c = 0; c < width; c++) out[c] = getStoreCell(store, r, c);
    return out;
  };
  return new Proxy<string[][]>([], {
    get(target, key, receiver) {
      if (key === 'length') return rowCount;
      const index = typeof key === 'string' ? toIndex(key) : -1;
      if (index >= 0) return index < rowCount ? record(index) : undefined;
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      const index = typeof key === 'string' ? toIndex(key) : -1;
      return index >= 0 ? index < rowCount : Reflect.has(target, key);
    },
    set() {
      return false;
    },
  });
}

function toIndex(key: string): number {
  const code = key.charCodeAt(0);
  if (code < 48 || code > 57) return -1;
  const n = Number(key);
  return Number.isInteger(n) && String(n) === key ? n : -1;
}
