// @vitest-environment jsdom
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it, vi } from 'vitest';

const actions = vi.hoisted(() => ({
  createScenario: vi.fn(async (_name: string) => 'new-id'),
  activateScenario: vi.fn(async (_id: string | null) => undefined),
  renameScenario: vi.fn(async (_id: string, _name: string) => undefined),
  deleteScenario: vi.fn(async (_id: string) => undefined),
  cloneScenario: vi.fn(async (_id: string) => 'clone-id'),
  reorderScenario: vi.fn(async () => undefined),
  importScenario: vi.fn(async () => 'imported-id'),
  updateScenarioPolicy: vi.fn(async (_policy: unknown) => undefined),
}));
vi.mock('../../../../renderer/app/workspace-actions', () => actions);
vi.mock('../../../../renderer/platform/index', () => ({
  saveFile: vi.fn(async () => true),
  pickFile: vi.fn(async () => null),
  logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() },
}));

import {
  ScenarioScreen,
  stepTab,
} from '../../../../renderer/features/scenario/ScenarioScreen';
import { useWorkspaceStore } from '../../../../renderer/app/workspace-store';
import type { Policy } from '../../../../shared/policy';
import {
  fire,
  render,
  typeInto,
  waitFor,
  type Rendered,
} from '../../ui/render';
import { showFixture } from './compare/harness';

let view: Rendered | null = null;
const click = (id: string) =>
  fire(view!.byTestId(id), new MouseEvent('click', { bubbles: true }));

afterEach(async () => {
  await view?.unmount();
  view = null;
  Object.values(actions).forEach((fn) => fn.mockClear());
});

const TABS = [
  'edit',
  'compare',
  'movers',
  'bridge',
  'sensitivity',
  'breakeven',
];

describe('ScenarioScreen', () => {
  it('has the scenario list on top and a tab for each view, Edit first', async () => {
    await showFixture();
    view = await render(<ScenarioScreen virtualise={false} />);
    const tabs = [...view.container.querySelectorAll('[role="tab"]')];
    expect(tabs.map((t) => t.getAttribute('data-testid'))).toEqual(
      TABS.map((t) => `scenario-tab-${t}`),
    );
    expect(tabs.map((t) => t.textContent)).toEqual([
      'Edit',
      'Compare',
      'Who moves',
      'Bridge',
      'Sensitivity',
      'Break-even',
    ]);
    expect(
      view.byTestId('scenario-tab-edit').getAttribute('aria-selected'),
    ).toBe('true');
    expect(view.queryByTestId('scenario-summary')).not.toBeNull();
    expect(
      view.queryByTestId('policy-input-tiers.SMB.csm_ratio'),
    ).not.toBeNull();
  });

  it('shows each tab’s view when its tab is picked', async () => {
    await showFixture();
    view = await render(<ScenarioScreen virtualise={false} />);
    await click('scenario-tab-compare');
    expect(
      view.byTestId('scenario-tab-compare').getAttribute('aria-selected'),
    ).toBe('true');
    await waitFor(() =>
      expect(view!.queryByTestId('compare-table')).not.toBeNull(),
    );
    // The active scenario's editor stays at hand under the comparison.
    expect(
      view.queryByTestId('policy-input-tiers.Mid-Market.min_workers'),
    ).not.toBeNull();
    expect(view.queryByTestId('scenario-summary')).toBeNull();
    await click('scenario-tab-movers');
    await waitFor(() =>
      expect(view!.byTestId('movers-count').textContent).toMatch(
        /clients change tier$/,
      ),
    );
    await click('scenario-tab-bridge');
    await waitFor(() =>
      expect(view!.queryByTestId('bridge-row-Total')).not.toBeNull(),
    );
    await click('scenario-tab-sensitivity');
    expect(view.queryByTestId('sweep-parameter')).not.toBeNull();
    await click('scenario-tab-breakeven');
    await waitFor(() =>
      expect(view!.queryByTestId('breakeven-table')).not.toBeNull(),
    );
  });

  it('moves between tabs with the arrow, Home and End keys', async () => {
    await showFixture();
    view = await render(<ScenarioScreen virtualise={false} />);
    const key = (k: string) =>
      fire(
        view!.byTestId('scenario-tab-edit').parentElement!,
        new KeyboardEvent('keydown', { key: k, bubbles: true }),
      );
    await key('ArrowRight');
    expect(document.activeElement?.getAttribute('data-testid')).toBe(
      'scenario-tab-compare',
    );
    expect(
      view.byTestId('scenario-tab-compare').getAttribute('aria-selected'),
    ).toBe('true');
    await key('End');
    expect(
      view.byTestId('scenario-tab-breakeven').getAttribute('aria-selected'),
    ).toBe('true');
    await key('ArrowRight');
    expect(
      view.byTestId('scenario-tab-edit').getAttribute('aria-selected'),
    ).toBe('true');
    expect(stepTab('edit', 'ArrowLeft')).toBe('breakeven');
    expect(stepTab('edit', 'a')).toBeNull();
  });

  it('applies an edit of the active scenario through updateScenarioPolicy', async () => {
    await showFixture();
    view = await render(<ScenarioScreen virtualise={false} />);
    const input = view.byTestId('policy-input-tiers.SMB.csm_ratio');
    expect((input as HTMLInputElement).value).toBe('40');
    await typeInto(input, '25');
    await fire(
      input,
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }),
    );
    await waitFor(() =>
      expect(actions.updateScenarioPolicy).toHaveBeenCalled(),
    );
    const policy = actions.updateScenarioPolicy.mock.calls.at(-1)![0] as Policy;
    expect(policy.tiers.SMB.csm_ratio).toBe(25);
  });

  it('asks for a scenario when none is active', async () => {
    await showFixture();
    useWorkspaceStore.setState({
      activeScenarioId: null,
      scenarioPolicy: null,
      scenario: null,
    });
    view = await render(<ScenarioScreen virtualise={false} />);
    expect(view.queryByTestId('scenario-summary')).toBeNull();
    expect(view.container.textContent).toContain(
      'Create a scenario from the baseline',
    );
  });
});
