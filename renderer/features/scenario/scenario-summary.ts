/**
 * The Scenario screen's summary as plain data: per tier the clients,
 * revenue, cost, margin, CSMs and hires of the scenario against the
 * baseline, and the clients whose service tier the scenario changes.
 */
import type { ClientColumns } from '../../../shared/columns';
import { TIERS, tierFromCode, type Tier } from '../../../shared/domain';
import type { PortfolioResult } from '../../../shared/engine/types';
import type { DeltaDirection } from '../../ui/delta';
import type { FigureKind } from '../../ui/format';
import { getHiringRows } from '../capacity/capacity-figures';
import { getSegmentRows } from '../segments/segment-figures';

/** One figure of the summary for one tier (or the total). */
export type SummaryFigure = {
  readonly value: number | null;
  readonly baseline: number | null;
};

export type SummaryRow = {
  readonly key: Tier | 'total';
  readonly label: string;
  readonly figures: Readonly<Record<SummaryMetricId, SummaryFigure>>;
};

export type SummaryMetricId =
  | 'clients'
  | 'revenue'
  | 'cost'
  | 'margin'
  | 'required'
  | 'hires'
  | 'hire-cost';

export type SummaryMetric = {
  readonly id: SummaryMetricId;
  readonly header: string;
  readonly kind: FigureKind;
  readonly direction: DeltaDirection;
};

/** The summary's columns, in order. */
export const SUMMARY_METRICS: readonly SummaryMetric[] = [
  { id: 'clients', header: 'Clients', kind: 'count', direction: 'neutral' },
  {
    id: 'revenue',
    header: 'Revenue / mo',
    kind: 'money',
    direction: 'higher-is-better',
  },
  {
    id: 'cost',
    header: 'Cost to serve / mo',
    kind: 'money',
    direction: 'lower-is-better',
  },
  {
    id: 'margin',
    header: 'Gross margin',
    kind: 'percent',
    direction: 'higher-is-better',
  },
  {
    id: 'required',
    header: 'CSMs required',
    kind: 'count',
    direction: 'lower-is-better',
  },
  {
    id: 'hires',
    header: 'Hires needed',
    kind: 'count',
    direction: 'lower-is-better',
  },
  {
    id: 'hire-cost',
    header: 'Hiring cost / year',
    kind: 'money',
    direction: 'lower-is-better',
  },
];

/** Scenario against baseline, per tier and in total. */
export function getSummaryRows(
  baseline: PortfolioResult,
  scenario: PortfolioResult,
): SummaryRow[] {
  const segments = getSegmentRows(baseline, scenario).filter(
    (row) => row.key !== 'Unassigned',
  );
  const hiring = getHiringRows(baseline, scenario);
  return segments.map((segment) => {
    const hire = hiring.find((h) => h.key === segment.key)!;
    const pair = <T>(get: (x: T) => number | null, now: T, before?: T) => ({
      value: get(now),
      baseline: before === undefined ? null : get(before),
    });
    const s = segment;
    return {
      key: segment.key as Tier | 'total',
      label: segment.label,
      figures: {
        clients: pair((x) => x.client_count, s.current, s.baseline),
        revenue: pair((x) => x.revenue_cents, s.current, s.baseline),
        cost: pair((x) => x.cost_to_serve_cents, s.current, s.baseline),
        margin: pair((x) => x.gross_margin, s.current, s.baseline),
        required: pair((x) => x.required_csms, hire.current, hire.baseline),
        hires: pair((x) => x.hires_needed, hire.current, hire.baseline),
        'hire-cost': pair(
          (x) => x.hires_cost_cents,
          hire.current,
          hire.baseline,
        ),
      },
    };
  });
}

/** A client whose service tier the scenario changes. */
export type TierMover = {
  readonly index: number;
  readonly client_id: string;
  readonly name: string;
  readonly from: Tier | null;
  readonly to: Tier | null;
};

/** The clients the scenario moves, in file order, at most `limit`. */
export function getTierMovers(
  columns: ClientColumns,
  baseline: PortfolioResult,
  scenario: PortfolioResult,
  limit = Number.POSITIVE_INFINITY,
): TierMover[] {
  const before = baseline.classification.service;
  const after = scenario.classification.service;
  const movers: TierMover[] = [];
  for (let i = 0; i < columns.length && movers.length < limit; i++) {
    if (before[i] === after[i]) continue;
    movers.push({
      index: i,
      client_id: columns.clientId[i]!,
      name: columns.name[i]!,
      from: tierFromCode(before[i]!),
      to: tierFromCode(after[i]!),
    });
  }
  return movers;
}

/** Moves between each pair of tiers: `SMB → Mid-Market: 12`. */
export function countMovesByPair(
  baseline: PortfolioResult,
  scenario: PortfolioResult,
): { from: Tier | null; to: Tier | null; count: number }[] {
  const before = baseline.classification.service;
  const after = scenario.classification.service;
  const counts = new Map<string, number>();
  for (let i = 0; i < before.length; i++) {
    if (before[i] === after[i]) continue;
    const key = `${before[i]}:${after[i]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([key, count]) => {
      const [from, to] = key.split(':').map(Number) as [number, number];
      return { from: tierFromCode(from), to: tierFromCode(to), count };
    })
    .sort((a, b) => b.count - a.count || tierOrder(a) - tierOrder(b));
}

function tierOrder(move: { from: Tier | null }): number {
  return move.from === null ? TIERS.length : TIERS.indexOf(move.from);
}
