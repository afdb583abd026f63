import { Figure } from '../../ui/Figure';
import { formatPercent } from '../../ui/format';
import { TargetMark } from '../../ui/TierBadge';
import {
  SEGMENT_METRICS,
  segmentTestId,
  type SegmentMetric,
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
  return (
    <table className="ui-table" data-testid="segment-table">
      <thead>
        <tr>
          <th scope="col">Service tier</th>
          {SEGMENT_METRICS.map((metric) => (
            <th
              key={metric.id}
              scope="col"
              className="ui-num"
              title={metric.tip}
            >
              {metric.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.key}
            data-testid={`segment-row-${row.key}`}
            className={row.key === 'total' ? 'ui-table__total' : undefined}
          >
            <th scope="row">{row.label}</th>
            {SEGMENT_METRICS.map((metric) => (
              <MetricCell
                key={metric.id}
                row={row}
                metric={metric}
                currency={currency}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MetricCell({
  row,
  metric,
  currency,
}: {
  readonly row: SegmentRow;
  readonly metric: SegmentMetric;
  readonly currency: string;
}) {
  return (
    <td className="ui-num">
      <Figure
        testId={segmentTestId(metric.id, row.key)}
        kind={metric.kind}
        value={metric.get(row.current)}
        baseline={row.baseline ? metric.get(row.baseline) : undefined}
        direction={metric.direction}
        currency={currency}
        suffix={metric.id === 'margin' ? <MarginMark row={row} /> : null}
      />
    </td>
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
