import { useMemo } from 'react';

import { Chart } from '../../../ui/chart';
import { Panel } from '../../../ui/Panel';
import type { CompareOutput } from '../../../worker/messages';
import {
  buildClientsCompareChart,
  buildCsmCompareChart,
  buildMarginCompareChart,
  buildMoneyCompareChart,
} from './compare-charts';

/** Charts of the comparison: margin by tier, revenue and cost, CSMs, clients. */
export function CompareCharts({
  output,
  currency,
}: {
  readonly output: CompareOutput;
  readonly currency: string;
}) {
  const margin = useMemo(() => buildMarginCompareChart(output), [output]);
  const money = useMemo(
    () => buildMoneyCompareChart(output, currency),
    [output, currency],
  );
  const csms = useMemo(() => buildCsmCompareChart(output), [output]);
  const clients = useMemo(() => buildClientsCompareChart(output), [output]);

  return (
    <>
      <Panel
        title="Gross margin by service tier"
        note="One bar per policy; the dark line across each bar is that policy's margin target for the tier"
      >
        <Chart
          option={margin}
          label="Gross margin per tier by scenario against the targets"
          testId="compare-chart-margin"
          merge
        />
      </Panel>
      <div className="ui-grid-2">
        <Panel title="Revenue and cost to serve" note="All tiers, per month">
          <Chart
            option={money}
            label="Monthly revenue and cost to serve per scenario"
            testId="compare-chart-money"
            merge
          />
        </Panel>
        <Panel title="CSMs required" note="Per policy, by service tier">
          <Chart
            option={csms}
            label="CSMs required per scenario by tier"
            testId="compare-chart-csms"
            merge
          />
        </Panel>
      </div>
      <Panel title="Clients per tier" note="One bar per policy">
        <Chart
          option={clients}
          label="Clients per tier by scenario"
          testId="compare-chart-clients"
          merge
        />
      </Panel>
    </>
  );
}
