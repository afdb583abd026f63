/**
 * readTable: the bytes of a CSV or workbook file to a RawTable of text
 * cells, identical in the UI's worker and the command line.
 */
import { readCsvRecords } from './csv-read';
import { decodeText } from './decode';
import { findHeader, shapeTable } from './table-shape';
import { ImportError, type RawTable, type SkippedRow } from './types';
import { openWorkbook, readSheetRecords, type Workbook } from './xlsx-read';

/** Options of readTable. */
export type ReadTableOptions = {
  /** Sheet of a workbook to read; else the first with a known header. */
  readonly sheet?: string;
  /** Called with the fraction done (0–1) as the file is read. */
  readonly onProgress?: (fraction: number) => void;
};

const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xlsb|xls|ods)$/i;

/** Reads a file into a table of text cells (CSV or workbook). */
export function readTable(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTableOptions = {},
): RawTable {
  if (bytes.length === 0) {
    throw new ImportError('E_EMPTY_FILE', `${fileName} is empty`);
  }
  const table = isWorkbook(bytes, fileName)
    ? readWorkbookTable(bytes, fileName, options)
    : readCsvTable(bytes, fileName, options);
  options.onProgress?.(1);
  return table;
}

/**
 * Zip (xlsx, ods) or OLE (xls) magic bytes; or a workbook extension on
 * markup (HTML or XML spreadsheets). NOTE: a text file named `.xls` (many
 * web apps export TSV that way) is read as delimited text.
 */
export function isWorkbook(bytes: Uint8Array, fileName: string): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11;
  if (zip || ole) return true;
  return WORKBOOK_EXTENSION.test(fileName) && startsWithMarkup(bytes);
}

function startsWithMarkup(bytes: Uint8Array): boolean {
  for (let i = 0; i < Math.min(bytes.length, 64); i++) {
    const byte = bytes[i]!;
    if (byte === 0x3c) return true;
    const skippable =
      byte <= 0x20 || byte === 0xef || byte === 0xbb || byte === 0xbf;
    if (!skippable) return false;
  }
  return false;
}

function readCsvTable(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTableOptions,
): RawTable {
  if (looksBinary(bytes)) {
    throw new ImportError(
      'E_UNREADABLE',
      `${fileName} is neither a text (CSV) file nor a workbook; export the data as CSV or XLSX`,
    );
  }
  const { text, encoding } = decodeText(bytes);
  const onProgress = options.onProgress;
  onProgress?.(0.05);
  const csv = readCsvRecords(text, {
    onProgress: onProgress && ((f) => onProgress(0.05 + 0.85 * f)),
  });
  onProgress?.(0.9);
  const skipped: SkippedRow[] = csv.sepHintLine
    ? [{ line: csv.sepHintLine, reason: 'sep-hint' }]
    : [];
  return shapeTable(csv.records, {
    fileName,
    format: 'csv',
    sheetNames: [],
    sheet: null,
    delimiter: csv.delimiter,
    encoding,
    skipped,
    warnings: csv.warnings,
  });
}

/**
 * Control bytes (other than tab, CR, LF, form feed) in the first 4 KB of a
 * file without a UTF-16 BOM: a PDF, an image or a zip, not text.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  ) {
    return false;
  }
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const byte = bytes[i]!;
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12)
      control++;
  }
  return control > n / 100 && !looksUtf16(bytes, n);
}

/** Every other byte zero: UTF-16 text saved without a BOM. */
function looksUtf16(bytes: Uint8Array, n: number): boolean {
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return zeros > n * 0.3 && zeros < n * 0.7;
}

function readWorkbookTable(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTableOptions,
): RawTable {
  const workbook = openWorkbook(bytes, fileName);
  options.onProgress?.(0.5);
  const sheet = pickSheet(workbook, fileName, options.sheet);
  const records = readSheetRecords(workbook, sheet);
  options.onProgress?.(0.9);
  return shapeTable(records, {
    fileName,
    format: 'xlsx',
    sheetNames: workbook.sheetNames,
    sheet,
    delimiter: null,
    encoding: 'xlsx',
    skipped: [],
    warnings: [],
  });
}

/** The named sheet, else the first whose header has known labels. */
function pickSheet(
  workbook: Workbook,
  fileName: string,
  wanted: string | undefined,
): string {
  if (wanted !== undefined) {
    if (workbook.sheetNames.includes(wanted)) return wanted;
    const names = workbook.sheetNames.map((n) => `"${n}"`).join(', ');
    throw new ImportError(
      'E_SHEET_NOT_FOUND',
      `${fileName} has no sheet "${wanted}"; its sheets are ${names}`,
      { sheet: wanted, sheetNames: workbook.sheetNames },
    );
  }
  let firstWithData: string | null = null;
  for (const name of workbook.sheetNames) {
    const guess = findHeader(readSheetRecords(workbook, name, 40));
    if (guess && guess.score > 0) return name;
    if (guess && firstWithData === null) firstWithData = name;
  }
  if (firstWithData !== null) return firstWithData;
  throw new ImportError('E_EMPTY_FILE', `${fileName} has no data in any sheet`);
}
