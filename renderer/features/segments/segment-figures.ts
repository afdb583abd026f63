/**
 * The Segments table as plain data: one row per service tier (and
 * Unassigned when any client has none) pairing the figure on show with
 * its baseline, and the metrics the table lists with the way each should
 * move.
 */
import { TIERS, UNASSIGNED_LABEL, type Tier } from '../../../shared/domain';
import type {
  PortfolioResult,
  SegmentEconomics,
} from '../../../shared/engine/types';
import type { SizeBasis } from '../../../shared/policy';
import { clientsMoved } from '../../ui/delta';
import type { FigureMetric, FigureRow } from '../../ui/FigureTable';
import { formatPercent } from '../../ui/format';

export type SegmentKey = Tier | typeof UNASSIGNED_LABEL;

/** One table row: the shown figures and, with a scenario, the baseline's. */
export type SegmentRow = FigureRow<SegmentEconomics> & {
  readonly key: SegmentKey | 'total';
};

/** A segment with no clients, for a tier the result does not list. */
export function emptySegment(segment: Tier | null): SegmentEconomics {
  return {
    segment,
    client_count: 0,
    revenue_known_count: 0,
    total_mrr_cents: 0,
    avg_mrr_per_client_cents: null,
    cost_to_serve_cents: null,
    gross_margin: null,
    gm_target: null,
    avg_health_score: null,
    churn_rate: null,
    nrr: null,
    expansion_rate: null,
    avg_countries_per_client: null,
    revenue_share: null,
    total_workers: 0,
    revenue_cents: 0,
    avg_revenue_per_client_cents: null,
    avg_cost_per_client_cents: null,
    gm_target_met: null,
  };
}

function findSegment(
  result: PortfolioResult,
  segment: Tier | null,
): SegmentEconomics | undefined {
  return result.segments.find((s) => s.segment === segment);
}

function hasUnassigned(result: PortfolioResult | null): boolean {
  const row = result && findSegment(result, null);
  return Boolean(row && row.client_count > 0);
}

// With every client outside the tiers no cost is known: not a cost of $0.
function totalOf(result: PortfolioResult): SegmentEconomics {
  const { total } = result;
  if (total.client_count === 0 || countUnassigned(result) < total.client_count)
    return total;
  return { ...total, cost_to_serve_cents: null };
}

/**
 * Rows of the four tiers, Unassigned when either result has such clients,
 * and the total; each shown figure next to the baseline's when a scenario
 * is on show, and whether clients moved into or out of the tier.
 */
export function getSegmentRows(
  baseline: PortfolioResult,
  scenario: PortfolioResult | null,
): SegmentRow[] {
  const shown = scenario ?? baseline;
  const pair = (segment: Tier | null) => {
    const current = findSegment(shown, segment) ?? emptySegment(segment);
    const before = scenario
      ? (findSegment(baseline, segment) ?? emptySegment(segment))
      : undefined;
    const moved = clientsMoved(current.client_count, before?.client_count);
    return { current, baseline: before, moved };
  };
  const rows: SegmentRow[] = TIERS.map((tier) => ({
    key: tier,
    label: tier,
    ...pair(tier),
  }));
  if (hasUnassigned(baseline) || hasUnassigned(scenario)) {
    rows.push({
      key: UNASSIGNED_LABEL,
      label: UNASSIGNED_LABEL,
      ...pair(null),
    });
  }
  rows.push({
    key: 'total',
    label: 'Total',
    current: totalOf(shown),
    baseline: scenario ? totalOf(baseline) : undefined,
  });
  return rows;
}

/** A column of the Segments table (data-testid `segment-<id>-<Tier>`). */
export type SegmentMetric = FigureMetric<SegmentEconomics>;

// With no client of known revenue a sum of revenue is not $0 but unknown.
const ifRevenue =
  (get: (s: SegmentEconomics) => number | null) => (s: SegmentEconomics) =>
    s.revenue_known_count === 0 ? null : get(s);

/**
 * The table's metrics, in column order. Counts, sums and averages per
 * client follow the clients in a tier; margins and shares do not.
 */
