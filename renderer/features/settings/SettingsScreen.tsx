import { useEffect, useState } from 'react';

import { useWorkspaceStore } from '../../app/workspace-store';
import { getAppInfo, isDesktop, type AppInfo } from '../../platform/index';
import { ConfirmBar } from '../../ui/ConfirmBar';
import { Panel, Screen } from '../../ui/Panel';
import { BASELINE_ID } from '../../db/policies-repo';
import { PolicyEditor } from '../scenario/PolicyEditor';
import { HistoryButtons } from '../scenario/history/HistoryButtons';
import { PolicyHistoryList } from '../scenario/history/ScenarioHistoryPanel';
import { runExportPolicy } from '../scenario/scenario-commands';
import {
  applyBaselinePolicy,
  backUpWorkspace,
  pickBackup,
  resetBaselinePolicy,
  restoreWorkspace,
  saveUserName,
  type PickedBackup,
} from './settings-commands';

/** The baseline policy, backup and restore, and what this app is. */
export function SettingsScreen() {
  const policy = useWorkspaceStore((s) => s.baselinePolicy);
  const [confirmReset, setConfirmReset] = useState(false);

  return (
    <Screen name="settings" title="Settings">
      <Panel
        title="Baseline policy"
        note="The defaults every scenario starts from; changes apply to the baseline figures at once"
        actions={
          <>
            <HistoryButtons policyId={BASELINE_ID} />
            <button
              type="button"
              className="button"
              data-testid="baseline-export"
              onClick={() => void runExportPolicy(policy)}
            >
              Save as policy file
            </button>
            {confirmReset ? (
              <>
                <span>Replace the baseline with the built-in defaults?</span>
                <button
                  type="button"
                  className="button ui-danger"
                  data-testid="baseline-reset-confirm"
                  onClick={() => {
                    setConfirmReset(false);
                    void resetBaselinePolicy();
                  }}
                >
                  Reset
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => setConfirmReset(false)}
                >
                  Keep
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button"
                data-testid="baseline-reset"
                onClick={() => setConfirmReset(true)}
              >
                Reset to defaults
              </button>
            )}
          </>
        }
      >
        <PolicyEditor policy={policy} onApply={applyBaselinePolicy} />
      </Panel>
      <Panel
        title="Baseline edit history"
        note="Newest first; every change of the baseline, by whom and when"
      >
        <PolicyHistoryList policyId={BASELINE_ID} testId="baseline-history" />
      </Panel>
      <div className="ui-grid-2">
        <UserPanel />
        <BackupPanel />
      </div>
      <AppInfoPanel />
    </Screen>
  );
}

function UserPanel() {
  const userName = useWorkspaceStore((s) => s.userName);
  const [draft, setDraft] = useState(userName);
  useEffect(() => setDraft(userName), [userName]);
  const save = () => {
    if (draft.trim() === userName) return;
    // A blank name falls back to the default: show what was kept.
    void saveUserName(draft).then(() =>
      setDraft(useWorkspaceStore.getState().userName),
    );
  };
  return (
    <Panel
      title="You"
      note="Every policy and scenario edit is logged under this name"
    >
      <label className="ui-toggle">
        <span>Your name</span>
        <input
          type="text"
          data-testid="settings-user-name"
          value={draft}
          maxLength={80}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
          }}
        />
      </label>
    </Panel>
  );
}

function BackupPanel() {
  const [busy, setBusy] = useState(false);
  const [picked, setPicked] = useState<PickedBackup | null>(null);
  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    await task();
    setBusy(false);
  };
  const pick = () => run(async () => setPicked(await pickBackup()));
  const restore = (file: PickedBackup) => {
    setPicked(null);
    void run(() => restoreWorkspace(file));
  };

  return (
    <Panel
      title="Backup and restore"
      note="Imports, periods, policies and scenarios in one file"
    >
      <p className="st-text">
        A restore replaces everything in this workspace with the file&apos;s
        content. A damaged or foreign file is refused and nothing changes.
      </p>
      {picked ? (
        <div data-testid="backup-restore-ask">
          <ConfirmBar
            testId="backup-restore"
            question={
              <>Replace everything in this workspace with {picked.name}?</>
            }
            confirmLabel="Replace workspace"
            onConfirm={() => restore(picked)}
            onCancel={() => setPicked(null)}
          />
        </div>
      ) : (
        <div className="ui-toolbar">
          <button
            type="button"
            className="button"
            data-testid="backup-export"
            disabled={busy}
            onClick={() => void run(backUpWorkspace)}
          >
            Back up workspace
          </button>
          <button
            type="button"
            className="button"
            data-testid="backup-restore"
            disabled={busy}
            onClick={() => void pick()}
          >
            Restore from backup…
          </button>
        </div>
      )}
    </Panel>
  );
}

function AppInfoPanel() {
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    let live = true;
    void getAppInfo().then((value) => live && setInfo(value));
    return () => {
      live = false;
    };
  }, []);

  return (
    <Panel title="About">
      <dl className="st-info" data-testid="app-info">
        <dt>Application</dt>
        <dd>{info ? `${info.name} ${info.version}` : 'Tierwise'}</dd>
        <dt>Runs as</dt>
        <dd>
          {isDesktop()
            ? 'Desktop app'
            : 'Browser (files open through the page, saves are downloads)'}
        </dd>
        {info && (
          <>
            <dt>Platform</dt>
            <dd>{`${info.platform} ${info.arch} · Electron ${info.electron} · Chromium ${info.chrome}`}</dd>
            <dt>Data folder</dt>
            <dd>
              <code>{info.userDataDirectory}</code>
            </dd>
            <dt>Logs</dt>
            <dd>
              <code>{info.logDirectory}</code>
            </dd>
          </>
        )}
        <dt>Storage</dt>
        <dd>
          Everything stays on this machine (IndexedDB); nothing is sent
          anywhere.
        </dd>
      </dl>
    </Panel>
  );
}
