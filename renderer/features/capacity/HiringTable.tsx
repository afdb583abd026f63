import { FigureTable, toMetricColumn } from '../../ui/FigureTable';
import {
  HIRING_METRICS,
  type HiringFigures,
  type HiringTableRow,
} from './capacity-figures';

/**
 * CSMs required per tier (ceil of clients / ratio), current CSMs, hires
 * needed and their yearly cost; deltas against the baseline in a scenario.
 */
export function HiringTable({
  rows,
  currency,
}: {
  readonly rows: readonly HiringTableRow[];
  readonly currency: string;
}) {
  const columns = HIRING_METRICS.map((metric) => {
    const column = toMetricColumn<HiringFigures, HiringTableRow>(metric, {
      testIdPrefix: 'hiring',
      currency,
    });
    // A ratio belongs to a tier; the total has none.
    if (metric.id !== 'ratio') return column;
    return {
      ...column,
      figure: (row: HiringTableRow) =>
        row.key === 'total' ? null : column.figure(row),
    };
  });
  return (
    <FigureTable
      rows={rows}
      columns={columns}
      testId="hiring-table"
      rowTestId="hiring-row"
    />
  );
}