export const SEGMENT_METRICS: readonly SegmentMetric[] = [
  {
    id: 'count',
    header: 'Clients',
    kind: 'count',
    direction: 'neutral',
    followsClients: true,
    get: (s) => s.client_count,
  },
  {
    id: 'mrr',
    header: 'MRR',
    kind: 'money',
    direction: 'higher-is-better',
    tip: 'Imported monthly recurring revenue (ARR / 12)',
    followsClients: true,
    get: ifRevenue((s) => s.total_mrr_cents),
  },
  {
    id: 'avg-mrr',
    header: 'Avg MRR / client',
    kind: 'money',
    direction: 'higher-is-better',
    followsClients: true,
    get: ifRevenue((s) => s.avg_mrr_per_client_cents),
  },
  {
    id: 'revenue',
    header: 'Revenue / mo',
    kind: 'money',
    direction: 'higher-is-better',
    tip: 'MRR under the policy: price change % and PEPM floor applied',
    followsClients: true,
    get: ifRevenue((s) => s.revenue_cents),
  },
  {
    id: 'cost',
    header: 'Cost to serve / mo',
    kind: 'money',
    tip: 'Monthly cost to serve the clients in their service tier',
    direction: 'lower-is-better',
    followsClients: true,
    // No client to serve: there is no cost to show, not a cost of $0.
    get: (s) => (s.client_count === 0 ? null : s.cost_to_serve_cents),
  },
  {
    id: 'margin',
    header: 'Gross margin',
    kind: 'percent',
    tip: '(revenue − cost to serve) / revenue',
    direction: 'higher-is-better',
    get: ifRevenue((s) => s.gross_margin),
  },
  {
    id: 'health',
    header: 'Avg health',
    kind: 'number',
    direction: 'higher-is-better',
    followsClients: true,
    get: (s) => s.avg_health_score,
  },
  {
    id: 'churn',
    header: 'Churn rate',
    kind: 'percent',
    direction: 'lower-is-better',
    followsClients: true,
    get: (s) => s.churn_rate,
  },
  {
    id: 'countries',
    header: 'Avg countries',
    kind: 'number',
    direction: 'neutral',
    followsClients: true,
    get: (s) => s.avg_countries_per_client,
  },
  {
    id: 'share',
    header: 'Revenue share',
    kind: 'percent',
    tip: 'Share of the revenue under the policy',
    direction: 'neutral',
    get: ifRevenue((s) => s.revenue_share),
  },
];

/** The data-testid of a figure: `segment-margin-Mid-Market`. */
export function segmentTestId(metric: string, key: SegmentRow['key']) {
  return `segment-${metric}-${key}`;
}

/**
 * Service tiers whose revenue share is above the policy's maximum. Clients
 * with no service tier are not a segment, so they never breach it.
 */
export function getConcentrationBreaches(
  rows: readonly SegmentRow[],
  maxShare: number,
): SegmentRow[] {
  return rows.filter(
    (row) =>
      row.key !== 'total' &&
      row.current.segment !== null &&
      row.current.revenue_share !== null &&
      row.current.revenue_share - maxShare > 1e-9,
  );
}

/**
 * The concentration card's subtitle, from the same breaches its list
 * shows: "No segment above 50 % of revenue" or "Strategic above the
 * 50 % maximum share of revenue".
 */
export function concentrationSummary(
  breaches: readonly SegmentRow[],
  maxShare: number,
): string {
  const max = formatPercent(maxShare, 0);
  if (breaches.length === 0) return `No segment above ${max} of revenue`;
  const who =
    breaches.length === 1
      ? (breaches[0]?.label ?? '')
      : `${breaches.length} segments`;
  return `${who} above the ${max} maximum share of revenue`;
}

/** Whether any segment on show (or its baseline) has a known revenue. */
export function hasKnownRevenue(rows: readonly SegmentRow[]): boolean {
  return rows.some(
    (row) =>
      row.current.revenue_known_count > 0 ||
      (row.baseline?.revenue_known_count ?? 0) > 0,
  );
}

/** Clients with no service tier in a result. */
export function countUnassigned(result: PortfolioResult): number {
  return findSegment(result, null)?.client_count ?? 0;
}

const MISSING_SIZE: Readonly<Record<SizeBasis, string>> = {
  workers:
    'no worker count is known. Map a workers column, or set the size basis to ARR in the scenario',
  arr: 'no ARR is known. Map an MRR or ARR column, or set the size basis to workers in the scenario',
  higher:
    'neither a worker count nor ARR is known. Map a workers or an MRR/ARR column',
  lower:
    'a worker count or ARR is unknown. Map both a workers and an MRR/ARR column, or set the size basis to the higher of the two',
};

/**
 * Why clients are missing from the tiers, and what to do about it; null
 * when every client has a service tier.
 */
export function unassignedNote(count: number, basis: SizeBasis): string | null {
  if (count === 0) return null;
  const who =
    count === 1
      ? '1 client has no service tier'
      : `${count.toLocaleString('en-US')} clients have no service tier`;
  return `${who}: ${MISSING_SIZE[basis]}.`;
}
