/**
 * The command-line report (DESIGN.md §9): the per-record import report,
 * every client's tiers and economics, segment economics and hiring, as
 * one JSON object of exactly that shape and key order, and the same as
 * text tables or CSV. Pure: the caller reads the file and prints.
 */
import { UNASSIGNED_LABEL } from './domain';
import { computeClientRow } from './engine/client-row';
import type { PortfolioResult, SegmentEconomics } from './engine/types';
import type { ImportResult } from './import/types';
import { usdFromCents } from './money';
import type { Policy } from './policy';

/** The report as `--format json` prints it. */
export type ReportJson = {
  readonly records: {
    readonly read: number;
    readonly accepted: number;
    readonly rejected: number;
    readonly skipped: number;
  };
  readonly rejected: readonly ReportRejection[];
  readonly warnings: readonly ReportWarning[];
  readonly clients: readonly ReportClient[];
  readonly segments: readonly ReportSegment[];
  readonly hiring: readonly ReportHiring[];
};

export type ReportRejection = {
  readonly record: number;
  readonly client_id: string | null;
  readonly code: string;
  readonly column: string | null;
  readonly value: string | null;
  readonly message: string;
};

/** A warning; record is null for one about the whole file. */
export type ReportWarning = {
  readonly record: number | null;
  readonly client_id: string | null;
  readonly code: string;
  readonly column: string | null;
  readonly message: string;
};

/** One client: tiers as labels (null when unassigned), USD a month. */
export type ReportClient = {
  readonly client_id: string;
  readonly name: string | null;
  readonly primary_segment: string | null;
  readonly arr_tier: string | null;
  readonly service_tier: string | null;
  readonly complexity_tier: string | null;
  readonly growth_category: string | null;
  readonly industry: string | null;
  readonly composite_segment: string;
  readonly signed_date: string | null;
  readonly mrr: number | null;
  readonly cost_to_serve: number | null;
  readonly gross_margin: number | null;
};

/** One service tier's economics, USD a month; fractions for rates. */
export type ReportSegment = {
  readonly segment: string | null;
  readonly client_count: number;
  readonly total_mrr: number | null;
  readonly avg_mrr_per_client: number | null;
  readonly cost_to_serve: number | null;
  readonly gross_margin: number | null;
  readonly avg_health_score: number | null;
  readonly revenue_share: number | null;
};

export type ReportHiring = {
  readonly tier: string;
  readonly client_count: number;
  readonly required_csms: number;
  readonly current_csms: number;
  readonly hires_needed: number;
};

/** The JSON a file that cannot be imported at all prints (exit 2). */
export type ReportErrorJson = {
  readonly error: { readonly code: string; readonly message: string };
};

/** Rates are shown to 6 decimals: finer digits are float noise. */
function fraction(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1e6) / 1e6;
}

function usd(cents: number | null): number | null {
  return cents === null || Number.isNaN(cents) ? null : usdFromCents(cents);
}

function toReportSegment(segment: SegmentEconomics): ReportSegment {
  return {
    segment: segment.segment,
    client_count: segment.client_count,
    // Under the report's policy: the imported MRR after price change and
    // floor; unknown when no client of the segment has a known MRR.
    total_mrr:
      segment.revenue_known_count === 0
        ? null
        : usdFromCents(segment.revenue_cents),
    avg_mrr_per_client: usd(segment.avg_revenue_per_client_cents),
    cost_to_serve: usd(segment.cost_to_serve_cents),
    gross_margin: fraction(segment.gross_margin),
    avg_health_score:
      segment.avg_health_score === null
        ? null
        : Math.round(segment.avg_health_score * 100) / 100,
    revenue_share: fraction(segment.revenue_share),
  };
}

function toReportClients(input: ReportInput): ReportClient[] {
  const { columns } = input.import;
  const clients: ReportClient[] = [];
  for (let i = 0; i < columns.length; i++) {
    const row = computeClientRow(columns, input.portfolio, i);
    clients.push({
      client_id: row.client_id,
      name: row.name === '' ? null : row.name,
      primary_segment: row.primary_segment,
      arr_tier: row.arr_tier,
      service_tier: row.service_tier,
      complexity_tier: row.complexity_tier,
      growth_category: row.growth_category,
      industry: row.industry,
      composite_segment: row.composite_segment,
      signed_date: row.signed_date,
      // The policy's revenue: the imported MRR after price change and floor.
      mrr: usd(row.revenue_cents),
      cost_to_serve: usd(row.cost_to_serve_cents),
      gross_margin: fraction(row.gross_margin),
    });
  }
  return clients;
}

/** What the report is built from. */
export type ReportInput = {
  readonly import: ImportResult;
  readonly policy: Policy;
  readonly portfolio: PortfolioResult;
};

/** The currency the report's amounts are labelled in (DESIGN.md §9). */
export const REPORT_CURRENCY = 'USD';

/**
 * A file-level warning when the file's money is not USD: nothing is
 * converted, so every amount, and the policy's prices and costs, are in
 * the file's currency, and the report must say so.
 */
export function currencyWarning(currency: string): ReportWarning | null {
  if (currency === REPORT_CURRENCY) return null;
  return {
    record: null,
    client_id: null,
    code: 'W_CURRENCY_NOT_USD',
    column: null,
    message: `Amounts in this file are ${currency}; every amount in this report is ${currency}, and the policy's prices and costs are applied as ${currency} amounts.`,
  };
}

