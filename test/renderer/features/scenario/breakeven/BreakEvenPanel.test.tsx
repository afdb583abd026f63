// @vitest-environment jsdom
import 'fake-indexeddb/auto';

import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Policy } from '../../../../../shared/policy';

const actions = vi.hoisted(() => ({
  updateScenarioPolicy: vi.fn<(policy: Policy) => Promise<void>>(),
  createScenario: vi.fn<(name: string) => Promise<string>>(),
}));
vi.mock('../../../../../renderer/app/workspace-actions', () => actions);
vi.mock('../../../../../renderer/platform/index', () => ({
  logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() },
}));

import { setEngines } from '../../../../../renderer/app/engines';
import {
  initialWorkspaceState,
  useWorkspaceStore,
} from '../../../../../renderer/app/workspace-store';
import { BreakEvenPanel } from '../../../../../renderer/features/scenario/breakeven/BreakEvenPanel';
import { computePortfolio } from '../../../../../shared/engine/index';
import { clonePolicy } from '../../../../../shared/policy';
import { solveBreakEven } from '../../../../../shared/scenario/solver';
import { getFixture } from '../../fixtures';
import { fire, render, waitFor, type Rendered } from '../../../ui/render';
import {
  createFakeAnalysisEngine,
  type FakeAnalysisEngine,
} from '../fake-analysis-engine';

let view: Rendered | null = null;
let engine: FakeAnalysisEngine;

beforeEach(() => {
  const f = getFixture();
  engine = createFakeAnalysisEngine('period#1');
  setEngines({ compute: engine.client, importer: engine.client });
  actions.updateScenarioPolicy.mockReset();
  actions.createScenario.mockReset();
  // As the real action does: the store gets the policy and its figures.
  actions.updateScenarioPolicy.mockImplementation(async (policy) => {
    useWorkspaceStore.setState({
      scenarioPolicy: policy,
      scenario: computePortfolio(f.columns, policy),
    });
  });
  useWorkspaceStore.setState({
    ...initialWorkspaceState,
    status: 'ready',
    columns: f.columns,
    baseline: f.baseline,
    baselinePolicy: f.baselinePolicy,
    activeScenarioId: 's1',
    scenarioPolicy: f.scenarioPolicy,
    scenario: f.scenario,
  });
});

afterEach(async () => {
  await view?.unmount();
  view = null;
});

/** Answers the open solve with the real solver. */
async function answerSolve() {
  await waitFor(() => expect(engine.open('solve')).toHaveLength(1));
  await act(async () => {
    engine.answer('solve', (payload) =>
      solveBreakEven(getFixture().columns, payload.policy),
    );
  });
}

const text = (id: string) => view!.byTestId(id).textContent;

