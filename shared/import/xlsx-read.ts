/**
 * Workbooks to physical records, one sheet at a time. Typed cells become
 * the text the shared value parsers read: numbers without float noise or
 * exponents, percent-formatted fractions as `4%`, currency formats with
 * their symbol, dates as ISO, booleans as TRUE/FALSE, errors as `#REF!`.
 */
import * as XLSX from '@e965/xlsx';

import {
  appendCellText,
  createStoreBuilder,
  endRecord,
  finishStore,
  type PhysicalRecords,
} from './cell-store';
import { ImportError } from './types';

/** A workbook opened for reading. */
export type Workbook = {
  readonly sheetNames: readonly string[];
  readonly date1904: boolean;
  readonly book: XLSX.WorkBook;
};

/** Opens workbook bytes; an unreadable file is E_UNREADABLE. */
export function openWorkbook(bytes: Uint8Array, fileName: string): Workbook {
  try {
    const book = XLSX.read(bytes, {
      type: 'array',
      cellNF: true,
      cellDates: false,
      dense: true,
    });
    const date1904 = book.Workbook?.WBProps?.date1904 === true;
    return { sheetNames: book.SheetNames, date1904, book };
  } catch (error) {
    throw new ImportError(
      'E_UNREADABLE',
      `${fileName} could not be read as a workbook: ${String(error)}`,
    );
  }
}

/** The first `maxRows` rows (all when omitted) of a sheet as records. */
export function readSheetRecords(
  workbook: Workbook,
  sheetName: string,
  maxRows = Infinity,
): PhysicalRecords {
  const sheet = workbook.book.Sheets[sheetName];
  const builder = createStoreBuilder();
  if (!sheet || !sheet['!ref']) return finishStore(builder);
  const range = XLSX.utils.decode_range(sheet['!ref']);
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const lastRow = Math.min(range.e.r, range.s.r + maxRows - 1);
  for (let r = range.s.r; r <= lastRow; r++) {
    const row = data[r];
    const first = builder.cellCount;
    const width = row ? Math.min(row.length, range.e.c + 1) : 0;
    for (let c = 0; c < width; c++) {
      appendCellText(builder, cellText(row![c], workbook.date1904));
    }
    endRecord(builder, first, r + 1);
  }
  return finishStore(builder);
}

/** The text a typed cell stands for (see the module note). */
export function cellText(
  cell: XLSX.CellObject | undefined,
  date1904: boolean,
): string {
  if (!cell) return '';
  switch (cell.t) {
    case 's':
      return String(cell.v ?? '');
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? '#VALUE!';
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : '';
    case 'n':
      return numberCellText(
        Number(cell.v),
        String(cell.z ?? 'General'),
        date1904,
      );
    case 'z':
      return '';
  }
}

function numberCellText(value: number, format: string, date1904: boolean) {
  if (!Number.isFinite(value)) return '';
  if (isDateFormat(format)) return serialToIsoDate(value, date1904);
  const plain = plainNumberText(value);
  if (isPercentFormat(format)) return `${shiftDecimal(plain, 2)}%`;
  const currency = formatCurrency(format);
  return currency ? `${currency}${plain}` : plain;
}

function isDateFormat(format: string): boolean {
  return format !== 'General' && XLSX.SSF.is_date(format);
}

/** A `%` outside quoted literals makes Excel show the value × 100. */
function isPercentFormat(format: string): boolean {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .includes('%');
}

/** The currency a number format shows, as a symbol or ISO code. */
function formatCurrency(format: string): string | null {
  const code = /\[\$([^\]-]*)(?:-[^\]]*)?\]/.exec(format);
  if (code && code[1]) return code[1];
  const literal = format.replace(/\[[^\]]*\]/g, '');
  const symbol = /[$€£¥₹]/.exec(literal);
  return symbol ? symbol[0] : null;
}

/**
 * A number as plain decimal text: rounded to the 15 significant digits
 * Excel keeps (so 0.1 + 0.2 reads 0.3), never in exponent form.
 */
export function plainNumberText(value: number): string {
  if (value === 0) return '0';
  const rounded = Number(value.toPrecision(15));
  const text = String(rounded);
  return text.includes('e') ? expandExponent(text) : text;
}

function expandExponent(text: string): string {
  const [mantissa = '', exponentText = '0'] = text.split('e');
  const negative = mantissa.startsWith('-');
  const unsigned = negative ? mantissa.slice(1) : mantissa;
  const shifted = shiftDecimal(unsigned, Number(exponentText));
  return negative ? `-${shifted}` : shifted;
}

/** Moves the decimal point of a plain decimal string `places` right. */
export function shiftDecimal(text: string, places: number): string {
  const negative = text.startsWith('-');
  const unsigned = negative ? text.slice(1) : text;
  const [whole = '', fraction = ''] = unsigned.split('.');
  const digits = whole + fraction;
  const point = whole.length + places;
  const padded =
    point <= 0
      ? '0'.repeat(1 - point) + digits
      : digits + '0'.repeat(Math.max(0, point - digits.length));
  const at = Math.max(1, point);
  const int = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const frac = padded.slice(at).replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return negative && body !== '0' ? `-${body}` : body;
}

/** An Excel date serial (days since 1899-12-30, or 1904-01-01) as ISO. */
export function serialToIsoDate(serial: number, date1904: boolean): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  // Day 0 is 1899-12-30 so that serial 61 is 1900-03-01 despite Excel's
  // fictitious 1900-02-29 (serial 60), which no real data holds.
  const ms = Date.UTC(1899, 11, 30) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
