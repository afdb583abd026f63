/**
 * Exports of the Portfolio grid: the DESIGN.md §3 "Client segment"
 * columns, under those names and in that order, then the economics
 * columns, as CSV text or an XLSX workbook (numbers stored as numbers).
 * Money is written in currency units with cents, rates as fractions.
 */
import { roundHalfAway } from '../../../shared/money';
import type { PortfolioRow } from './portfolio-rows';

export type ExportValue = string | number | boolean | null;

/** How an export column is written (XLSX number formats follow it). */
export type ExportKind =
  'text' | 'count' | 'number' | 'money' | 'fraction' | 'flag';

/** One column of an export; `Row` is what a table's rows are (Portfolio by default). */
export type ExportColumn<Row = PortfolioRow> = {
  readonly name: string;
  readonly kind: ExportKind;
  readonly value: (row: Row, context: ExportContext) => ExportValue;
};

/** A table ready to write: its header and one array of values per row. */
export type ExportTable = {
  readonly header: string[];
  readonly values: ExportValue[][];
};

export type ExportContext = {
  /** ISO date the tiers were assessed at (the period's end), if known. */
  readonly reassessedDate: string | null;
};

/** Cents as currency units with cents, blank when unknown. */
export const money = (cents: number | null) =>
  cents === null || Number.isNaN(cents) ? null : roundHalfAway(cents) / 100;

/** A rate as a fraction to 6 decimals, blank when unknown. */
export const fraction = (value: number | null) =>
  value === null || Number.isNaN(value) ? null : Number(value.toFixed(6));

/** The "Client segment" table of DESIGN.md §3. */
export const CLIENT_SEGMENT_COLUMNS: readonly ExportColumn[] = [
  { name: 'client_id', kind: 'text', value: (r) => r.client.client_id },
  {
    name: 'primary_segment',
    kind: 'text',
    value: (r) => r.client.primary_segment,
  },
  { name: 'service_tier', kind: 'text', value: (r) => r.client.service_tier },
  {
    name: 'complexity_tier',
    kind: 'text',
    value: (r) => r.client.complexity_tier,
  },
  {
    name: 'growth_category',
    kind: 'text',
    value: (r) => r.client.growth_category,
  },
  { name: 'industry', kind: 'text', value: (r) => r.client.industry },
  {
    name: 'composite_segment',
    kind: 'text',
    value: (r) => r.client.composite_segment,
  },
  { name: 'override', kind: 'text', value: (r) => r.client.override },
  {
    name: 'last_reassessed_date',
    kind: 'text',
    value: (_r, context) => context.reassessedDate,
  },
];

/** The economics and other figures after the segment columns. */
export const ECONOMICS_COLUMNS: readonly ExportColumn[] = [
  { name: 'name', kind: 'text', value: (r) => r.client.name },
  { name: 'arr_tier', kind: 'text', value: (r) => r.client.arr_tier },
  { name: 'workers', kind: 'count', value: (r) => r.client.workers },
  { name: 'countries', kind: 'count', value: (r) => r.client.countries },
  { name: 'mrr', kind: 'money', value: (r) => money(r.client.mrr_cents) },
  {
    name: 'revenue',
    kind: 'money',
    value: (r) => money(r.client.revenue_cents),
  },
  {
    name: 'cost_to_serve',
    kind: 'money',
    value: (r) => money(r.client.cost_to_serve_cents),
  },
  {
    name: 'gross_margin',
    kind: 'fraction',
    value: (r) => fraction(r.client.gross_margin),
  },
  { name: 'health_score', kind: 'count', value: (r) => r.client.health_score },
  { name: 'churned', kind: 'flag', value: (r) => r.client.churned },
  { name: 'csm_id', kind: 'text', value: (r) => r.client.csm_id },
];

const BASELINE_COLUMN: ExportColumn = {
  name: 'baseline_service_tier',
  kind: 'text',
  value: (r) => r.baseline_service_tier,
};

/** The export columns; the baseline tier is added in a scenario. */
export function getExportColumns(withBaseline: boolean): ExportColumn[] {
  return [
    ...CLIENT_SEGMENT_COLUMNS,
    ...(withBaseline ? [BASELINE_COLUMN] : []),
    ...ECONOMICS_COLUMNS,
  ];
}

/** The header and one array of values per row. */
export function toExportTable<Row>(
  rows: readonly Row[],
  columns: readonly ExportColumn<Row>[],
  context: ExportContext,
): ExportTable {
  return {
    header: columns.map((c) => c.name),
    values: rows.map((row) => columns.map((c) => c.value(row, context))),
  };
}

// A cell a spreadsheet would run as a formula is written as text.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: ExportValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV text (CRLF line ends), with a header line. */
export function toCsv(table: {
  header: readonly string[];
  values: readonly (readonly ExportValue[])[];
}): string {
  const lines = [table.header, ...table.values].map((cells) =>
    cells.map(csvCell).join(','),
  );
  return lines.join('\r\n') + '\r\n';
}

const XLSX_FORMATS: Partial<Record<ExportKind, string>> = {
  money: '#,##0.00',
  fraction: '0.0%',
  count: '#,##0',
  number: '#,##0.00',
};

/**
 * An XLSX workbook of one sheet; numbers are number cells with a display
 * format (money to the cent, margins as percent), blanks are empty cells.
 */
export async function toXlsx(
  table: ExportTable,
  columns: readonly { readonly name: string; readonly kind: ExportKind }[],
  sheetName = 'Clients',
): Promise<Uint8Array> {
  // Loaded on demand: the workbook writer is large and rarely needed.
  const XLSX = await import('@e965/xlsx');
  const sheet = XLSX.utils.aoa_to_sheet([table.header, ...table.values]);
  columns.forEach((column, c) => {
    const format = XLSX_FORMATS[column.kind];
    if (!format) return;
    for (let r = 1; r <= table.values.length; r++) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })];
      if (cell && cell.t === 'n') cell.z = format;
    }
  });
  sheet['!cols'] = columns.map((c) => ({ wch: Math.max(10, c.name.length) }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, sheetName);
  const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx' });
  return new Uint8Array(bytes as ArrayBuffer);
}

/** A file name for the export: `tierwise-clients-2026-Q3-scenario-a.csv`. */
export function exportFileName(
  period: string | null,
  scenarioName: string | null,
  extension: 'csv' | 'xlsx',
  subject = 'clients',
): string {
  const parts = [`tierwise-${subject}`, period ?? 'all', scenarioName ?? ''];
  const slug = parts
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/-$/, '');
  return `${slug}.${extension}`;
}
