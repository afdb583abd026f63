/**
 * The Capacity screen as plain data: CSMs required and had per service
 * tier, paired with the baseline when a scenario is on show, their totals,
 * and the CSM book with each CSM's utilisation against the band.
 */
import { TIERS, UNASSIGNED_LABEL, type Tier } from '../../../shared/domain';
import type {
  CsmBookRow,
  HiringRow,
  PortfolioResult,
} from '../../../shared/engine/types';
import { clientsMoved } from '../../ui/delta';
import type { FigureMetric, FigureRow } from '../../ui/FigureTable';

/** The figures of one hiring row (a tier, or the total). */
export type HiringFigures = {
  readonly client_count: number;
  readonly csm_ratio: number | null;
  readonly required_csms: number;
  readonly current_csms: number;
  readonly hires_needed: number;
  readonly hires_cost_cents: number;
};

export type HiringTableRow = FigureRow<HiringFigures> & {
  readonly key: Tier | 'total';
};

function tierRow(result: PortfolioResult, tier: Tier): HiringFigures {
  const row = result.hiring.find((h) => h.tier === tier);
  return row ?? emptyHiring();
}

function emptyHiring(): HiringFigures {
  return {
    client_count: 0,
    csm_ratio: null,
    required_csms: 0,
    current_csms: 0,
    hires_needed: 0,
    hires_cost_cents: 0,
  };
}

/** The sum of every tier's figures (a ratio has no total). */
export function sumHiring(rows: readonly HiringRow[]): HiringFigures {
  return rows.reduce<HiringFigures>(
    (sum, row) => ({
      client_count: sum.client_count + row.client_count,
      csm_ratio: null,
      required_csms: sum.required_csms + row.required_csms,
      current_csms: sum.current_csms + row.current_csms,
      hires_needed: sum.hires_needed + row.hires_needed,
      hires_cost_cents: sum.hires_cost_cents + row.hires_cost_cents,
    }),
    emptyHiring(),
  );
}

/** One row per tier and a total, with the baseline's beside a scenario. */
export function getHiringRows(
  baseline: PortfolioResult,
  scenario: PortfolioResult | null,
): HiringTableRow[] {
  const shown = scenario ?? baseline;
  const rows: HiringTableRow[] = TIERS.map((tier) => {
    const current = tierRow(shown, tier);
    const before = scenario ? tierRow(baseline, tier) : undefined;
    const moved = clientsMoved(current.client_count, before?.client_count);
    return { key: tier, label: tier, current, baseline: before, moved };
  });
  rows.push({
    key: 'total',
    label: 'Total',
    current: sumHiring(shown.hiring),
    baseline: scenario ? sumHiring(baseline.hiring) : undefined,
  });
  return rows;
}

/** A column of the hiring table (data-testid `hiring-<id>-<Tier>`). */
export type HiringMetric = FigureMetric<HiringFigures>;

/** The hiring table's columns; all but the ratio follow a tier's clients. */
export const HIRING_METRICS: readonly HiringMetric[] = [
  {
    id: 'clients',
    header: 'Clients',
    kind: 'count',
    direction: 'neutral',
    followsClients: true,
    get: (r) => r.client_count,
  },
  {
    id: 'ratio',
    header: 'Clients per CSM',
    kind: 'count',
    direction: 'neutral',
    get: (r) => r.csm_ratio,
  },
  {
    id: 'required',
    header: 'CSMs required',
    kind: 'count',
    direction: 'lower-is-better',
    followsClients: true,
    get: (r) => r.required_csms,
  },
  {
    id: 'current',
    header: 'Current CSMs',
    kind: 'count',
    direction: 'neutral',
    followsClients: true,
    get: (r) => r.current_csms,
  },
  {
    id: 'hires',
    header: 'Hires needed',
    kind: 'count',
    direction: 'lower-is-better',
    followsClients: true,
    get: (r) => r.hires_needed,
  },
  {
    id: 'cost',
    header: 'Hiring cost / year',
    kind: 'money',
    direction: 'lower-is-better',
    followsClients: true,
    get: (r) => r.hires_cost_cents,
  },
];

/** The data-testid of a figure: `hiring-required-SMB`. */
export function hiringTestId(metric: string, key: HiringTableRow['key']) {
  return `hiring-${metric}-${key}`;
}

/**
 * Where a CSM's load sits: over capacity is the engine's flag (a book past
 * 1.0, the tier maximum); the policy's band (1.0 ± band) is the target.
 */
export type UtilisationStatus = 'over-band' | 'over' | 'within' | 'under';

/** The status of a CSM's load under a utilisation band. */
export function getUtilisationStatus(
  row: CsmBookRow,
  band: number,
): UtilisationStatus {
  const score = row.utilization_score;
  if (score > 1 + band + 1e-9) return 'over-band';
  if (row.over_capacity) return 'over';
  return score < 1 - band - 1e-9 ? 'under' : 'within';
}

// "Over ratio" is the engine's over-capacity flag (more clients than the
// tier's ratio allows); the band is the tolerance around a full book, so a
// CSM can be over the ratio and still within the band.
const STATUS_LABELS: Record<UtilisationStatus, string> = {
  'over-band': 'Over ratio, above band',
  over: 'Over ratio, within band',
  within: 'Within band',
  under: 'Below band',
};

/** A CSM's book as one grid row. */
export type CsmGridRow = {
  readonly csm_id: string;
  readonly client_count: number;
  readonly client_ids: string;
  readonly segment_mix: string;
  readonly home_tier: Tier | null;
  readonly total_workers_managed: number;
  readonly total_mrr_managed_cents: number;
  readonly utilization_score: number;
  readonly status: string;
  readonly over_capacity: boolean;
};

/** Clients per tier as text, largest tiers first: `SMB 12 · Mid-Market 3`. */
export function formatSegmentMix(mix: CsmBookRow['segment_mix']): string {
  const keys = [...TIERS, UNASSIGNED_LABEL] as const;
  return keys
    .filter((key) => (mix[key] ?? 0) > 0)
    .map((key) => `${key} ${mix[key]}`)
    .join(' · ');
}

/** The CSM book as grid rows. */
export function toCsmGridRows(
  book: readonly CsmBookRow[],
  band: number,
): CsmGridRow[] {
  return book.map((row) => ({
    csm_id: row.csm_id,
    client_count: row.client_ids.length,
    client_ids: row.client_ids.join(', '),
    segment_mix: formatSegmentMix(row.segment_mix),
    home_tier: row.home_tier,
    total_workers_managed: row.total_workers_managed,
    total_mrr_managed_cents: row.total_mrr_managed_cents,
    utilization_score: row.utilization_score,
    status: STATUS_LABELS[getUtilisationStatus(row, band)],
    over_capacity: row.over_capacity,
  }));
}

/** How many CSMs are in each load status. */
export function countUtilisation(
  book: readonly CsmBookRow[],
  band: number,
): Record<UtilisationStatus, number> {
  const counts = { 'over-band': 0, over: 0, within: 0, under: 0 };
  for (const row of book) counts[getUtilisationStatus(row, band)]++;
  return counts;
}
