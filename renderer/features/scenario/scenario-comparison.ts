/**
 * Up to four scenarios side by side (DESIGN.md §4): margin per tier,
 * revenue, cost to serve, CSMs, hires and tier changes, each against the
 * baseline. Plain data from results the engine computed.
 */
import { TIERS } from '../../../shared/domain';
import type {
  PortfolioResult,
  SegmentEconomics,
} from '../../../shared/engine/types';
import type { DeltaDirection } from '../../ui/delta';
import type { FigureKind } from '../../ui/format';
import { sumHiring } from '../capacity/capacity-figures';
import { countTierChanges } from '../portfolio/portfolio-rows';

/** At most this many scenarios are compared at once. */
export const MAX_COMPARED = 4;

export type ComparedScenario = {
  readonly id: string;
  readonly name: string;
  readonly result: PortfolioResult;
};

/** One line of the comparison: a figure for the baseline and each scenario. */
export type ComparisonRow = {
  readonly id: string;
  readonly label: string;
  readonly kind: FigureKind;
  readonly direction: DeltaDirection;
  readonly baseline: number | null;
  readonly values: readonly (number | null)[];
};

type Figure = {
  readonly id: string;
  readonly label: string;
  readonly kind: FigureKind;
  readonly direction: DeltaDirection;
  readonly get: (
    result: PortfolioResult,
    baseline: PortfolioResult,
  ) => number | null;
};

const segmentOf = (result: PortfolioResult, tier: string) =>
  result.segments.find((s) => s.segment === tier);

const marginOf = (segment: SegmentEconomics | undefined) =>
  segment?.gross_margin ?? null;

const FIGURES: readonly Figure[] = [
  ...TIERS.map((tier): Figure => ({
    id: `margin-${tier}`,
    label: `Gross margin, ${tier}`,
    kind: 'percent',
    direction: 'higher-is-better',
    get: (r) => marginOf(segmentOf(r, tier)),
  })),
  {
    id: 'margin-total',
    label: 'Gross margin, all tiers',
    kind: 'percent',
    direction: 'higher-is-better',
    get: (r) => r.total.gross_margin,
  },
  {
    id: 'revenue',
    label: 'Revenue / mo',
    kind: 'money',
    direction: 'higher-is-better',
    get: (r) => r.total.revenue_cents,
  },
  {
    id: 'cost',
    label: 'Cost to serve / mo',
    kind: 'money',
    direction: 'lower-is-better',
    get: (r) => r.total.cost_to_serve_cents,
  },
  {
    id: 'required',
    label: 'CSMs required',
    kind: 'count',
    direction: 'lower-is-better',
    get: (r) => sumHiring(r.hiring).required_csms,
  },
  {
    id: 'hires',
    label: 'Hires needed',
    kind: 'count',
    direction: 'lower-is-better',
    get: (r) => sumHiring(r.hiring).hires_needed,
  },
  {
    id: 'hire-cost',
    label: 'Hiring cost / year',
    kind: 'money',
    direction: 'lower-is-better',
    get: (r) => sumHiring(r.hiring).hires_cost_cents,
  },
  {
    id: 'movers',
    label: 'Clients changing tier',
    kind: 'count',
    direction: 'neutral',
    get: (r, baseline) => countTierChanges(baseline, r),
  },
];

/** The comparison table: every figure for the baseline and each scenario. */
export function buildComparison(
  baseline: PortfolioResult,
  scenarios: readonly ComparedScenario[],
): ComparisonRow[] {
  return FIGURES.map((figure) => ({
    id: figure.id,
    label: figure.label,
    kind: figure.kind,
    direction: figure.direction,
    baseline: figure.get(baseline, baseline),
    values: scenarios.map((s) => figure.get(s.result, baseline)),
  }));
}

/**
 * The scenarios compared by default, or after a toggle: the active one
 * first, then others in list order, never more than MAX_COMPARED.
 */
export function toggleCompared(
  selected: readonly string[],
  id: string,
): string[] {
  if (selected.includes(id)) return selected.filter((s) => s !== id);
  return selected.length >= MAX_COMPARED ? [...selected] : [...selected, id];
}
