// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const actions = vi.hoisted(() => ({
  createScenario: vi.fn(async (_name: string) => 'new-id'),
  activateScenario: vi.fn(async (_id: string | null) => undefined),
  renameScenario: vi.fn(async (_id: string, _name: string) => undefined),
  deleteScenario: vi.fn(async (_id: string) => undefined),
  updateScenarioPolicy: vi.fn(async (_policy: unknown) => undefined),
}));
vi.mock('../../../../renderer/app/workspace-actions', () => actions);
vi.mock('../../../../renderer/platform/index', () => ({
  saveFile: vi.fn(async () => true),
  pickFile: vi.fn(async () => null),
  logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() },
}));

import { ScenarioScreen } from '../../../../renderer/features/scenario/ScenarioScreen';
import { useNotificationsStore } from '../../../../renderer/app/notifications-store';
import {
  initialWorkspaceState,
  useWorkspaceStore,
} from '../../../../renderer/app/workspace-store';
import type { Policy } from '../../../../shared/policy';
import { getSmallFixture } from '../fixtures';
import {
  fire,
  render,
  typeInto,
  waitFor,
  type Rendered,
} from '../../ui/render';

let view: Rendered | null = null;
const click = (id: string) =>
  fire(view!.byTestId(id), new MouseEvent('click', { bubbles: true }));

function showScenario() {
  const { scenario, scenarioPolicy } = getSmallFixture();
  useWorkspaceStore.setState({
    scenarios: [
      {
        id: 's1',
        name: scenarioPolicy.name,
        updatedAt: '2026-09-30T00:00:00Z',
      },
    ],
    activeScenarioId: 's1',
    scenarioPolicy,
    scenario,
  });
}

beforeEach(() => {
  const { columns, baseline, baselinePolicy } = getSmallFixture();
  useWorkspaceStore.setState({
    ...initialWorkspaceState,
    status: 'ready',
    columns,
    baseline,
    baselinePolicy,
  });
  useNotificationsStore.setState({ items: [] });
  Object.values(actions).forEach((fn) => fn.mockClear());
});

afterEach(async () => {
  await view?.unmount();
  view = null;
});

describe('ScenarioScreen', () => {
  it('creates a scenario from the baseline with the typed name', async () => {
    view = await render(<ScenarioScreen />);
    expect(view.queryByTestId('policy-input-tiers.SMB.csm_ratio')).toBeNull();
    await typeInto(view.byTestId('scenario-new-name'), 'Pool Mid-Market');
    await click('scenario-create');
    expect(actions.createScenario).toHaveBeenCalledWith('Pool Mid-Market');
  });

  it('edits the active scenario through updateScenarioPolicy', async () => {
    showScenario();
    view = await render(<ScenarioScreen />);
    const input = view.byTestId('policy-input-tiers.SMB.csm_ratio');
    expect((input as HTMLInputElement).value).toBe('40');
    expect(input.closest('.pe-field')!.textContent).toContain('Baseline 50');
    await typeInto(input, '25');
    await fire(
      input,
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }),
    );
    expect(actions.updateScenarioPolicy).toHaveBeenCalledTimes(1);
    const policy = actions.updateScenarioPolicy.mock.calls[0]![0] as Policy;
    expect(policy.tiers.SMB.csm_ratio).toBe(25);
    expect(policy.tiers['Mid-Market'].min_workers).toBe(20);
  });

  it('shows the summary and the tier changes against the baseline', async () => {
    showScenario();
    const { baseline, scenario } = getSmallFixture();
    view = await render(<ScenarioScreen />);
    const smbNow = scenario.segments.find(
      (s) => s.segment === 'SMB',
    )!.client_count;
    const smbBefore = baseline.segments.find(
      (s) => s.segment === 'SMB',
    )!.client_count;
    expect(view.byTestId('summary-clients-SMB').textContent).toBe(
      String(smbNow),
    );
    expect(view.byTestId('summary-clients-SMB-delta').textContent).toBe(
      `+${smbNow - smbBefore}`,
    );
    expect(view.byTestId('scenario-movers-count').textContent).toBe(
      `${smbNow - smbBefore} clients change service tier`,
    );
  });

  it('goes back to the baseline, renames, and deletes only after confirming', async () => {
    showScenario();
    view = await render(<ScenarioScreen />);
    await click('scenario-baseline');
    expect(actions.activateScenario).toHaveBeenCalledWith(null);

    await typeInto(view.byTestId('scenario-name-input'), 'Renamed');
    await click('scenario-rename');
    expect(actions.renameScenario).toHaveBeenCalledWith('s1', 'Renamed');

    await click('scenario-delete');
    expect(actions.deleteScenario).not.toHaveBeenCalled();
    await click('scenario-delete-confirm');
    expect(actions.deleteScenario).toHaveBeenCalledWith('s1');
  });

  it('reports a failed action in the notifications area', async () => {
    actions.createScenario.mockRejectedValueOnce(new Error('storage is full'));
    view = await render(<ScenarioScreen />);
    await click('scenario-create');
    await waitFor(() =>
      expect(useNotificationsStore.getState().items).toHaveLength(1),
    );
    expect(useNotificationsStore.getState().items[0]!.message).toContain(
      'storage is full',
    );
  });
});