/** The report object, keys in the DESIGN.md §9 order. */
export function buildReport(input: ReportInput): ReportJson {
  const { report } = input.import;
  return {
    records: {
      read: report.read,
      accepted: report.accepted,
      rejected: report.rejected,
      skipped: report.skipped,
    },
    rejected: report.rejections.map((issue) => ({
      record: issue.record,
      client_id: issue.client_id,
      code: issue.code,
      column: issue.column,
      value: issue.value,
      message: issue.message,
    })),
    warnings: [
      ...[currencyWarning(input.import.currency)].filter((w) => w !== null),
      ...report.fileWarnings.map((issue) => ({
        record: null,
        client_id: null,
        code: issue.code,
        column: null,
        message: issue.message,
      })),
      ...report.warnings.map((issue) => ({
        record: issue.record,
        client_id: issue.client_id,
        code: issue.code,
        column: issue.column,
        message: issue.message,
      })),
    ],
    clients: toReportClients(input),
    segments: input.portfolio.segments.map(toReportSegment),
    hiring: input.portfolio.hiring.map((row) => ({
      tier: row.tier,
      client_count: row.client_count,
      required_csms: row.required_csms,
      current_csms: row.current_csms,
      hires_needed: row.hires_needed,
    })),
  };
}

/** The error object of a file that cannot be imported. */
export function buildErrorReport(
  code: string,
  message: string,
): ReportErrorJson {
  return { error: { code, message } };
}

type Cell = string | number | null;
type Table = { readonly title: string; readonly rows: readonly object[] };

function tablesOf(report: ReportJson): Table[] {
  return [
    { title: 'Rejected', rows: report.rejected },
    { title: 'Warnings', rows: report.warnings },
    { title: 'Clients', rows: report.clients },
    { title: 'Segments', rows: report.segments },
    { title: 'Hiring', rows: report.hiring },
  ];
}

const MONEY_KEYS = new Set([
  'mrr',
  'cost_to_serve',
  'total_mrr',
  'avg_mrr_per_client',
]);
const RATE_KEYS = new Set(['gross_margin', 'revenue_share']);
const DIMENSION_KEYS = new Set([
  'segment',
  'primary_segment',
  'arr_tier',
  'service_tier',
  'complexity_tier',
  'growth_category',
  'industry',
]);

const moneyText = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

function displayCell(key: string, value: Cell): string {
  if (value === null) return DIMENSION_KEYS.has(key) ? UNASSIGNED_LABEL : '—';
  if (typeof value === 'string') return value;
  if (MONEY_KEYS.has(key)) return moneyText.format(value);
  if (RATE_KEYS.has(key)) return `${(value * 100).toFixed(1)} %`;
  return String(value);
}

function textTable(table: Table): string {
  if (table.rows.length === 0) return `${table.title}\n  (none)`;
  const keys = Object.keys(table.rows[0]!);
  const cells = table.rows.map((row) =>
    keys.map((key) => displayCell(key, (row as Record<string, Cell>)[key]!)),
  );
  const numeric = keys.map((key) => {
    const values = table.rows.map((row) => (row as Record<string, Cell>)[key]);
    return (
      values.some((value) => typeof value === 'number') &&
      values.every((value) => value === null || typeof value === 'number')
    );
  });
  const widths = keys.map((key, k) =>
    Math.max(key.length, ...cells.map((row) => row[k]!.length)),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, k) =>
        numeric[k] ? value.padStart(widths[k]!) : value.padEnd(widths[k]!),
      )
      .join('  ')
      .trimEnd();
  return [table.title, line(keys), ...cells.map(line)].join('\n');
}

/** The report as readable text tables, for `--format table`. */
export function formatReportTable(report: ReportJson): string {
  const { read, accepted, rejected, skipped } = report.records;
  const head =
    `Records: ${read} read, ${accepted} accepted, ${rejected} rejected, ` +
    `${skipped} skipped`;
  return [head, ...tablesOf(report).map(textTable)].join('\n\n') + '\n';
}

/** A CSV field per RFC 4180: quoted when it holds , " CR or LF. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvTable(rows: readonly object[], keys: readonly string[]): string {
  const lines = [keys.map(csvField).join(',')];
  for (const row of rows) {
    const record = row as Record<string, Cell>;
    lines.push(keys.map((key) => csvField(record[key]!)).join(','));
  }
  return lines.join('\r\n');
}

const CLIENT_KEYS: readonly (keyof ReportClient)[] = [
  'client_id',
  'name',
  'primary_segment',
  'arr_tier',
  'service_tier',
  'complexity_tier',
  'growth_category',
  'industry',
  'composite_segment',
  'signed_date',
  'mrr',
  'cost_to_serve',
  'gross_margin',
];
const SEGMENT_KEYS: readonly (keyof ReportSegment)[] = [
  'segment',
  'client_count',
  'total_mrr',
  'avg_mrr_per_client',
  'cost_to_serve',
  'gross_margin',
  'avg_health_score',
  'revenue_share',
];
const HIRING_KEYS: readonly (keyof ReportHiring)[] = [
  'tier',
  'client_count',
  'required_csms',
  'current_csms',
  'hires_needed',
];

/**
 * The clients table as CSV (RFC 4180, CRLF), then a blank line and the
 * segments, then a blank line and hiring; each with its header row.
 */
export function formatReportCsv(report: ReportJson): string {
  return (
    [
      csvTable(report.clients, CLIENT_KEYS),
      csvTable(report.segments, SEGMENT_KEYS),
      csvTable(report.hiring, HIRING_KEYS),
    ].join('\r\n\r\n') + '\r\n'
  );
}
