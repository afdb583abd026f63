/**
 * From physical records to a table: find the header (the first row that
 * looks like labels and matches known aliases best), refuse duplicated
 * column names, and pass over what is not a data record: title rows above
 * the header, blank and delimiter-only lines, repeated header lines and a
 * `Total` footer.
 */
import { countAliasMatches } from './aliases';
import {
  createRowsView,
  getStoreCell,
  isSpaceCode,
  isStoreCellBlank,
  type PhysicalRecords,
} from './cell-store';
import { proposeMapping } from './mapping';
import {
  ImportError,
  type FileIssue,
  type RawTable,
  type SkipReason,
  type SkippedRow,
} from './types';

/** What the reader knows of the file besides its records. */
export type TableSource = {
  readonly fileName: string;
  readonly format: RawTable['format'];
  readonly sheetNames: readonly string[];
  readonly sheet: string | null;
  readonly delimiter: string | null;
  readonly encoding: string;
  readonly skipped: readonly SkippedRow[];
  readonly warnings: readonly FileIssue[];
};

const HEADER_SCAN_RECORDS = 30;
const TOTAL_WORD = /^(grand\s*)?(sub\s*-?\s*)?totals?\s*:?$/i;

/** The header found among the first records: its index and score. */
export type HeaderGuess = { readonly index: number; readonly score: number };

/** Finds the header record (see the module note); null when all blank. */
export function findHeader(records: PhysicalRecords): HeaderGuess | null {
  let best: HeaderGuess | null = null;
  let bestFilled = 0;
  let fallback = -1;
  let seen = 0;
  for (let r = 0; r < records.count && seen < HEADER_SCAN_RECORDS; r++) {
    if (isBlankRecord(records, r)) continue;
    seen++;
    const cells = recordTexts(records, r);
    const score = countAliasMatches(cells);
    const filled = cells.filter((cell) => cell !== '').length;
    // More known labels win; on a tie the fuller row (a one-cell title
    // like "Customers" must not beat the header below it), then the first.
    const better =
      score > 0 &&
      (score > (best?.score ?? 0) ||
        (score === best!.score && filled > bestFilled));
    if (better) [best, bestFilled] = [{ index: r, score }, filled];
    if (fallback < 0 && looksLikeLabels(cells)) fallback = r;
  }
  if (best) return best;
  if (fallback >= 0) return { index: fallback, score: 0 };
  const first = firstNonBlank(records);
  return first < 0 ? null : { index: first, score: 0 };
}

function firstNonBlank(records: PhysicalRecords): number {
  for (let r = 0; r < records.count; r++) {
    if (!isBlankRecord(records, r)) return r;
  }
  return -1;
}

/** At least two cells, all of them text rather than numbers. */
function looksLikeLabels(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => cell !== '');
  return (
    filled.length >= 2 &&
    filled.every((cell) => !/^[-+$€£\d.,\s%]+$/.test(cell))
  );
}

function recordTexts(records: PhysicalRecords, r: number): string[] {
  const cells: string[] = [];
  for (let c = 0; c < records.rowCells[r]!; c++) {
    cells.push(
      getStoreCell(records, r, c)
        .replace(/^\uFEFF/, '')
        .trim(),
    );
  }
  return cells;
}

/** True when every cell of the record is empty or whitespace. */
export function isBlankRecord(records: PhysicalRecords, r: number): boolean {
  for (let c = 0; c < records.rowCells[r]!; c++) {
    if (!isStoreCellBlank(records, r, c)) return false;
  }
  return true;
}

