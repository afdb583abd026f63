// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const actions = vi.hoisted(() => ({
  createScenario: vi.fn(async (_name: string) => 'new-id'),
  cloneScenario: vi.fn(async (_id: string) => 'copy-id'),
  activateScenario: vi.fn(async (_id: string | null) => undefined),
  renameScenario: vi.fn(async (_id: string, _name: string) => undefined),
  reorderScenario: vi.fn(async (_id: string, _d: -1 | 1) => undefined),
  deleteScenario: vi.fn(async (_id: string) => undefined),
  importScenario: vi.fn(async (_policy: unknown, _file: string) => 'imported'),
}));
vi.mock('../../../../renderer/app/workspace-actions', () => actions);
const history = vi.hoisted(() => ({
  undoPolicyEdit: vi.fn(async (_id?: string | null) => true),
  redoPolicyEdit: vi.fn(async (_id?: string | null) => true),
}));
vi.mock('../../../../renderer/app/scenario-history-actions', () => history);
const platform = vi.hoisted(() => ({
  saveFile: vi.fn(async () => true),
  pickFile: vi.fn(
    async (): Promise<{ name: string; bytes: Uint8Array } | null> => null,
  ),
  logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() },
}));
vi.mock('../../../../renderer/platform/index', () => platform);

import { ScenarioManager } from '../../../../renderer/features/scenario/ScenarioManager';
import {
  initialWorkspaceState,
  useWorkspaceStore,
} from '../../../../renderer/app/workspace-store';
import {
  DEFAULT_POLICY,
  clonePolicy,
  type Policy,
} from '../../../../shared/policy';
import { act } from 'react';
import {
  fire,
  render,
  typeInto,
  waitFor,
  type Rendered,
} from '../../ui/render';

let view: Rendered | null = null;
const button = (id: string) => view!.byTestId(id) as HTMLButtonElement;
const click = (el: HTMLElement) =>
  fire(el, new MouseEvent('click', { bubbles: true }));
const items = () =>
  Array.from(
    view!.container.querySelectorAll<HTMLElement>(
      '[data-testid="scenario-item"]',
    ),
  );

const summary = (id: string, name: string) => ({
  id,
  name,
  updatedAt: '2026-09-30T09:00:00Z',
});

beforeEach(async () => {
  useWorkspaceStore.setState({
    ...initialWorkspaceState,
    status: 'ready',
    scenarios: [
      summary('a', 'First'),
      summary('b', 'Second'),
      summary('c', 'Third'),
    ],
    activeScenarioId: 'b',
    scenarioPolicy: clonePolicy(DEFAULT_POLICY, 'Second'),
  });
  Object.values(actions).forEach((fn) => fn.mockClear());
  Object.values(history).forEach((fn) => fn.mockClear());
  view = await render(<ScenarioManager />);
});

afterEach(async () => {
  await view?.unmount();
  view = null;
});

