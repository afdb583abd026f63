/**
 * What importClients and importLines share: the mapping check, the
 * profile of the mapped columns, the file-level warnings, the period
 * filter, and assembling the report.
 */
import { createCellTexts } from './cell-texts';
import { profileColumns } from './column-profile';
import {
  normalizePeriod,
  parsePeriod,
  periodEndDate,
  requirePeriod,
} from './period';
import type { ReaderContext } from './record-draft';
import {
  ImportError,
  type ColumnMapping,
  type FileIssue,
  type ImportReport,
  type RawTable,
  type RowIssue,
  type SkippedRow,
} from './types';

/** Options both imports take. */
export type ImportOptions = {
  /** The period the rows belong to (`2024-Q4`); rows of another are skipped. */
  readonly period?: string;
  /** Currency of money cells that name none (default USD). */
  readonly currency?: string;
  /** Called with the fraction of records read (0–1). */
  readonly onProgress?: (fraction: number) => void;
};

/** Checks the mapping and profiles the columns it maps. */
export function createReaderContext(
  table: RawTable,
  mapping: ColumnMapping,
  options: ImportOptions,
  strictLineDates: boolean,
): ReaderContext {
  checkMapping(table, mapping);
  const profile = profileColumns(table, mapping, options.currency ?? 'USD');
  return {
    table,
    mapping,
    profile,
    interned: new Map(),
    cellTexts: createCellTexts(),
    strictLineDates,
  };
}

function checkMapping(table: RawTable, mapping: ColumnMapping): void {
  for (const [field, column] of Object.entries(mapping)) {
    if (column === undefined) continue;
    if (
      !Number.isInteger(column) ||
      column < 0 ||
      column >= table.header.length
    ) {
      throw new ImportError(
        'E_BAD_MAPPING',
        `${field} is mapped to column ${column}, but the file has ${table.header.length} columns`,
        { field, column },
      );
    }
  }
  if (mapping.client_id === undefined) {
    throw new ImportError(
      'E_NO_ID_COLUMN',
      `No column is mapped to client_id; map the column that holds each client's id (the file's columns: ${table.header.join(', ')})`,
    );
  }
}

/** File warnings for fields the mapping leaves out, plus the profile's. */
export function fileWarnings(ctx: ReaderContext): FileIssue[] {
  const m = ctx.mapping;
  const warnings = [...ctx.table.warnings, ...ctx.profile.warnings];
  const missing = (code: string, message: string) =>
    warnings.push({ code, message });
  if (m.arr === undefined && m.mrr === undefined) {
    missing(
      'W_NO_REVENUE_COLUMN',
      'No ARR or MRR column is mapped: every ARR band is Unassigned and no revenue figures can be computed.',
    );
  }
  if (
    m.growth === undefined &&
    m.workers_prior === undefined &&
    m.mrr_prior === undefined
  ) {
    missing(
      'W_NO_GROWTH_COLUMN',
      'No growth column (or prior-quarter workers or MRR) is mapped: growth comes only from an earlier import of these clients.',
    );
  }
  if (m.workers === undefined) {
    missing(
      'W_NO_WORKERS_COLUMN',
      'No workers column is mapped: every size tier by workers is Unassigned.',
    );
  }
  if (m.countries === undefined && m.country_count === undefined) {
    missing(
      'W_NO_COUNTRIES_COLUMN',
      'No countries column is mapped: every complexity tier is Unassigned.',
    );
  }
  return warnings;
}

/** The import's period in canonical form; E_BAD_PERIOD when unreadable. */
export function requireOptionalPeriod(
  period: string | undefined,
): string | null {
  if (period === undefined || period.trim() === '') return null;
  requirePeriod(period);
  return normalizePeriod(period);
}

/**
 * Whether a record's own period ('' when none) is the import's: the same
 * period, or a month of the import's quarter.
 */
export function isInPeriod(value: string, target: string | null): boolean {
  if (value === '' || target === null || value === target) return true;
  const v = parsePeriod(value);
  const t = parsePeriod(target);
  if (!v || !t || v.kind !== 'month' || t.kind !== 'quarter') return false;
  return v.year === t.year && Math.ceil(v.month / 3) === t.quarter;
}

/** The latest of the periods seen in a period column, or null. */
export function latestPeriod(periods: Iterable<string>): string | null {
  let latest: string | null = null;
  for (const period of periods) {
    if (latest === null || periodEndDate(period) > periodEndDate(latest))
      latest = period;
  }
  return latest;
}

/** Counts and issue lists, as the ImportReport gives them. */
export type ReportParts = {
  readonly read: number;
  readonly accepted: number;
  readonly rejections: readonly RowIssue[];
  readonly warnings: readonly RowIssue[];
  readonly fileWarnings: readonly FileIssue[];
  readonly skippedRows: readonly SkippedRow[];
};

/** The report of an import from its parts. */
export function buildReport(parts: ReportParts): ImportReport {
  return {
    read: parts.read,
    accepted: parts.accepted,
    rejected: parts.read - parts.accepted,
    skipped: parts.skippedRows.length,
    rejections: parts.rejections,
    warnings: parts.warnings,
    fileWarnings: parts.fileWarnings,
    skippedRows: [...parts.skippedRows].sort((a, b) => a.line - b.line),
  };
}
