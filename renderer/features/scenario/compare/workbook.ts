/**
 * An XLSX workbook of several sheets whose cells may differ in kind row
 * by row (a comparison holds money, margins and counts in one column):
 * numbers stay number cells with a display format, blanks empty cells.
 */
import {
  toCsv,
  type ExportKind,
  type ExportValue,
} from '../../portfolio/portfolio-export';

/** One sheet: a header line, rows of values and each cell's kind. */
export type Sheet = {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly ExportValue[])[];
  /** How the cell at (row, column) is written; text when not numeric. */
  readonly kindOf: (row: number, column: number) => ExportKind;
};

const FORMATS: Partial<Record<ExportKind, string>> = {
  money: '#,##0.00',
  fraction: '0.0%',
  count: '#,##0',
  number: '#,##0.00',
};

// Excel's limits on a sheet name: 31 characters, none of []:*?/\.
function sheetName(name: string, taken: Set<string>): string {
  const clean = name.replace(/[[\]:*?/\\]/g, ' ').trim() || 'Sheet';
  let candidate = clean.slice(0, 31);
  for (let n = 2; taken.has(candidate.toLowerCase()); n++)
    candidate = `${clean.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** The sheets as one XLSX workbook, in order. */
export async function toWorkbook(
  sheets: readonly Sheet[],
): Promise<Uint8Array> {
  // Loaded on demand: the workbook writer is large and rarely needed.
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.utils.book_new();
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const cells = XLSX.utils.aoa_to_sheet([
      [...sheet.header],
      ...sheet.rows.map((row) => [...row]),
    ]);
    sheet.rows.forEach((row, r) =>
      row.forEach((_value, c) => {
        const cell = cells[XLSX.utils.encode_cell({ r: r + 1, c })];
        const format = FORMATS[sheet.kindOf(r, c)];
        if (cell && cell.t === 'n' && format) cell.z = format;
      }),
    );
    cells['!cols'] = sheet.header.map((h) => ({
      wch: Math.max(10, Math.min(40, h.length + 2)),
    }));
    XLSX.utils.book_append_sheet(book, cells, sheetName(sheet.name, taken));
  }
  const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx' });
  return new Uint8Array(bytes as ArrayBuffer);
}

/** One sheet as CSV text. */
export function sheetToCsv(sheet: Sheet): string {
  return toCsv({
    header: [...sheet.header],
    values: sheet.rows.map((row) => [...row]),
  });
}