describe('ScenarioManager', () => {
  it('lists the scenarios in order with the active one marked, and switches on a click', async () => {
    expect(items().map((el) => el.dataset.name)).toEqual([
      'First',
      'Second',
      'Third',
    ]);
    expect(items().map((el) => el.getAttribute('aria-current'))).toEqual([
      null,
      'true',
      null,
    ]);
    await click(items()[2]!);
    expect(actions.activateScenario).toHaveBeenCalledWith('c');
    await click(button('scenario-baseline'));
    expect(actions.activateScenario).toHaveBeenLastCalledWith(null);
  });

  it('creates from the baseline and clones the active scenario', async () => {
    await click(button('scenario-create'));
    expect(actions.createScenario).toHaveBeenCalledWith('');
    await click(button('scenario-clone'));
    expect(actions.cloneScenario).toHaveBeenCalledWith('b');
  });

  it('moves the active scenario up and down, not past the ends', async () => {
    await click(button('scenario-move-up'));
    await click(button('scenario-move-down'));
    expect(actions.reorderScenario.mock.calls).toEqual([
      ['b', -1],
      ['b', 1],
    ]);
    await act(async () =>
      useWorkspaceStore.setState({ activeScenarioId: 'a' }),
    );
    expect(button('scenario-move-up').disabled).toBe(true);
    expect(button('scenario-move-down').disabled).toBe(false);
    await act(async () =>
      useWorkspaceStore.setState({ activeScenarioId: 'c' }),
    );
    expect(button('scenario-move-down').disabled).toBe(true);
  });

  it('renames, and shows a name changed elsewhere (an undone rename)', async () => {
    const name = view!.byTestId('scenario-name-input') as HTMLInputElement;
    expect(button('scenario-rename').disabled).toBe(true);
    await typeInto(name, 'Pool Mid-Market');
    await click(button('scenario-rename'));
    expect(actions.renameScenario).toHaveBeenCalledWith('b', 'Pool Mid-Market');

    await act(async () =>
      useWorkspaceStore.setState({
        scenarios: [
          summary('a', 'First'),
          summary('b', 'Back'),
          summary('c', 'Third'),
        ],
      }),
    );
    expect(name.value).toBe('Back');
  });

  it('will not rename to the name of another scenario, and says why', async () => {
    const name = view!.byTestId('scenario-name-input') as HTMLInputElement;
    await typeInto(name, 'Third ');
    expect(button('scenario-rename').disabled).toBe(true);
    expect(view!.byTestId('scenario-name-taken').textContent).toBe(
      'Another scenario is called Third',
    );
    await typeInto(name, 'Thirds');
    expect(view!.queryByTestId('scenario-name-taken')).toBeNull();
    expect(button('scenario-rename').disabled).toBe(false);
  });

  it('deletes only after a confirmation, and can keep it', async () => {
    await click(button('scenario-delete'));
    expect(actions.deleteScenario).not.toHaveBeenCalled();
    await click(button('scenario-delete-cancel'));
    expect(view!.queryByTestId('scenario-delete-confirm')).toBeNull();
    await click(button('scenario-delete'));
    await click(button('scenario-delete-confirm'));
    expect(actions.deleteScenario).toHaveBeenCalledWith('b');
  });

  it('undoes and redoes the active scenario, each button enabled only when there is a step', async () => {
    expect(button('scenario-undo').disabled).toBe(true);
    expect(button('scenario-redo').disabled).toBe(true);
    await act(async () => useWorkspaceStore.setState({ canUndo: true }));
    expect(button('scenario-undo').disabled).toBe(false);
    expect(button('scenario-redo').disabled).toBe(true);
    await click(button('scenario-undo'));
    expect(history.undoPolicyEdit).toHaveBeenCalledWith('b');
    await act(async () => useWorkspaceStore.setState({ canRedo: true }));
    await click(button('scenario-redo'));
    expect(history.redoPolicyEdit).toHaveBeenCalledWith('b');
  });

  it('imports a policy file as a new scenario named after the file', async () => {
    platform.pickFile.mockResolvedValueOnce({
      name: 'pool-mid-market.json',
      bytes: new TextEncoder().encode('{"tiers":{"SMB":{"csm_ratio":45}}}'),
    });
    await click(button('scenario-import-policy'));
    await waitFor(() => expect(actions.importScenario).toHaveBeenCalled());
    const [policy, fileName] = actions.importScenario.mock
      .calls[0]! as unknown as [Policy, string];
    expect(fileName).toBe('pool-mid-market.json');
    expect(policy.name).toBe('pool-mid-market');
    expect(policy.tiers.SMB.csm_ratio).toBe(45);
    expect(policy.tiers['Mid-Market']).toEqual(
      DEFAULT_POLICY.tiers['Mid-Market'],
    );
  });

  it('offers no scenario actions with the baseline only on show', async () => {
    await act(async () =>
      useWorkspaceStore.setState({
        activeScenarioId: null,
        scenarioPolicy: null,
      }),
    );
    expect(button('scenario-baseline').getAttribute('aria-current')).toBe(
      'true',
    );
    for (const id of [
      'scenario-clone',
      'scenario-rename',
      'scenario-delete',
      'scenario-undo',
    ])
      expect(view!.queryByTestId(id)).toBeNull();
  });
});
