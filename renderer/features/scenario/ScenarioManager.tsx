import { useState } from 'react';

import { useShallow } from 'zustand/react/shallow';

import { useWorkspaceStore } from '../../app/workspace-store';
import {
  runActivateScenario,
  runCreateScenario,
  runDeleteScenario,
  runExportPolicy,
  runImportPolicy,
  runRenameScenario,
} from './scenario-commands';

/** Pick, create, rename and delete scenarios. */
export function ScenarioManager() {
  const scenarios = useWorkspaceStore(useShallow((s) => s.scenarios));
  const activeId = useWorkspaceStore((s) => s.activeScenarioId);
  const baselinePolicy = useWorkspaceStore((s) => s.baselinePolicy);
  const [newName, setNewName] = useState('');
  const active = scenarios.find((s) => s.id === activeId) ?? null;

  const create = async () => {
    if (await runCreateScenario(newName)) setNewName('');
  };

  return (
    <div className="sc-manager">
      <div className="ui-toolbar">
        <label className="ui-toggle">
          <span className="muted">Active</span>
          <select
            data-testid="scenario-select"
            value={activeId ?? ''}
            onChange={(e) => void runActivateScenario(e.target.value || null)}
          >
            <option value="">Baseline only</option>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          data-testid="scenario-baseline"
          disabled={activeId === null}
          onClick={() => void runActivateScenario(null)}
        >
          Show baseline only
        </button>
        <span className="sc-spacer" />
        <input
          type="text"
          data-testid="scenario-new-name"
          aria-label="New scenario name"
          placeholder={`Scenario ${scenarios.length + 1}`}
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
        <button
          type="button"
          className="button"
          data-testid="scenario-import"
          title="A policy JSON file, as the report command's --policy reads"
          onClick={() => void runImportPolicy(baselinePolicy)}
        >
          Import policy file…
        </button>
      </div>
      {active && <ActiveScenario key={active.id} {...active} />}
    </div>
  );
}

function ActiveScenario({ id, name }: { id: string; name: string }) {
  const policy = useWorkspaceStore((s) => s.scenarioPolicy);
  const [draft, setDraft] = useState(name);
  const [confirming, setConfirming] = useState(false);
  const trimmed = draft.trim();

  return (
    <div className="ui-toolbar sc-active">
      <label className="ui-toggle">
        <span className="muted">Name</span>
        <input
          type="text"
          data-testid="scenario-name-input"
          value={draft}
          maxLength={120}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && trimmed && trimmed !== name)
              void runRenameScenario(id, trimmed);
          }}
        />
      </label>
      <button
        type="button"
        className="button"
        data-testid="scenario-rename"
        disabled={!trimmed || trimmed === name}
        onClick={() => void runRenameScenario(id, trimmed)}
      >
        Rename
      </button>
      <button
        type="button"
        className="button"
        data-testid="scenario-export"
        disabled={!policy}
        onClick={() => policy && void runExportPolicy(policy)}
      >
        Save policy file
      </button>
      {confirming ? (
        <>
          <span>Delete “{name}”?</span>
          <button
            type="button"
            className="button ui-danger"
            data-testid="scenario-delete-confirm"
            onClick={() => void runDeleteScenario(id)}
          >
            Delete
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setConfirming(false)}
          >
            Keep
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button ui-danger"
          data-testid="scenario-delete"
          onClick={() => setConfirming(true)}
        >
          Delete scenario
        </button>
      )}
    </div>
  );
}
