/**
 * The Segments table as an export: DESIGN.md §3 "Segment economics"
 * columns under those names, one row per service tier (Unassigned when
 * any) and the total; unknown figures are blank cells, not zeros.
 */
import {
  fraction,
  money,
  type ExportColumn,
} from '../portfolio/portfolio-export';
import { SEGMENT_METRICS, type SegmentRow } from './segment-figures';

const shown = (id: string, row: SegmentRow): number | null =>
  SEGMENT_METRICS.find((metric) => metric.id === id)?.get(row.current) ?? null;

/** The segment economics columns, with the period each row is of. */
export function getSegmentExportColumns(
  period: string | null,
): ExportColumn<SegmentRow>[] {
  const c = (r: SegmentRow) => r.current;
  return [
    { name: 'segment', kind: 'text', value: (r) => r.label },
    { name: 'period', kind: 'text', value: () => period },
    { name: 'client_count', kind: 'count', value: (r) => c(r).client_count },
    { name: 'total_mrr', kind: 'money', value: (r) => money(shown('mrr', r)) },
    {
      name: 'avg_mrr_per_client',
      kind: 'money',
      value: (r) => money(shown('avg-mrr', r)),
    },
    {
      name: 'cost_to_serve',
      kind: 'money',
      value: (r) => money(shown('cost', r)),
    },
    {
      name: 'gross_margin',
      kind: 'fraction',
      value: (r) => fraction(shown('margin', r)),
    },
    {
      name: 'avg_health_score',
      kind: 'number',
      value: (r) => fraction(c(r).avg_health_score),
    },
    {
      name: 'churn_rate',
      kind: 'fraction',
      value: (r) => fraction(c(r).churn_rate),
    },
    { name: 'nrr', kind: 'fraction', value: (r) => fraction(c(r).nrr) },
    {
      name: 'expansion_rate',
      kind: 'fraction',
      value: (r) => fraction(c(r).expansion_rate),
    },
    {
      name: 'avg_countries_per_client',
      kind: 'number',
      value: (r) => fraction(c(r).avg_countries_per_client),
    },
    {
      name: 'revenue_share',
      kind: 'fraction',
      value: (r) => fraction(shown('share', r)),
    },
  ];
}
