/**
 * The Scenario screen's summary as plain data: per tier the clients,
 * revenue, cost, margin, CSMs and hires of the scenario against the
 * baseline (who moves is the Who moves tab's, from the worker).
 */
import type { Tier } from '../../../shared/domain';
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
  /** Clients moved into or out of the tier (never for the total). */
  readonly moved: boolean;
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
  /** Follows the tier's clients: no direction in a tier they moved in or out of. */
  readonly followsClients: boolean;
};

/** The summary's columns, in order. */
export const SUMMARY_METRICS: readonly SummaryMetric[] = [
  {
    id: 'clients',
    header: 'Clients',
    kind: 'count',
    direction: 'neutral',
    followsClients: true,
  },
  {
    id: 'revenue',
    header: 'Revenue / mo',
    kind: 'money',
    direction: 'higher-is-better',
    followsClients: true,
  },
  {
    id: 'cost',
    header: 'Cost to serve / mo',
    kind: 'money',
    direction: 'lower-is-better',
    followsClients: true,
  },
  {
    id: 'margin',
    header: 'Gross margin',
    kind: 'percent',
    direction: 'higher-is-better',
    followsClients: false,
  },
  {
    id: 'required',
    header: 'CSMs required',
    kind: 'count',
    direction: 'lower-is-better',
    followsClients: true,
  },
  {
    id: 'hires',
    header: 'Hires needed',
    kind: 'count',
    direction: 'lower-is-better',
    followsClients: true,
  },
  {
    id: 'hire-cost',
    header: 'Hiring cost / year',
    kind: 'money',
    direction: 'lower-is-better',
    followsClients: true,
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
      moved: segment.moved ?? false,
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
