import { useMemo } from 'react';

import type { MatrixCell } from '../../../shared/engine/types';
import { Chart } from '../../ui/chart';
import { formatPercent } from '../../ui/format';
import { Panel } from '../../ui/Panel';
import {
  buildConcentrationChart,
  buildMarginChart,
  buildMatrixChart,
  buildRevenueChart,
} from './segment-charts';
import {
  concentrationSummary,
  getConcentrationBreaches,
  hasKnownRevenue,
  type SegmentRow,
} from './segment-figures';

/** Revenue and margin by tier, against the targets. */
export function RevenueMarginCharts({
  rows,
  currency,
  reviewBelow,
}: {
  readonly rows: readonly SegmentRow[];
  readonly currency: string;
  readonly reviewBelow: number;
}) {
  const revenue = useMemo(
    () => buildRevenueChart(rows, currency),
    [rows, currency],
  );
  const margin = useMemo(
    () => buildMarginChart(rows, reviewBelow),
    [rows, reviewBelow],
  );

  return (
    <div className="ui-grid-2">
      <Panel title="Monthly revenue by service tier">
        {hasKnownRevenue(rows) ? (
          <Chart
            option={revenue}
            label="Monthly revenue by tier"
            testId="chart-revenue"
          />
        ) : (
          <p className="ui-empty" data-testid="chart-revenue-empty">
            No revenue known — map an MRR or ARR column.
          </p>
        )}
      </Panel>
      <Panel
        title="Gross margin by service tier"
        note="Bars green when above the tier's target (dark marker)"
      >
        <Chart
          option={margin}
          label="Gross margin by tier against targets"
          testId="chart-margin"
        />
      </Panel>
    </div>
  );
}

/** The size × complexity matrix and revenue concentration. */
export function MatrixConcentrationCharts({
  rows,
  matrix,
  currency,
  maxShare,
}: {
  readonly rows: readonly SegmentRow[];
  readonly matrix: readonly MatrixCell[];
  readonly currency: string;
  readonly maxShare: number;
}) {
  const known = hasKnownRevenue(rows);
  const heatmap = useMemo(
    () => buildMatrixChart(matrix, currency, known),
    [matrix, currency, known],
  );
  const concentration = useMemo(
    () => buildConcentrationChart(rows, maxShare),
    [rows, maxShare],
  );
  const breaches = getConcentrationBreaches(rows, maxShare);

  return (
    <div className="ui-grid-2">
      <Panel
        title="Size × complexity"
        note={
          known
            ? 'Clients and monthly revenue per cell'
            : 'Clients per cell (no revenue known)'
        }
      >
        <Chart
          option={heatmap}
          height={300}
          label="Size by complexity matrix"
          testId="chart-matrix"
        />
      </Panel>
      <Panel
        title="Revenue concentration"
        note={
          known ? concentrationSummary(breaches, maxShare) : 'No revenue known'
        }
      >
        <Chart
          option={concentration}
          height={220}
          label="Revenue share by tier"
          testId="chart-concentration"
        />
        <p className="ui-flag-line" data-testid="concentration-flags">
          {!known
            ? 'No revenue known — map an MRR or ARR column.'
            : breaches.length === 0
              ? 'No segment is above the maximum share.'
              : `Above the maximum: ${breaches
                  .map(
                    (row) =>
                      `${row.label} ${formatPercent(row.current.revenue_share)}`,
                  )
                  .join(', ')}`}
        </p>
      </Panel>
    </div>
  );
}
