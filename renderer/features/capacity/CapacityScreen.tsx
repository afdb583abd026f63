import { useMemo } from 'react';

import { useWorkspaceStore } from '../../app/workspace-store';
import { ExportButtons } from '../../ui/ExportButtons';
import { EmptyState, NO_PORTFOLIO, Panel, Screen } from '../../ui/Panel';
import { useTableExport } from '../portfolio/use-portfolio-export';
import { countUnassigned } from '../segments/segment-figures';
import { UnassignedNote } from '../segments/UnassignedNote';
import { HIRING_EXPORT_COLUMNS } from './capacity-export';
import { getHiringRows } from './capacity-figures';
import { CsmBookPanel } from './CsmBookPanel';
import { HiringTable } from './HiringTable';

const hiringNoun = (n: number) => `${n} hiring rows`;

/** CSMs required, had and to hire per tier, and every CSM's book. */
export function CapacityScreen() {
  const baseline = useWorkspaceStore((s) => s.baseline);
  const scenario = useWorkspaceStore((s) => s.scenario);
  const currency = useWorkspaceStore((s) => s.currency);
  const policy = useWorkspaceStore((s) => s.scenarioPolicy ?? s.baselinePolicy);
  const period = useWorkspaceStore((s) => s.period);
  const rows = useMemo(
    () => (baseline ? getHiringRows(baseline, scenario) : []),
    [baseline, scenario],
  );
  const exporter = useTableExport({
    rows,
    columns: HIRING_EXPORT_COLUMNS,
    subject: 'hiring',
    sheet: 'Hiring',
    period,
    scenarioName: scenario ? policy.name : null,
    noun: hiringNoun,
  });

  if (!baseline) {
    return (
      <EmptyState name="capacity" title="Capacity" message={NO_PORTFOLIO} />
    );
  }

  const annualCost = policy.costs.csm_annual_cost.toLocaleString('en-US');
  return (
    <Screen name="capacity" title="Capacity">
      <Panel
        title="CSMs and hiring by service tier"
        note={`Required = clients ÷ clients per CSM, rounded up; a hire costs $${annualCost} a year${scenario ? ` · ${policy.name} against the baseline` : ''}`}
        actions={
          <ExportButtons
            testId="hiring-export"
            busy={exporter.busy}
            onExport={(format) => void exporter.run(format)}
          />
        }
      >
        <HiringTable rows={rows} currency={currency} />
        <UnassignedNote
          count={countUnassigned(scenario ?? baseline)}
          basis={policy.size_basis}
        />
      </Panel>
      <CsmBookPanel
        book={(scenario ?? baseline).csmBook}
        band={policy.targets.utilization_band}
        currency={currency}
        period={period}
        scenarioName={scenario ? policy.name : null}
      />
    </Screen>
  );
}
