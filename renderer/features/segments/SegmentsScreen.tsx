import { useMemo } from 'react';

import { useWorkspaceStore } from '../../app/workspace-store';
import { ExportButtons } from '../../ui/ExportButtons';
import { EmptyState, NO_PORTFOLIO, Panel, Screen } from '../../ui/Panel';
import { useTableExport } from '../portfolio/use-portfolio-export';
import {
  MatrixConcentrationCharts,
  RevenueMarginCharts,
} from './SegmentCharts';
import { getSegmentExportColumns } from './segment-export';
import { countUnassigned, getSegmentRows } from './segment-figures';
import { UnassignedNote } from './UnassignedNote';
import { SegmentTable } from './SegmentTable';

const segmentsNoun = (n: number) => `${n} segment rows`;

/** Segment economics by service tier, with charts. */
export function SegmentsScreen() {
  const baseline = useWorkspaceStore((s) => s.baseline);
  const scenario = useWorkspaceStore((s) => s.scenario);
  const currency = useWorkspaceStore((s) => s.currency);
  const policy = useWorkspaceStore((s) => s.scenarioPolicy ?? s.baselinePolicy);
  const period = useWorkspaceStore((s) => s.period);
  const rows = useMemo(
    () => (baseline ? getSegmentRows(baseline, scenario) : []),
    [baseline, scenario],
  );
  const columns = useMemo(() => getSegmentExportColumns(period), [period]);
  const exporter = useTableExport({
    rows,
    columns,
    subject: 'segments',
    sheet: 'Segment economics',
    period,
    scenarioName: scenario ? policy.name : null,
    noun: segmentsNoun,
  });

  if (!baseline) {
    return (
      <EmptyState name="segments" title="Segments" message={NO_PORTFOLIO} />
    );
  }

  return (
    <Screen name="segments" title="Segments">
      <Panel
        title="Economics by service tier"
        note={
          scenario ? `${policy.name} against the baseline` : 'Baseline policy'
        }
        actions={
          <ExportButtons
            testId="segments-export"
            busy={exporter.busy}
            onExport={(format) => void exporter.run(format)}
          />
        }
      >
        <SegmentTable rows={rows} currency={currency} />
        <UnassignedNote
          count={countUnassigned(scenario ?? baseline)}
          basis={policy.size_basis}
        />
      </Panel>
      <RevenueMarginCharts
        rows={rows}
        currency={currency}
        reviewBelow={policy.targets.gm_review_below}
      />
      <MatrixConcentrationCharts
        rows={rows}
        matrix={(scenario ?? baseline).matrix}
        currency={currency}
        maxShare={policy.targets.max_revenue_share}
      />
    </Screen>
  );
}
