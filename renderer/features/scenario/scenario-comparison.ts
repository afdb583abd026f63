/**
 * The Compare tab as plain data: for the baseline and each compared
 * scenario, per service tier and in total, revenue, cost to serve, gross
 * margin (against the tier's target), clients, CSMs required, hires and
 * their yearly cost, each scenario figure with the baseline's beside it
 * and the way it should move. Every figure is read from the worker's
 * output; only the all-tier sums of hiring are added here.
 */
import { TIERS, type Tier } from '../../../shared/domain';
import type { SegmentEconomics } from '../../../shared/engine/types';
import {
  clientsMoved,
  computeDelta,
  tierDeltaDirection,
  type DeltaDirection,
} from '../../ui/delta';
import type { FigureKind } from '../../ui/format';
import type { CompareOutput, PolicyFigures } from '../../worker/messages';
import { sumHiring } from '../capacity/capacity-figures';
import { emptySegment } from '../segments/segment-figures';

export { MAX_COMPARED } from '../../worker/messages';

/** The figures compared, as named in the cells' test ids. */
export type CompareFigureId =
  'revenue' | 'cost' | 'margin' | 'clients' | 'required' | 'hires' | 'hirecost';

/** A row of the comparison: one tier, or all tiers together. */
export type CompareRowKey = Tier | 'total';

export type CompareFigure = {
  readonly id: CompareFigureId;
  readonly label: string;
  /** The column name in exports (DESIGN.md §3 and the report's JSON). */
  readonly exportName: string;
  readonly kind: FigureKind;
  /** How the all-tiers figure should move to get closer to the targets. */
  readonly direction: DeltaDirection;
  /**
   * Whether a tier's figure follows its clients: with clients moved into
   * or out of the tier it then says nothing of better or worse on its own
   * (the all-tiers figure does). A tier's margin does not, as it has a
   * target of its own.
   */
  readonly followsClients: boolean;
  readonly get: (figures: PolicyFigures, key: CompareRowKey) => number | null;
};

/** A tier's segment, or an empty one when no client is in it. */
export function segmentOf(
  figures: PolicyFigures,
  key: CompareRowKey,
): SegmentEconomics {
  if (key === 'total') return figures.total;
  return figures.segments.find((s) => s.segment === key) ?? emptySegment(key);
}

function hiringOf(figures: PolicyFigures, key: CompareRowKey) {
  if (key === 'total') return sumHiring(figures.hiring);
  const row = figures.hiring.find((h) => h.tier === key);
  return row ?? sumHiring([]);
}

// With no client of known revenue, revenue is unknown, not $0.
const revenue = (s: SegmentEconomics) =>
  s.revenue_known_count === 0 ? null : s.revenue_cents;

/** The compared figures, in the order the table shows them. */
export const COMPARE_FIGURES: readonly CompareFigure[] = [
  {
    id: 'revenue',
    label: 'Revenue / mo',
    exportName: 'total_mrr',
    kind: 'money',
    direction: 'higher-is-better',
    followsClients: true,
    get: (f, key) => revenue(segmentOf(f, key)),
  },
  {
    id: 'cost',
    label: 'Cost to serve / mo',
    exportName: 'cost_to_serve',
    kind: 'money',
    direction: 'lower-is-better',
    followsClients: true,
    get: (f, key) => segmentOf(f, key).cost_to_serve_cents,
  },
  {
    id: 'margin',
    label: 'Gross margin',
    exportName: 'gross_margin',
    kind: 'percent',
    direction: 'higher-is-better',
    followsClients: false,
    get: (f, key) => segmentOf(f, key).gross_margin,
  },
  {
    id: 'clients',
    label: 'Clients',
    exportName: 'client_count',
    kind: 'count',
    direction: 'neutral',
    followsClients: true,
    get: (f, key) => segmentOf(f, key).client_count,
  },
  {
    id: 'required',
    label: 'CSMs required',
    exportName: 'required_csms',
    kind: 'count',
    direction: 'lower-is-better',
    followsClients: true,
    get: (f, key) => hiringOf(f, key).required_csms,
  },
  {
    id: 'hires',
    label: 'Hires needed',
    exportName: 'hires_needed',
    kind: 'count',
    direction: 'lower-is-better',
    followsClients: true,
    get: (f, key) => hiringOf(f, key).hires_needed,
  },
  {
    id: 'hirecost',
    label: 'Hiring cost / year',
    exportName: 'hires_cost_per_year',
    kind: 'money',
    direction: 'lower-is-better',
    followsClients: true,
    get: (f, key) => hiringOf(f, key).hires_cost_cents,
  },
];

