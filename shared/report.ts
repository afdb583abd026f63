/**
 * The command-line report (DESIGN.md §9): the per-record import report,
 * every client's tiers and economics, segment economics and hiring, and
 * with compared policies each one's figures, movers and margin bridge
 * against the baseline, as one JSON object of exactly that shape and key
 * order (as text tables or CSV in report-format.ts). Pure: the caller
 * reads the files and prints.
 */
import { computeClientRow } from './engine/client-row';
import type {
  HiringRow,
  PortfolioResult,
  SegmentEconomics,
} from './engine/types';
import type { ImportResult } from './import/types';
import { usdFromCents } from './money';
import type { Policy } from './policy';
import { computeBridge } from './scenario/bridge';
import { findMovers } from './scenario/movers';
import type { BridgeRow, PolicyRun } from './scenario/types';

export { csvField, formatReportCsv, formatReportTable } from './report-format';

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
  /** Only with compared policies (`--compare`), each against this report's. */
  readonly scenarios?: readonly ReportScenario[];
};

/** One compared policy: its figures, who moves and the bridge, against the baseline. */
export type ReportScenario = {
  readonly name: string;
  readonly segments: readonly ReportSegment[];
  readonly hiring: readonly ReportHiring[];
  readonly movers: readonly ReportMover[];
  readonly bridge: readonly ReportBridgeRow[];
};

/** A client whose service tier differs from the baseline's. */
export type ReportMover = {
  readonly client_id: string;
  readonly from: string | null;
  readonly to: string | null;
};

/**
 * One segment's change of monthly gross profit, USD, split into effects
 * that add up to `total` exactly; segment `Total` is the four tiers.
 */
export type ReportBridgeRow = {
  readonly segment: string;
  readonly price: number;
  readonly mix: number;
  readonly cost: number;
  readonly volume: number;
  readonly total: number;
};

/** The segment label of the bridge's row of all four tiers. */
export const BRIDGE_TOTAL_LABEL = 'Total';

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
  /** Policies to compare with `policy`, each computed over the same clients. */
  readonly compare?: readonly PolicyRun[];
};

function toReportHiring(row: HiringRow): ReportHiring {
  return {
    tier: row.tier,
    client_count: row.client_count,
    required_csms: row.required_csms,
    current_csms: row.current_csms,
    hires_needed: row.hires_needed,
  };
}

function toReportBridgeRow(row: BridgeRow): ReportBridgeRow {
  return {
    segment: row.segment ?? BRIDGE_TOTAL_LABEL,
    price: usdFromCents(row.price_cents),
    mix: usdFromCents(row.mix_cents),
    cost: usdFromCents(row.cost_cents),
    volume: usdFromCents(row.volume_cents),
    total: usdFromCents(row.total_cents),
  };
}

function toReportScenario(input: ReportInput, run: PolicyRun): ReportScenario {
  const { columns } = input.import;
  const baseline = { policy: input.policy, result: input.portfolio };
  return {
    name: run.policy.name,
    segments: run.result.segments.map(toReportSegment),
    hiring: run.result.hiring.map(toReportHiring),
    movers: findMovers(columns, baseline, run).map((mover) => ({
      client_id: mover.client_id,
      from: mover.from,
      to: mover.to,
    })),
    bridge: computeBridge(columns, baseline, run).map(toReportBridgeRow),
  };
}

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
    hiring: input.portfolio.hiring.map(toReportHiring),
    ...(input.compare === undefined || input.compare.length === 0
      ? {}
      : {
          scenarios: input.compare.map((run) => toReportScenario(input, run)),
        }),
  };
}

/** The error object of a file that cannot be imported. */
export function buildErrorReport(
  code: string,
  message: string,
): ReportErrorJson {
  return { error: { code, message } };
}
