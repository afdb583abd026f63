/**
 * Delimited text to physical records. An Excel `sep=X` first line names the
 * delimiter; else it is the one of `,` `;` tab `|` whose field counts agree
 * best over the first lines. Text without a quote character takes a fast
 * path that slices cells straight out of the text; anything quoted goes
 * through Papa Parse (RFC 4180 quotes, doubled quotes, line breaks inside
 * quotes). Both fill the same compact cell store.
 */
import Papa from 'papaparse/papaparse.js';

import {
  appendCellRange,
  appendCellText,
  createStoreBuilder,
  endRecord,
  finishStore,
  type PhysicalRecords,
  type StoreBuilder,
} from './cell-store';
import type { FileIssue } from './types';

/** What the CSV reader found, before header detection. */
export type CsvRecords = {
  readonly records: PhysicalRecords;
  readonly delimiter: string;
  /** Line of an Excel `sep=` hint that was consumed, or 0. */
  readonly sepHintLine: number;
  readonly warnings: readonly FileIssue[];
};

/** Options of readCsvRecords. */
export type CsvOptions = {
  readonly onProgress?: (fraction: number) => void;
  /** Test hook: read through Papa Parse even when nothing is quoted. */
  readonly forcePapa?: boolean;
};

const CANDIDATES = [',', ';', '\t', '|'] as const;
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_LINES = 50;
const PROGRESS_EVERY = 1 << 16;

/** Reads delimited text into physical records (see the module note). */
export function readCsvRecords(text: string, options: CsvOptions = {}) {
  const normalised = /\r(?!\n)/.test(text)
    ? text.replace(/\r\n?/g, '\n')
    : text;
  const hint = readSepHint(normalised);
  const body = hint ? normalised.slice(hint.length) : normalised;
  const delimiter = hint?.delimiter ?? detectDelimiter(body);
  const lineOffset = hint ? 1 : 0;
  const quoted = options.forcePapa === true || body.includes('"');
  const scan = quoted ? readWithPapa : readQuoteFree;
  const { records, warnings } = scan(body, delimiter, lineOffset, options);
  return {
    records,
    delimiter,
    sepHintLine: hint ? 1 : 0,
    warnings,
  } satisfies CsvRecords;
}

/** An Excel `sep=;` first line: its delimiter and its length with EOL. */
export function readSepHint(
  text: string,
): { delimiter: string; length: number } | null {
  const match = /^sep=(.)[ \t]*(\r\n|\n|$)/i.exec(text);
  if (!match) return null;
  const delimiter = match[1] === 't' ? '\t' : match[1]!;
  return { delimiter, length: match[0].length };
}

/**
 * The candidate delimiter whose per-line field count (outside quotes) is
 * the most consistent over the first lines, with more than one field;
 * ties go to the larger field count, then to the order `,` `;` tab `|`.
 */
export function detectDelimiter(text: string): string {
  const lines = sampleLines(text);
  let best: string = ',';
  let bestScore = -1;
  let bestFields = 0;
  for (const candidate of CANDIDATES) {
    const { agreeing, fields } = fieldCountAgreement(lines, candidate);
    if (fields < 2) continue;
    const better =
      agreeing > bestScore || (agreeing === bestScore && fields > bestFields);
    if (better) [best, bestScore, bestFields] = [candidate, agreeing, fields];
  }
  return best;
}

/** Non-blank logical lines of the start of the text (quotes respected). */
function sampleLines(text: string): string[] {
  const sample = text.slice(0, SAMPLE_CHARS);
  const lines: string[] = [];
  let start = 0;
  let inQuotes = false;
  for (let i = 0; i < sample.length && lines.length < SAMPLE_LINES; i++) {
    const ch = sample[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '\n' && !inQuotes) {
      const line = sample.slice(start, i).replace(/\r$/, '');
      if (line.trim() !== '') lines.push(line);
      start = i + 1;
    }
  }
  const rest = sample.slice(start);
  if (lines.length < SAMPLE_LINES && rest.trim() !== '') lines.push(rest);
  return lines;
}