describe('BreakEvenPanel', () => {
  it('shows each tier’s break-even ratio and minimum PEPM from the worker, with statuses in words', async () => {
    view = await render(<BreakEvenPanel />);
    expect(view.queryByTestId('breakeven-solving')).not.toBeNull();
    await answerSolve();
    const call = engine.calls[0]!;
    expect(call.payload).toEqual({
      key: 'period#1',
      policy: getFixture().scenarioPolicy,
    });
    expect(view.queryByTestId('breakeven-table')).not.toBeNull();
    const solved = solveBreakEven(
      getFixture().columns,
      getFixture().scenarioPolicy,
    );
    const smb = solved[0]!;
    expect(smb.ratio_status).toBe('solved');
    expect(text('breakeven-ratio-SMB')).toBe(`1:${smb.ratio}`);
    expect(text('breakeven-current-ratio-SMB')).toBe('1:40');
    const strategic = solved[3]!;
    expect(strategic.ratio_status).toBe('unreachable');
    expect(text('breakeven-ratio-Strategic')).toBe('Not reachable');
    expect(view.byTestId('breakeven-row-Strategic').textContent).toContain(
      'Not reachable by the ratio alone',
    );
    expect(strategic.min_pepm_status).toBe('solved');
    expect(text('breakeven-pepm-Strategic')).toBe(
      `$${(strategic.min_pepm_cents! / 100).toFixed(2)}`,
    );
    expect(text('breakeven-pepm-SMB')).toBe('Always met');
    expect(text('breakeven-current-pepm-SMB')).toBe('none');
  });

  it('solves again when the policy changes', async () => {
    const { scenarioPolicy } = getFixture();
    view = await render(<BreakEvenPanel />);
    await answerSolve();
    const cheaper: Policy = {
      ...scenarioPolicy,
      costs: { ...scenarioPolicy.costs, csm_annual_cost: 60000 },
    };
    await act(async () =>
      useWorkspaceStore.setState({ scenarioPolicy: cheaper }),
    );
    await answerSolve();
    expect((engine.calls[1]!.payload as { policy: Policy }).policy).toBe(
      cheaper,
    );
    const expected = solveBreakEven(getFixture().columns, cheaper)[0]!;
    expect(text('breakeven-ratio-SMB')).toBe(`1:${expected.ratio}`);
  });

  it('applies a solved ratio to the active scenario so it can be tested', async () => {
    const { scenarioPolicy } = getFixture();
    view = await render(<BreakEvenPanel />);
    await answerSolve();
    const ratio = solveBreakEven(getFixture().columns, scenarioPolicy)[0]!
      .ratio!;
    const button = view.byTestId('breakeven-apply-ratio-SMB');
    expect(button.getAttribute('title')).toBe(
      `Set this ratio in ${scenarioPolicy.name}`,
    );
    await fire(button, new MouseEvent('click', { bubbles: true }));
    await waitFor(() =>
      expect(actions.updateScenarioPolicy).toHaveBeenCalledTimes(1),
    );
    const applied = actions.updateScenarioPolicy.mock.calls[0]![0];
    expect(applied.tiers.SMB.csm_ratio).toBe(ratio);
    expect(applied.tiers['Mid-Market']).toEqual(
      scenarioPolicy.tiers['Mid-Market'],
    );
    // The new policy is solved again and now sits at its break-even.
    await answerSolve();
    expect(text('breakeven-current-ratio-SMB')).toBe(`1:${ratio}`);
    expect(view.queryByTestId('breakeven-apply-ratio-SMB')).toBeNull();
  });

  it('tries a value on the baseline in a new scenario', async () => {
    const { baselinePolicy, columns } = getFixture();
    useWorkspaceStore.setState({
      activeScenarioId: null,
      scenarioPolicy: null,
      scenario: null,
    });
    actions.createScenario.mockImplementation(async (name) => {
      const policy = clonePolicy(baselinePolicy, name);
      useWorkspaceStore.setState({
        activeScenarioId: 'new',
        scenarioPolicy: policy,
        scenario: computePortfolio(columns, policy),
      });
      return 'new';
    });
    view = await render(<BreakEvenPanel />);
    await answerSolve();
    expect((engine.calls[0]!.payload as { policy: Policy }).policy).toBe(
      baselinePolicy,
    );
    const pepm = solveBreakEven(columns, baselinePolicy)[0]!.min_pepm_cents!;
    const button = view.byTestId('breakeven-apply-pepm-SMB');
    expect(button.textContent).toBe('Try in a new scenario');
    await fire(button, new MouseEvent('click', { bubbles: true }));
    await waitFor(() =>
      expect(actions.updateScenarioPolicy).toHaveBeenCalledTimes(1),
    );
    expect(actions.createScenario).toHaveBeenCalledWith(
      'SMB at break-even PEPM',
    );
    const applied = actions.updateScenarioPolicy.mock.calls[0]![0];
    expect(applied.name).toBe('SMB at break-even PEPM');
    expect(applied.tiers.SMB.min_pepm).toBe(pepm / 100);
    // The floor put in place meets the target, and the table says so.
    const smb = computePortfolio(columns, applied).segments[0]!;
    expect(smb.gm_target_met).toBe(true);
    await answerSolve();
    expect(text('breakeven-current-pepm-SMB')).toBe(
      `$${(pepm / 100).toFixed(2)}`,
    );
    expect(text('breakeven-pepm-SMB')).toBe(`$${(pepm / 100).toFixed(2)}`);
    expect(view.queryByTestId('breakeven-apply-pepm-SMB')).toBeNull();
  });
});
