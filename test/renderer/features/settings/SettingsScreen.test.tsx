// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const actions = vi.hoisted(() => ({
  updateBaselinePolicy: vi.fn(async (_policy: unknown) => undefined),
}));
vi.mock('../../../../renderer/app/workspace-actions', () => actions);
vi.mock('../../../../renderer/app/workspace-loader', () => ({
  loadWorkspace: vi.fn(async () => undefined),
}));
vi.mock('../../../../renderer/db/db', () => ({ getDb: vi.fn() }));
vi.mock('../../../../renderer/db/backup', () => ({
  exportBackup: vi.fn(async () => '{}'),
  restoreBackup: vi.fn(async () => ({ periods: 1, policies: 1 })),
}));
vi.mock('../../../../renderer/platform/index', () => ({
  saveFile: vi.fn(async () => true),
  pickFile: vi.fn(async () => null),
  getAppInfo: vi.fn(async () => null),
  isDesktop: () => false,
  logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() },
}));

import { SettingsScreen } from '../../../../renderer/features/settings/SettingsScreen';
import { backupFileName } from '../../../../renderer/features/settings/settings-commands';
import {
  initialWorkspaceState,
  useWorkspaceStore,
} from '../../../../renderer/app/workspace-store';
import { DEFAULT_POLICY, type Policy } from '../../../../shared/policy';
import { fire, render, typeInto, wait, type Rendered } from '../../ui/render';

let view: Rendered | null = null;
const click = (id: string) =>
  fire(view!.byTestId(id), new MouseEvent('click', { bubbles: true }));

beforeEach(() => {
  useWorkspaceStore.setState({ ...initialWorkspaceState, status: 'ready' });
  actions.updateBaselinePolicy.mockClear();
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
});
