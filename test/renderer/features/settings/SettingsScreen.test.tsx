// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const backup = vi.hoisted(() => ({
  exportBackup: vi.fn(async () => '{}'),
  restoreBackup: vi.fn(async () => ({ periods: 8, policies: 1 })),
}));
const platform = vi.hoisted(() => ({
  saveFile: vi.fn(async () => true),
  pickFile: vi.fn(
    async (): Promise<{ name: string; bytes: Uint8Array } | null> => null,
  ),
  getAppInfo: vi.fn(async () => null),
  isDesktop: () => false,
  logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() },
}));
const actions = vi.hoisted(() => ({
  updateBaselinePolicy: vi.fn(async (_policy: unknown) => undefined),
  setUserName: vi.fn(async (_name: string) => undefined),
}));
vi.mock('../../../../renderer/app/workspace-actions', () => actions);
const history = vi.hoisted(() => ({
  undoPolicyEdit: vi.fn(async (_id?: string | null) => true),
  redoPolicyEdit: vi.fn(async (_id?: string | null) => true),
}));
vi.mock('../../../../renderer/app/scenario-history-actions', () => history);
vi.mock('../../../../renderer/app/workspace-loader', () => ({
  loadWorkspace: vi.fn(async () => undefined),
}));
vi.mock('../../../../renderer/db/db', () => ({ getDb: vi.fn() }));
vi.mock('../../../../renderer/db/backup', () => backup);
vi.mock('../../../../renderer/platform/index', () => platform);

import { SettingsScreen } from '../../../../renderer/features/settings/SettingsScreen';
import {
  backupFileName,
  restoredMessage,
} from '../../../../renderer/features/settings/settings-commands';
import {
  initialWorkspaceState,
  useWorkspaceStore,
} from '../../../../renderer/app/workspace-store';
import { DEFAULT_POLICY, type Policy } from '../../../../shared/policy';
import { act } from 'react';

import { fire, render, typeInto, wait, type Rendered } from '../../ui/render';

let view: Rendered | null = null;
const click = (id: string) =>
  fire(view!.byTestId(id), new MouseEvent('click', { bubbles: true }));

beforeEach(() => {
  useWorkspaceStore.setState({ ...initialWorkspaceState, status: 'ready' });
  actions.updateBaselinePolicy.mockClear();
  actions.setUserName.mockClear();
  history.undoPolicyEdit.mockClear();
});

afterEach(async () => {
  await view?.unmount();
  view = null;
});

describe('SettingsScreen', () => {
  it('edits the baseline policy', async () => {
    view = await render(<SettingsScreen />);
    await typeInto(
      view.byTestId('policy-input-costs.csm_annual_cost'),
      '130,000',
    );
    await wait(200);
    const policy = actions.updateBaselinePolicy.mock.calls[0]![0] as Policy;
    expect(policy.costs.csm_annual_cost).toBe(130000);
  });

  it('resets to the built-in defaults only after confirming', async () => {
    view = await render(<SettingsScreen />);
    await click('baseline-reset');
    expect(actions.updateBaselinePolicy).not.toHaveBeenCalled();
    await click('baseline-reset-confirm');
    expect(actions.updateBaselinePolicy).toHaveBeenCalledWith(DEFAULT_POLICY);
  });

  it('offers backup and restore and names the backup by day', async () => {
    view = await render(<SettingsScreen />);
    expect(view.byTestId('backup-export').textContent).toBe(
      'Back up workspace',
    );
    expect(view.byTestId('backup-restore')).toBeTruthy();
    expect(backupFileName(new Date('2026-09-30T12:00:00Z'))).toBe(
      'tierwise-backup-2026-09-30.json',
    );
  });

  it('asks before a picked backup replaces the workspace', async () => {
    platform.pickFile.mockResolvedValueOnce({
      name: 'tierwise-backup-2026-09-30.json',
      bytes: new TextEncoder().encode('{}'),
    });
    view = await render(<SettingsScreen />);
    await click('backup-restore');
    await wait(0);
    expect(view.byTestId('backup-restore-ask').textContent).toContain(
      'tierwise-backup-2026-09-30.json',
    );
    expect(backup.restoreBackup).not.toHaveBeenCalled();
    await click('backup-restore-cancel');
    expect(backup.restoreBackup).not.toHaveBeenCalled();

    platform.pickFile.mockResolvedValueOnce({
      name: 'b.json',
      bytes: new TextEncoder().encode('{}'),
    });
    await click('backup-restore');
    await wait(0);
    await click('backup-restore-confirm');
    await wait(0);
    expect(backup.restoreBackup).toHaveBeenCalledTimes(1);
  });

  it('undoes and redoes baseline edits from its own buttons', async () => {
    view = await render(<SettingsScreen />);
    const undo = view.byTestId('baseline-undo') as HTMLButtonElement;
    expect(undo.disabled).toBe(true);
    expect((view.byTestId('baseline-redo') as HTMLButtonElement).disabled).toBe(
      true,
    );
    await act(async () =>
      useWorkspaceStore.setState({ baselineCanUndo: true, canUndo: false }),
    );
    expect(undo.disabled).toBe(false);
    await click('baseline-undo');
    expect(history.undoPolicyEdit).toHaveBeenCalledWith('baseline');
  });

  it('shows and saves the name edits are logged under', async () => {
    view = await render(<SettingsScreen />);
    const name = view.byTestId('settings-user-name') as HTMLInputElement;
    expect(name.value).toBe('Local user');
    expect(view.container.textContent).toContain('Your name');
    await typeInto(name, 'Ana Lopez');
    await fire(
      name,
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }),
    );
    expect(actions.setUserName).toHaveBeenCalledWith('Ana Lopez');
    await act(async () => useWorkspaceStore.setState({ userName: 'Bo' }));
    expect(name.value).toBe('Bo');
  });

  it('counts what a restore brought back in the right number', () => {
    expect(restoredMessage('b.json', { periods: 8, policies: 1 })).toBe(
      'Restored b.json: 8 periods, 1 policy.',
    );
    expect(restoredMessage('b.json', { periods: 1, policies: 3 })).toBe(
      'Restored b.json: 1 period, 3 policies.',
    );
  });
});
