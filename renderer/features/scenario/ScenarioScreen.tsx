import { useWorkspaceStore } from '../../app/workspace-store';
import { updateScenarioPolicy } from '../../app/workspace-actions';
import { Panel, Screen } from '../../ui/Panel';
import { PolicyEditor } from './PolicyEditor';
import { ScenarioComparePanel } from './ScenarioComparePanel';
import { ScenarioManager } from './ScenarioManager';
import { ScenarioSummaryPanel, TierMoversPanel } from './ScenarioSummaryPanel';

/**
 * What-if scenarios: pick or create one, edit its policy, and see its key
 * figures against the baseline; every screen recomputes on each change.
 */
export function ScenarioScreen() {
  const activeId = useWorkspaceStore((s) => s.activeScenarioId);
  const policy = useWorkspaceStore((s) => s.scenarioPolicy);
  const baselinePolicy = useWorkspaceStore((s) => s.baselinePolicy);
  const baseline = useWorkspaceStore((s) => s.baseline);
  const scenario = useWorkspaceStore((s) => s.scenario);
  const columns = useWorkspaceStore((s) => s.columns);
  const currency = useWorkspaceStore((s) => s.currency);

  return (
    <Screen name="scenario" title="Scenarios">
      <Panel
        title="Scenarios"
        note="A scenario is a named copy of the baseline policy with edits"
      >
        <ScenarioManager />
      </Panel>
      {policy && baseline && scenario && (
        <ScenarioSummaryPanel
          name={policy.name}
          baseline={baseline}
          scenario={scenario}
          currency={currency}
        />
      )}
      {activeId && policy ? (
        <Panel
          title={`Policy of ${policy.name}`}
          note="Changes apply as you type; values that differ from the baseline show it below"
        >
          <PolicyEditor
            key={activeId}
            policy={policy}
            reference={baselinePolicy}
            onApply={updateScenarioPolicy}
          />
        </Panel>
      ) : (
        <p className="ui-empty">
          Create a scenario from the baseline, or pick one, to edit its policy.
        </p>
      )}
      <ScenarioComparePanel />
      {columns && baseline && scenario && (
        <TierMoversPanel
          columns={columns}
          baseline={baseline}
          scenario={scenario}
        />
      )}
    </Screen>
  );
}
