/**
 * The report (report.ts) as readable text tables, for `--format table`,
 * and as CSV, for `--format csv`: the same figures as the JSON, compared
 * policies side by side with the baseline, their movers and the bridge.
 */
import { TIERS, UNASSIGNED_LABEL } from './domain';
import type {
  ReportClient,
  ReportHiring,
  ReportJson,
  ReportScenario,
  ReportSegment,
} from './report';

type Cell = string | number | null;
type Table = { readonly title: string; readonly rows: readonly object[] };

/** A compared segment beside the baseline's, as one row. */
type SegmentPair = {
  readonly segment: string | null;
  readonly baseline_clients: number;
  readonly scenario_clients: number;
  readonly baseline_mrr: number | null;
  readonly scenario_mrr: number | null;
  readonly baseline_cost: number | null;
  readonly scenario_cost: number | null;
  readonly baseline_margin: number | null;
  readonly scenario_margin: number | null;
};

/** A compared tier's hiring beside the baseline's, as one row. */
type HiringPair = {
  readonly tier: string;
  readonly baseline_required: number;
  readonly scenario_required: number;
  readonly baseline_hires: number;
  readonly scenario_hires: number;
};

function segmentOrder(segment: string | null): number {
  return segment === null ? TIERS.length : TIERS.indexOf(segment as never);
}

/** Every segment of either side (Unassigned last), the two side by side. */
function segmentPairs(
  baseline: readonly ReportSegment[],
  scenario: readonly ReportSegment[],
): SegmentPair[] {
  const labels = [...new Set([...baseline, ...scenario].map((s) => s.segment))];
  labels.sort((a, b) => segmentOrder(a) - segmentOrder(b));
  return labels.map((segment) => {
    const a = baseline.find((s) => s.segment === segment);
    const b = scenario.find((s) => s.segment === segment);
    return {
      segment,
      baseline_clients: a?.client_count ?? 0,
      scenario_clients: b?.client_count ?? 0,
      baseline_mrr: a?.total_mrr ?? null,
      scenario_mrr: b?.total_mrr ?? null,
      baseline_cost: a?.cost_to_serve ?? null,
      scenario_cost: b?.cost_to_serve ?? null,
      baseline_margin: a?.gross_margin ?? null,
      scenario_margin: b?.gross_margin ?? null,
    };
  });
}

function hiringPairs(
  baseline: readonly ReportHiring[],
  scenario: readonly ReportHiring[],
): HiringPair[] {
  return baseline.map((a) => {
    const b = scenario.find((row) => row.tier === a.tier)!;
    return {
      tier: a.tier,
      baseline_required: a.required_csms,
      scenario_required: b.required_csms,
      baseline_hires: a.hires_needed,
      scenario_hires: b.hires_needed,
    };
  });
}

/** "3 clients change tier", for a movers title. */
export function moversText(count: number): string {
  if (count === 0) return 'no client changes tier';
  return `${count} client${count === 1 ? '' : 's'} change${count === 1 ? 's' : ''} tier`;
}

function scenarioTables(
  report: ReportJson,
  scenario: ReportScenario,
  n: number,
): Table[] {
  const title = `Scenario ${n}: ${scenario.name}`;
  return [
    {
      title: `${title} — segments, baseline and scenario`,
      rows: segmentPairs(report.segments, scenario.segments),
    },
    {
      title: `${title} — hiring, baseline and scenario`,
      rows: hiringPairs(report.hiring, scenario.hiring),
    },
    {
      title: `${title} — movers: ${moversText(scenario.movers.length)}`,
      rows: scenario.movers,
    },
    {
      title: `${title} — margin bridge: change of monthly gross profit against the baseline`,
      rows: scenario.bridge,
    },
  ];
}

function tablesOf(report: ReportJson): Table[] {
  return [
    { title: 'Rejected', rows: report.rejected },
    { title: 'Warnings', rows: report.warnings },
    { title: 'Clients', rows: report.clients },
    { title: 'Segments', rows: report.segments },
    { title: 'Hiring', rows: report.hiring },
    ...(report.scenarios ?? []).flatMap((scenario, k) =>
      scenarioTables(report, scenario, k + 1),
    ),
  ];
}

const MONEY_KEYS = new Set([
  'mrr',
  'cost_to_serve',
  'total_mrr',
  'avg_mrr_per_client',
  'baseline_mrr',
  'scenario_mrr',
  'baseline_cost',
  'scenario_cost',
  'price',
  'mix',
  'cost',
  'volume',
  'total',
]);
const RATE_KEYS = new Set([
  'gross_margin',
  'revenue_share',
  'baseline_margin',
  'scenario_margin',
]);
const DIMENSION_KEYS = new Set([
  'segment',
  'from',
  'to',
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

/** Rows of every scenario, each led by the scenario's name. */
function perScenario(
  report: ReportJson,
  rows: (scenario: ReportScenario) => readonly object[],
): object[] {
  return (report.scenarios ?? []).flatMap((scenario) =>
    rows(scenario).map((row) => ({ scenario: scenario.name, ...row })),
  );
}

/** The comparison blocks of the CSV: side by side, movers, bridge. */
function scenarioCsv(report: ReportJson): string[] {
  if (report.scenarios === undefined) return [];
  const blocks = [
    perScenario(report, (s) => segmentPairs(report.segments, s.segments)),
    perScenario(report, (s) => hiringPairs(report.hiring, s.hiring)),
    perScenario(report, (s) => s.movers),
    perScenario(report, (s) => s.bridge),
  ];
  return blocks.map((rows, k) =>
    csvTable(rows, ['scenario', ...SCENARIO_KEYS[k]!]),
  );
}

const SCENARIO_KEYS: readonly (readonly string[])[] = [
  [
    'segment',
    'baseline_clients',
    'scenario_clients',
    'baseline_mrr',
    'scenario_mrr',
    'baseline_cost',
    'scenario_cost',
    'baseline_margin',
    'scenario_margin',
  ] satisfies (keyof SegmentPair)[],
  [
    'tier',
    'baseline_required',
    'scenario_required',
    'baseline_hires',
    'scenario_hires',
  ] satisfies (keyof HiringPair)[],
  ['client_id', 'from', 'to'],
  ['segment', 'price', 'mix', 'cost', 'volume', 'total'],
];

/**
 * The clients table as CSV (RFC 4180, CRLF), then a blank line and the
 * segments, then a blank line and hiring; each with its header row. With
 * compared policies, four more blocks follow, each row led by the
 * scenario: segments and hiring side by side with the baseline, the
 * movers and the margin bridge.
 */
export function formatReportCsv(report: ReportJson): string {
  return (
    [
      csvTable(report.clients, CLIENT_KEYS),
      csvTable(report.segments, SEGMENT_KEYS),
      csvTable(report.hiring, HIRING_KEYS),
      ...scenarioCsv(report),
    ].join('\r\n\r\n') + '\r\n'
  );
}