/** Header labels: trimmed, trailing empty labels dropped. */
function headerLabels(records: PhysicalRecords, r: number): string[] {
  const cells = recordTexts(records, r);
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/** Throws E_DUPLICATE_COLUMN naming each repeated label and its columns. */
export function assertUniqueLabels(header: readonly string[]): void {
  const columns = new Map<string, number[]>();
  header.forEach((label, i) => {
    const key = label.trim().toLowerCase();
    if (key !== '') columns.set(key, [...(columns.get(key) ?? []), i]);
  });
  const repeated = [...columns.values()].filter((list) => list.length > 1);
  if (repeated.length === 0) return;
  const duplicates = repeated.map((list) => ({
    labels: [...new Set(list.map((i) => header[i]!))],
    columns: list.map((i) => i + 1),
  }));
  const parts = duplicates.map(
    (d) =>
      `${d.labels.map((l) => `"${l}"`).join(' / ')} (columns ${joinAnd(d.columns)})`,
  );
  throw new ImportError(
    'E_DUPLICATE_COLUMN',
    `The header repeats column names: ${parts.join('; ')}. Rename or remove the extra columns and import again.`,
    { duplicates },
  );
}

function joinAnd(numbers: readonly number[]): string {
  return numbers.length <= 1
    ? numbers.join('')
    : `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** Builds the table from the records (see the module note). */
export function shapeTable(
  records: PhysicalRecords,
  source: TableSource,
): RawTable {
  const guess = findHeader(records);
  if (!guess) {
    throw new ImportError('E_EMPTY_FILE', `${source.fileName} has no data`);
  }
  const header = headerLabels(records, guess.index);
  assertUniqueLabels(header);
  const skipped: SkippedRow[] = [...source.skipped];
  for (let r = 0; r < guess.index; r++) {
    const reason = isBlankRecord(records, r) ? 'blank' : 'title';
    skipped.push({ line: records.lines[r]!, reason });
  }
  const csv = source.format === 'csv';
  const kept = keepDataRecords(records, guess.index, header, skipped, csv);
  return assembleTable(records, source, header, guess.index, kept, skipped);
}

type KeptRecords = {
  first: Uint32Array;
  cells: Uint32Array;
  lines: number[];
  count: number;
  repeatedHeaders: number;
  extraCellRecords: number;
};

function keepDataRecords(
  records: PhysicalRecords,
  headerIndex: number,
  header: readonly string[],
  skipped: SkippedRow[],
  csv: boolean,
): KeptRecords {
  const capacity = records.count - headerIndex - 1;
  const kept: KeptRecords = {
    first: new Uint32Array(Math.max(0, capacity)),
    cells: new Uint32Array(Math.max(0, capacity)),
    lines: [],
    count: 0,
    repeatedHeaders: 0,
    extraCellRecords: 0,
  };
  const folded = header.map((label) => label.toLowerCase());
  const idColumn = proposeMapping(header).client_id ?? -1;
  for (let r = headerIndex + 1; r < records.count; r++) {
    const reason = skipReason(records, r, folded, idColumn, csv);
    if (reason) {
      skipped.push({ line: records.lines[r]!, reason });
      if (reason === 'repeated-header') kept.repeatedHeaders++;
      continue;
    }
    if (hasExtraCells(records, r, header.length)) kept.extraCellRecords++;
    kept.first[kept.count] = records.rowFirst[r]!;
    kept.cells[kept.count] = records.rowCells[r]!;
    kept.lines.push(records.lines[r]!);
    kept.count++;
  }
  return kept;
}

function skipReason(
  records: PhysicalRecords,
  r: number,
  folded: readonly string[],
  idColumn: number,
  csv: boolean,
): SkipReason | null {
  if (isBlankRecord(records, r)) {
    return csv && records.rowCells[r]! > 1 ? 'delimiter-only' : 'blank';
  }
  if (isRepeatedHeader(records, r, folded)) return 'repeated-header';
  if (isTotalRow(records, r, idColumn)) return 'total';
  return null;
}

function isRepeatedHeader(
  records: PhysicalRecords,
  r: number,
  folded: readonly string[],
): boolean {
  if (folded.length === 0 || !cellFoldEquals(records, r, 0, folded[0]!)) {
    return false;
  }
  return folded.every((label, c) => cellFoldEquals(records, r, c, label));
}

/** Cell equals `lower` ignoring case and surrounding spaces, unsliced. */
function cellFoldEquals(
  records: PhysicalRecords,
  r: number,
  c: number,
  lower: string,
): boolean {
  if (c >= records.rowCells[r]!) return lower === '';
  const i = records.rowFirst[r]! + c;
  const text = records.text;
  let start = records.starts[i]!;
  let end = records.ends[i]!;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end - start !== lower.length) return false;
  const cell = text.slice(start, end).replace(/^\uFEFF/, '');
  return cell.toLowerCase() === lower;
}

/** A footer with no client id whose text says Total (or Grand total). */
function isTotalRow(
  records: PhysicalRecords,
  r: number,
  idColumn: number,
): boolean {
  if (idColumn >= 0 && !isStoreCellBlank(records, r, idColumn)) {
    return TOTAL_WORD.test(getStoreCell(records, r, idColumn).trim());
  }
  const width = Math.min(records.rowCells[r]!, idColumn >= 0 ? Infinity : 3);
  for (let c = 0; c < width; c++) {
    if (TOTAL_WORD.test(getStoreCell(records, r, c).trim())) return true;
  }
  return false;
}

function hasExtraCells(records: PhysicalRecords, r: number, width: number) {
  for (let c = width; c < records.rowCells[r]!; c++) {
    if (!isStoreCellBlank(records, r, c)) return true;
  }
  return false;
}

function assembleTable(
  records: PhysicalRecords,
  source: TableSource,
  header: readonly string[],
  headerIndex: number,
  kept: KeptRecords,
  skipped: readonly SkippedRow[],
): RawTable {
  const cells = {
    text: records.text,
    starts: records.starts,
    ends: records.ends,
    rowFirst: kept.first.subarray(0, kept.count),
    rowCells: kept.cells.subarray(0, kept.count),
  };
  return {
    fileName: source.fileName,
    format: source.format,
    sheetNames: source.sheetNames,
    sheet: source.sheet,
    delimiter: source.delimiter,
    encoding: source.encoding,
    headerLine: records.lines[headerIndex]!,
    header,
    rowCount: kept.count,
    cells,
    rows: createRowsView(cells, kept.count, header.length),
    lines: kept.lines,
    skipped: [...skipped].sort((a, b) => a.line - b.line),
    warnings: [...source.warnings, ...shapeWarnings(kept)],
  };
}

function shapeWarnings(kept: KeptRecords): FileIssue[] {
  const warnings: FileIssue[] = [];
  if (kept.repeatedHeaders > 0) {
    warnings.push({
      code: 'W_REPEATED_HEADER',
      message: `The header line appears ${kept.repeatedHeaders} more time(s) further down (files joined together?); those lines were skipped.`,
    });
  }
  if (kept.extraCellRecords > 0) {
    warnings.push({
      code: 'W_EXTRA_CELLS',
      message: `${kept.extraCellRecords} record(s) have more cells than the header has columns; the extra cells were ignored. Check the delimiter and the quotes.`,
    });
  }
  return warnings;
}