/** The rows of each figure: the four tiers, then all tiers. */
export const COMPARE_ROW_KEYS: readonly CompareRowKey[] = [...TIERS, 'total'];

/** How a figure is headed in a table and an export: `SMB`, `All tiers`. */
export function rowLabel(key: CompareRowKey): string {
  return key === 'total' ? 'All tiers' : key;
}

/** Whether a scenario's change moves toward the targets. */
export type CompareDirection = 'better' | 'worse' | 'neutral';

/** One figure of one policy; scenarios carry the baseline's and the change. */
export type CompareCell = {
  readonly value: number | null;
  readonly change: number | null;
  readonly direction: CompareDirection;
  /** Gross margin rows: the policy's target for the tier and whether it is met. */
  readonly target: { readonly gm: number; readonly met: boolean | null } | null;
};

export type ComparisonRow = {
  readonly figure: CompareFigure;
  readonly key: CompareRowKey;
  readonly baseline: CompareCell;
  readonly scenarios: readonly CompareCell[];
};

const TONE_DIRECTION = {
  good: 'better',
  bad: 'worse',
  neutral: 'neutral',
} as const;

function cellOf(
  figure: CompareFigure,
  key: CompareRowKey,
  figures: PolicyFigures,
  baseline: PolicyFigures | null,
): CompareCell {
  const value = figure.get(figures, key);
  const moved =
    baseline !== null &&
    key !== 'total' &&
    clientsMoved(
      segmentOf(figures, key).client_count,
      segmentOf(baseline, key).client_count,
    );
  const direction = tierDeltaDirection(figure.direction, {
    followsClients: figure.followsClients,
    moved,
  });
  const delta = baseline
    ? computeDelta(value, figure.get(baseline, key), direction)
    : null;
  const segment = segmentOf(figures, key);
  const target =
    figure.id === 'margin' && key !== 'total' && segment.gm_target !== null
      ? { gm: segment.gm_target, met: segment.gm_target_met }
      : null;
  return {
    value,
    change: delta?.change ?? null,
    direction: delta ? TONE_DIRECTION[delta.tone] : 'neutral',
    target,
  };
}

/** Every row of the comparison, figure by figure, tiers then all tiers. */
export function buildComparison(output: CompareOutput): ComparisonRow[] {
  return COMPARE_FIGURES.flatMap((figure) =>
    COMPARE_ROW_KEYS.map((key) => ({
      figure,
      key,
      baseline: cellOf(figure, key, output.baseline, null),
      scenarios: output.scenarios.map((s) =>
        cellOf(figure, key, s, output.baseline),
      ),
    })),
  );
}

/**
 * The scenarios compared by default: the first `max` in list order, the
 * active one always among them (in the last place when it is further
 * down the list).
 */
export function defaultCompared(
  ids: readonly string[],
  activeId: string | null,
  max: number,
): string[] {
  const shown = ids.slice(0, max);
  if (!activeId || !ids.includes(activeId) || shown.includes(activeId))
    return shown;
  // The active one is always compared: it takes the last column's place.
  return [...ids.slice(0, max - 1), activeId];
}

/** The picked ids after a toggle, never more than `max`. */
export function toggleCompared(
  selected: readonly string[],
  id: string,
  max: number,
): string[] {
  if (selected.includes(id)) return selected.filter((s) => s !== id);
  return selected.length >= max ? [...selected] : [...selected, id];
}
