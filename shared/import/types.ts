/**
 * The shapes of an import: the table read from a file, the mapping of its
 * columns to fields, and the per-record report. Codes follow the rules of
 * shared/cases/README.md.
 */
import type { ClientColumns } from '../columns';

/** Fields a column can be mapped to (DESIGN.md §9), plus line dates. */
export const FIELDS = [
  'client_id',
  'name',
  'workers',
  'countries',
  'country_count',
  'industry',
  'mrr',
  'arr',
  'growth',
  'workers_prior',
  'mrr_prior',
  'health_score',
  'churned',
  'csm_id',
  'tickets',
  'period',
  'signed_date',
  'line_start',
  'line_end',
] as const;
/** A field a column can be mapped to. */
export type Field = (typeof FIELDS)[number];

/** Which column (by index into the header) feeds each field. */
export type ColumnMapping = Partial<Record<Field, number>>;

/** Why a physical line or sheet row was passed over. */
export type SkipReason =
  | 'blank'
  | 'delimiter-only'
  | 'repeated-header'
  | 'sep-hint'
  | 'title'
  | 'total'
  | 'outside-period';

/** A line or sheet row passed over, and why. */
export type SkippedRow = { readonly line: number; readonly reason: SkipReason };

/**
 * The text cells of a table's records, sliced out of one string: cell c of
 * record r is `text.slice(starts[i], ends[i])` with `i = rowFirst[r] + c`,
 * for c < rowCells[r] (a missing cell reads as ''). One string and a few
 * typed arrays instead of an array per record keep a million-row file small.
 */
export type CellStore = {
  readonly text: string;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** Index into starts/ends of each record's first cell. */
  readonly rowFirst: Uint32Array;
  /** Number of cells each record has (may differ from the header's). */
  readonly rowCells: Uint32Array;
};

/** A file read into text cells, before mapping. */
export type RawTable = {
  readonly fileName: string;
  readonly format: 'csv' | 'xlsx';
  /** Sheet names of a workbook; [] for CSV. */
  readonly sheetNames: readonly string[];
  readonly sheet: string | null;
  /** Detected or hinted delimiter of a CSV; null for XLSX. */
  readonly delimiter: string | null;
  readonly encoding: string;
  /** Physical line (CSV) or sheet row (XLSX) of the header, 1-based. */
  readonly headerLine: number;
  /** Header labels as written (trimmed, BOM removed). */
  readonly header: readonly string[];
  /** Number of data records. */
  readonly rowCount: number;
  /** The records' cells; read them with getCell / getRecord. */
  readonly cells: CellStore;
  /**
   * Data records as text cells, one array per record. NOTE: a read-only
   * view over `cells` that builds each record when it is read (it cannot be
   * posted to another thread); bulk work should use getCell.
   */
  readonly rows: readonly (readonly string[])[];
  /** Physical line or sheet row where each record starts, 1-based. */
  readonly lines: readonly number[];
  readonly skipped: readonly SkippedRow[];
  /** What the reader noticed about the file (repeated headers, quotes…). */
  readonly warnings: readonly FileIssue[];
};

/** One rejection or warning, naming the record, column and value. */
export type RowIssue = {
  /** 1-based ordinal of the data record (skipped lines not counted). */
  readonly record: number;
  /** Physical line or sheet row of the record. */
  readonly line: number;
  readonly client_id: string | null;
  readonly code: string;
  /** Header label of the column, or null for the whole record. */
  readonly column: string | null;
  readonly value: string | null;
  readonly message: string;
};

/** A warning about the whole file, not one record. */
export type FileIssue = { readonly code: string; readonly message: string };

/** What an import did with every record. */
export type ImportReport = {
  readonly read: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly skipped: number;
  readonly rejections: readonly RowIssue[];
  readonly warnings: readonly RowIssue[];
  readonly fileWarnings: readonly FileIssue[];
  readonly skippedRows: readonly SkippedRow[];
};

/** Accepted clients as columns, and the report of how they were read. */
export type ImportResult = {
  readonly columns: ClientColumns;
  readonly report: ImportReport;
  /** ISO code of the money in the file (USD unless the file says else). */
  readonly currency: string;
  /** The period the file's rows belong to, when known (`2026-Q3`). */
  readonly period: string | null;
};

/** Codes of errors that stop a whole file. */
export type ImportErrorCode =
  | 'E_DUPLICATE_COLUMN'
  | 'E_EMPTY_FILE'
  | 'E_NO_HEADER'
  | 'E_NO_ID_COLUMN'
  | 'E_UNREADABLE'
  | 'E_SHEET_NOT_FOUND'
  | 'E_BAD_MAPPING'
  | 'E_BAD_PERIOD'
  | 'E_CURRENCY_MISMATCH'
  | 'E_CANCELLED';

/** A file that cannot be imported at all; nothing of it is kept. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
