import { useEffect, useState } from 'react';

import { useShallow } from 'zustand/react/shallow';

import {
  useWorkspaceStore,
  type ScenarioSummary,
} from '../../app/workspace-store';
import {
  runActivateScenario,
  runCloneScenario,
  runCreateScenario,
  runDeleteScenario,
  runExportPolicy,
  runImportPolicy,
  runRenameScenario,
  runReorderScenario,
} from './scenario-commands';
import { ConfirmBar } from '../../ui/ConfirmBar';
import { HistoryButtons } from './history/HistoryButtons';
import './history/scenario-workspace.css';

/** The scenario list: pick, create, clone, rename, reorder, delete, undo. */
export function ScenarioManager() {
  const scenarios = useWorkspaceStore(useShallow((s) => s.scenarios));
  const activeId = useWorkspaceStore((s) => s.activeScenarioId);
  const index = scenarios.findIndex((s) => s.id === activeId);
  const active = scenarios[index] ?? null;

  return (
    <div className="sc-manager">
      <ScenarioList scenarios={scenarios} activeId={activeId} />
      <CreateBar count={scenarios.length} />
      {active && (
        <ActiveScenario
          key={active.id}
          scenario={active}
          isFirst={index === 0}
          isLast={index === scenarios.length - 1}
        />
      )}
    </div>
  );
}

function ScenarioList({
  scenarios,
  activeId,
}: {
  readonly scenarios: readonly ScenarioSummary[];
  readonly activeId: string | null;
}) {
  return (
    <ol className="sc-list" aria-label="Scenarios">
      <li>
        <button
          type="button"
          className="sc-list__item sc-list__item--baseline"
          data-testid="scenario-baseline"
          aria-current={activeId === null ? 'true' : undefined}
          onClick={() => void runActivateScenario(null)}
        >
          Baseline only
        </button>
      </li>
      {scenarios.map((s) => (
        <li key={s.id}>
          <button
            type="button"
            className="sc-list__item"
            data-testid="scenario-item"
            data-name={s.name}
            aria-current={s.id === activeId ? 'true' : undefined}
            title={`Edited ${new Date(s.updatedAt).toLocaleString()}`}
            onClick={() => void runActivateScenario(s.id)}
          >
            {s.name}
          </button>
        </li>
      ))}
    </ol>
  );
}

function CreateBar({ count }: { readonly count: number }) {
  const baselinePolicy = useWorkspaceStore((s) => s.baselinePolicy);
  const [newName, setNewName] = useState('');
  const create = async () => {
    if (await runCreateScenario(newName)) setNewName('');
  };
  return (
    <div className="ui-toolbar">
      <input
        type="text"
        data-testid="scenario-new-name"
        aria-label="New scenario name"
        placeholder={`Scenario ${count + 1}`}
        value={newName}
        maxLength={120}
        onChange={(e) => setNewName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void create();
        }}
      />
      <button
        type="button"
        className="button button-primary"
        data-testid="scenario-create"
        onClick={() => void create()}
      >
        New scenario from baseline
      </button>
      <span className="sc-spacer" />
      <button
        type="button"
        className="button"
        data-testid="scenario-import-policy"
        title="A policy JSON file, as the report command's --policy reads"
        onClick={() => void runImportPolicy(baselinePolicy)}
      >
        Import policy file…
      </button>
    </div>
  );
}

type ActiveProps = {
  readonly scenario: ScenarioSummary;
  readonly isFirst: boolean;
  readonly isLast: boolean;
};

function ActiveScenario({ scenario, isFirst, isLast }: ActiveProps) {
  const { id } = scenario;
  const policy = useWorkspaceStore((s) => s.scenarioPolicy);
  return (
    <div className="ui-toolbar sc-active">
      <RenameField id={id} name={scenario.name} />
      <HistoryButtons policyId={id} />
      <button
        type="button"
        className="button"
        data-testid="scenario-clone"
        title="A copy of this scenario's policy, added at the end"
        onClick={() => void runCloneScenario(id)}
      >
        Clone
      </button>
      <button
        type="button"
        className="button"
        data-testid="scenario-move-up"
        aria-label="Move up"
        disabled={isFirst}
        onClick={() => void runReorderScenario(id, -1)}
      >
        Move up
      </button>
      <button
        type="button"
        className="button"
        data-testid="scenario-move-down"
        aria-label="Move down"
        disabled={isLast}
        onClick={() => void runReorderScenario(id, 1)}
      >
        Move down
      </button>
      <button
        type="button"
        className="button"
        data-testid="scenario-export-policy"
        title="This scenario as JSON, for the report command's --policy or an import"
        disabled={!policy}
        onClick={() => policy && void runExportPolicy(policy)}
      >
        Save policy file
      </button>
      <DeleteButton id={id} name={scenario.name} />
    </div>
  );
}

function RenameField({
  id,
  name,
}: {
  readonly id: string;
  readonly name: string;
}) {
  const [draft, setDraft] = useState(name);
  // A rename from elsewhere (undo, redo) shows in the field.
  useEffect(() => setDraft(name), [name]);
  const trimmed = draft.trim();
  const taken = useWorkspaceStore((s) =>
    s.scenarios.some((other) => other.id !== id && other.name === trimmed),
  );
  const canRename = trimmed !== '' && trimmed !== name && !taken;
  const rename = () => {
    if (canRename) void runRenameScenario(id, trimmed);
  };
  return (
    <>
      <label className="ui-toggle">
        <span className="muted">Name</span>
        <input
          type="text"
          data-testid="scenario-name-input"
          value={draft}
          maxLength={120}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') rename();
          }}
        />
      </label>
      <button
        type="button"
        className="button"
        data-testid="scenario-rename"
        disabled={!canRename}
        onClick={rename}
      >
        Rename
      </button>
      {taken && (
        <span
          className="pe-error"
          role="status"
          data-testid="scenario-name-taken"
        >
          Another scenario is called {trimmed}
        </span>
      )}
    </>
  );
}

function DeleteButton({
  id,
  name,
}: {
  readonly id: string;
  readonly name: string;
}) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        className="button ui-danger"
        data-testid="scenario-delete"
        onClick={() => setConfirming(true)}
      >
        Delete scenario
      </button>
    );
  }
  return (
    <ConfirmBar
      className="sc-confirm"
      testId="scenario-delete"
      question={<>Delete “{name}” and its history?</>}
      confirmLabel="Delete"
      onConfirm={() => void runDeleteScenario(id)}
      onCancel={() => setConfirming(false)}
    />
  );
}
