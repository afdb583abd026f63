import { useMemo } from 'react';

import type { PortfolioResult } from '../../../shared/engine/types';
import { tierDeltaDirection } from '../../ui/delta';
import { FigureTable } from '../../ui/FigureTable';
import { Panel } from '../../ui/Panel';
import {
  SUMMARY_METRICS,
  getSummaryRows,
  type SummaryRow,
} from './scenario-summary';

/** Key figures of the scenario against the baseline, per tier. */
export function ScenarioSummaryPanel({
  name,
  baseline,
  scenario,
  currency,
}: {
  readonly name: string;
  readonly baseline: PortfolioResult;
  readonly scenario: PortfolioResult;
  readonly currency: string;
}) {
  const rows = useMemo(
    () => getSummaryRows(baseline, scenario),
    [baseline, scenario],
  );

  return (
    <Panel
      title="Scenario against baseline"
      note={`${name}: figures with their change from the baseline`}
    >
      <FigureTable<SummaryRow>
        rows={rows}
        columns={SUMMARY_METRICS.map((m) => ({
          id: m.id,
          header: m.header,
          figure: (row) => ({
            testId: `summary-${m.id}-${row.key}`,
            kind: m.kind,
            value: row.figures[m.id].value,
            baseline: row.figures[m.id].baseline,
            direction: tierDeltaDirection(m.direction, {
              followsClients: m.followsClients,
              moved: row.moved,
            }),
            currency,
          }),
        }))}
        testId="scenario-summary"
      />
    </Panel>
  );
}
