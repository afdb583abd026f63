import type { ReactNode } from 'react';

import { useWorkspaceStore } from '../../app/workspace-store';
import { updateScenarioPolicy } from '../../app/workspace-actions';
import { EmptyState, NO_PORTFOLIO, Panel, Screen } from '../../ui/Panel';
import { BreakEvenPanel } from './breakeven/BreakEvenPanel';
import { BridgeTab } from './bridge/BridgeTab';
import { CompareTab } from './compare/CompareTab';
import {
  SCENARIO_TABS,
  showScenarioTab,
  useScenarioView,
  type ScenarioTab,
} from './compare/scenario-view-store';
import { ScenarioHistoryPanel } from './history/ScenarioHistoryPanel';
import { MoversTab } from './movers/MoversTab';
import { PolicyEditor } from './PolicyEditor';
import { ScenarioManager } from './ScenarioManager';
import { ScenarioSummaryPanel } from './ScenarioSummaryPanel';
import { SensitivityPanel } from './sensitivity/SensitivityPanel';

const TAB_LABELS: Readonly<Record<ScenarioTab, string>> = {
  edit: 'Edit',
  compare: 'Compare',
  movers: 'Who moves',
  bridge: 'Bridge',
  sensitivity: 'Sensitivity',
  breakeven: 'Break-even',
};

/**
 * What-if scenarios: the list of scenarios, then tabs to edit the active
 * one, compare up to four side by side, see who moves and the margin
 * bridge between any two, sweep a threshold and solve break-evens.
 */
export function ScenarioScreen({
  virtualise,
}: {
  /** Off in jsdom tests (AG Grid renders only rows in its buffer). */
  readonly virtualise?: boolean;
}) {
  const tab = useScenarioView((s) => s.tab);
  const hasPortfolio = useWorkspaceStore((s) => s.baseline !== null);

  if (!hasPortfolio) {
    return (
      <EmptyState name="scenario" title="Scenarios" message={NO_PORTFOLIO} />
    );
  }

  return (
    <Screen name="scenario" title="Scenarios">
      <Panel
        title="Scenarios"
        note="A scenario is a named copy of the baseline policy with edits"
      >
        <ScenarioManager />
      </Panel>
      <ScenarioTabs current={tab} />
      <div
        role="tabpanel"
        id={`scenario-panel-${tab}`}
        aria-labelledby={`scenario-tab-${tab}`}
        className="sc-tabpanel"
      >
        {tabContent(tab, virtualise)}
      </div>
    </Screen>
  );
}

function tabContent(tab: ScenarioTab, virtualise?: boolean): ReactNode {
  switch (tab) {
    case 'edit':
      return <EditTab />;
    case 'compare':
      return (
        <CompareTab>
          <ActivePolicyPanel compact />
        </CompareTab>
      );
    case 'movers':
      return <MoversTab virtualise={virtualise} />;
    case 'bridge':
      return <BridgeTab />;
    case 'sensitivity':
      return <SensitivityPanel />;
    case 'breakeven':
      return <BreakEvenPanel />;
  }
}

function ScenarioTabs({ current }: { readonly current: ScenarioTab }) {
  return (
    <div
      className="sc-tabs"
      role="tablist"
      aria-label="Scenario views"
      onKeyDown={(event) => {
        const next = stepTab(current, event.key);
        if (!next) return;
        event.preventDefault();
        showScenarioTab(next);
        document.getElementById(`scenario-tab-${next}`)?.focus();
      }}
    >
      {SCENARIO_TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={`scenario-tab-${tab}`}
          data-testid={`scenario-tab-${tab}`}
          aria-selected={tab === current}
          aria-controls={`scenario-panel-${tab}`}
          tabIndex={tab === current ? 0 : -1}
          className={`sc-tab${tab === current ? ' sc-tab--current' : ''}`}
          onClick={() => showScenarioTab(tab)}
        >
          {TAB_LABELS[tab]}
        </button>
      ))}
    </div>
  );
}

/** The tab the arrow, Home and End keys move to, as tab lists do. */
export function stepTab(current: ScenarioTab, key: string): ScenarioTab | null {
  const at = SCENARIO_TABS.indexOf(current);
  const last = SCENARIO_TABS.length - 1;
  const to =
    key === 'ArrowRight'
      ? (at + 1) % SCENARIO_TABS.length
      : key === 'ArrowLeft'
        ? (at + last) % SCENARIO_TABS.length
        : key === 'Home'
          ? 0
          : key === 'End'
            ? last
            : null;
  return to === null ? null : SCENARIO_TABS[to]!;
}

/** The active scenario's figures against the baseline, its policy and history. */
function EditTab() {
  const policy = useWorkspaceStore((s) => s.scenarioPolicy);
  const baseline = useWorkspaceStore((s) => s.baseline);
  const scenario = useWorkspaceStore((s) => s.scenario);
  const currency = useWorkspaceStore((s) => s.currency);

  return (
    <>
      {policy && baseline && scenario && (
        <ScenarioSummaryPanel
          name={policy.name}
          baseline={baseline}
          scenario={scenario}
          currency={currency}
        />
      )}
      <ActivePolicyPanel />
      <ScenarioHistoryPanel />
    </>
  );
}

/** The active scenario's policy editor; every change applies at once. */
function ActivePolicyPanel({ compact }: { readonly compact?: boolean }) {
  const activeId = useWorkspaceStore((s) => s.activeScenarioId);
  const policy = useWorkspaceStore((s) => s.scenarioPolicy);
  const reference = useWorkspaceStore((s) => s.baselinePolicy);

  if (!activeId || !policy) {
    return (
      <p className="ui-empty">
        Create a scenario from the baseline, or pick one, to edit its policy.
      </p>
    );
  }
  return (
    <Panel
      title={`Policy of ${policy.name}`}
      note={
        compact
          ? 'Edits show in the comparison above as you type'
          : 'Changes apply as you type; values that differ from the baseline show it below'
      }
    >
      <PolicyEditor
        key={activeId}
        policy={policy}
        reference={reference}
        onApply={updateScenarioPolicy}
      />
    </Panel>
  );
}
