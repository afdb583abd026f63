import type { SegmentEconomics } from '../../../shared/engine/types';
import { FigureTable, toMetricColumn } from '../../ui/FigureTable';
import { formatPercent } from '../../ui/format';
import { TargetMark } from '../../ui/TierBadge';
import {
  SEGMENT_METRICS,
  segmentTestId,
  type SegmentRow,
} from './segment-figures';

/**
 * Segment economics by service tier with a total row; with a scenario on
 * show every figure carries its delta against the baseline.
 */
export function SegmentTable({
  rows,
  currency,
}: {
  readonly rows: readonly SegmentRow[];
  readonly currency: string;
}) {
  const columns = SEGMENT_METRICS.map((metric) =>
    toMetricColumn<SegmentEconomics, SegmentRow>(metric, {
      testIdPrefix: 'segment',
      currency,
      suffix: (row) =>
        metric.id === 'margin' ? <MarginMark row={row} /> : null,
    }),
  );
  return (
    <FigureTable
      rows={rows}
      columns={columns}
      testId="segment-table"
      rowTestId="segment-row"
    />
  );
}

function MarginMark({ row }: { readonly row: SegmentRow }) {
  const { gm_target, gm_target_met } = row.current;
  if (row.key === 'total' || gm_target === null) return null;

  return (
    <TargetMark
      met={gm_target_met}
      testId={segmentTestId('target', row.key)}
      title={`Target: above ${formatPercent(gm_target, 0)}`}
    />
  );
}