/** How many lines share the most common field count, and that count. */
function fieldCountAgreement(lines: readonly string[], delimiter: string) {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const fields = countFields(line, delimiter);
    counts.set(fields, (counts.get(fields) ?? 0) + 1);
  }
  let agreeing = 0;
  let fields = 0;
  for (const [count, lineCount] of counts) {
    if (lineCount > agreeing || (lineCount === agreeing && count > fields)) {
      [agreeing, fields] = [lineCount, count];
    }
  }
  return { agreeing, fields };
}

function countFields(line: string, delimiter: string): number {
  let fields = 1;
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) fields++;
  }
  return fields;
}

type ScanResult = { records: PhysicalRecords; warnings: FileIssue[] };

/** The fast path: no quotes anywhere, so cells are plain ranges. */
function readQuoteFree(
  text: string,
  delimiter: string,
  lineOffset: number,
  options: CsvOptions,
): ScanResult {
  const b = createStoreBuilder(text, estimateCells(text, delimiter));
  const length = text.length;
  let pos = 0;
  let line = 1 + lineOffset;
  while (pos < length) {
    const newline = text.indexOf('\n', pos);
    const lineEnd = newline < 0 ? length : newline;
    const contentEnd =
      lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13
        ? lineEnd - 1
        : lineEnd;
    addQuoteFreeRecord(b, text, pos, contentEnd, delimiter, line);
    pos = lineEnd + 1;
    line++;
    if ((line & (PROGRESS_EVERY - 1)) === 0) options.onProgress?.(pos / length);
  }
  return { records: finishStore(b), warnings: [] };
}

function addQuoteFreeRecord(
  b: StoreBuilder,
  text: string,
  start: number,
  end: number,
  delimiter: string,
  line: number,
): void {
  const first = b.cellCount;
  let cellStart = start;
  for (;;) {
    const at = text.indexOf(delimiter, cellStart);
    if (at < 0 || at >= end) break;
    appendCellRange(b, cellStart, at);
    cellStart = at + 1;
  }
  appendCellRange(b, cellStart, end);
  endRecord(b, first, line);
}

/** A starting capacity from the first lines, to avoid regrowing much. */
function estimateCells(text: string, delimiter: string): number {
  const sample = text.slice(0, 8192);
  const lines = Math.max(1, sample.split('\n').length - 1);
  const cells = sample.split(delimiter).length + lines;
  return Math.ceil((cells * text.length) / Math.max(1, sample.length)) + 16;
}

/** The general path: Papa Parse, one record at a time. */
function readWithPapa(
  text: string,
  delimiter: string,
  lineOffset: number,
  options: CsvOptions,
): ScanResult {
  const source = text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
  const b = createStoreBuilder('', estimateCells(source, delimiter));
  const warnings: FileIssue[] = [];
  const lines = createLineCounter(source, 1 + lineOffset);
  let rowStart = 0;
  let steps = 0;
  Papa.parse(source, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result) => {
      const line = lines.lineAt(rowStart);
      const isPhantom = rowStart >= source.length && isEmptyRow(result.data);
      if (!isPhantom) addPapaRecord(b, result.data, line, result, warnings);
      rowStart = result.meta.cursor;
      steps++;
      if ((steps & (PROGRESS_EVERY - 1)) === 0) {
        options.onProgress?.(rowStart / Math.max(1, source.length));
      }
    },
  });
  return { records: finishStore(b), warnings };
}

function isEmptyRow(data: readonly string[]): boolean {
  return data.length === 1 && data[0] === '';
}

function addPapaRecord(
  b: StoreBuilder,
  data: readonly string[],
  line: number,
  result: { readonly errors: readonly { code: string; message: string }[] },
  warnings: FileIssue[],
): void {
  const first = b.cellCount;
  for (const cell of data) appendCellText(b, cell);
  endRecord(b, first, line);
  for (const error of result.errors) {
    warnings.push({
      code: 'W_CSV_QUOTES',
      message: `line ${line}: ${error.message} (${error.code}); check the quotes in that record`,
    });
  }
}

/** Physical line of a text offset, for offsets that only move forward. */
function createLineCounter(text: string, firstLine: number) {
  let position = 0;
  let line = firstLine;
  return {
    lineAt(offset: number): number {
      for (;;) {
        const next = text.indexOf('\n', position);
        if (next < 0 || next >= offset) break;
        line++;
        position = next + 1;
      }
      return line;
    },
  };
}
