// @vitest-environment jsdom
import 'fake-indexeddb/auto';

import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../../../renderer/platform/index', () => ({
  logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() },
}));

import { setEngines } from '../../../../../renderer/app/engines';
import {
  initialWorkspaceState,
  useWorkspaceStore,
} from '../../../../../renderer/app/workspace-store';
import { resetSensitivity } from '../../../../../renderer/features/scenario/sensitivity/sensitivity-store';
import { SensitivityPanel } from '../../../../../renderer/features/scenario/sensitivity/SensitivityPanel';
import { describeCliff } from '../../../../../renderer/features/scenario/sensitivity/sweep-parameters';
import {
  runSweep,
  sweepRange,
  sweepValues,
} from '../../../../../shared/scenario/sweep';
import type { SweepResult } from '../../../../../shared/scenario/types';
import { getFixture } from '../../fixtures';
import {
  fire,
  render,
  typeInto,
  waitFor,
  type Rendered,
} from '../../../ui/render';
import {
  createFakeAnalysisEngine,
  type FakeAnalysisEngine,
} from '../fake-analysis-engine';

let view: Rendered | null = null;
let engine: FakeAnalysisEngine;

beforeEach(() => {
  const f = getFixture();
  engine = createFakeAnalysisEngine('period#1');
  resetSensitivity();
  setEngines({ compute: engine.client, importer: engine.client });
  useWorkspaceStore.setState({
    ...initialWorkspaceState,
    status: 'ready',
    period: '2026-Q3',
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

const input = (id: string) => view!.byTestId(id) as HTMLInputElement;
const click = (id: string) =>
  fire(view!.byTestId(id), new MouseEvent('click', { bubbles: true }));

/** Answers the open sweep with the real engine, reporting progress first. */
async function answerSweep(): Promise<SweepResult> {
  let result: SweepResult | null = null;
  await act(async () => {
    engine.answer('sweep', (payload, call) => {
      result = runSweep(
        getFixture().columns,
        payload.policy,
        payload.parameter,
        payload.values,
        (fraction) => call.options.onProgress?.(fraction, 'sweeping'),
      );
      return result;
    });
  });
  return result!;
}

describe('SensitivityPanel', () => {
  it('sweeps the scenario’s Mid-Market worker line over its valid range in the worker', async () => {
    const { scenarioPolicy } = getFixture();
    view = await render(<SensitivityPanel />);
    const parameter = { kind: 'min_workers', tier: 'Mid-Market' } as const;
    const range = sweepRange(scenarioPolicy, parameter);
    expect((view.byTestId('sweep-parameter') as HTMLSelectElement).value).toBe(
      'min_workers:Mid-Market',
    );
    expect(input('sweep-from').value).toBe(String(range.min));
    expect(input('sweep-to').value).toBe(String(range.max));
    expect(input('sweep-steps').value).toBe('50');
    expect(view.byTestId('sweep-range').textContent).toContain(
      'Now 20 workers',
    );

    await click('sweep-run');
    await waitFor(() => expect(engine.open('sweep')).toHaveLength(1));
    const call = engine.open('sweep')[0]!;
    expect(call.payload).toEqual({
      key: 'period#1',
      policy: scenarioPolicy,
      parameter,
      values: sweepValues(range, range.min, range.max, 50),
    });
    // Progress shows while the worker sweeps, with a cancel in place of Run.
    expect(view.queryByTestId('sweep-run')).toBeNull();
    expect(view.queryByTestId('sweep-cancel')).not.toBeNull();
    await act(async () => call.options.onProgress?.(0.4, 'sweeping'));
    await waitFor(() =>
      expect(
        view!.byTestId('sweep-progress').getAttribute('aria-valuenow'),
      ).toBe('40'),
    );

    const result = await answerSweep();
    await waitFor(() =>
      expect(view!.queryByTestId('sweep-chart')).not.toBeNull(),
    );
    const charts = view.byTestId('sweep-chart');
    expect(charts.querySelectorAll('svg')).toHaveLength(3);
    const cliffs = result.steps.filter((s) => s.cliff);
    expect(cliffs.length).toBeGreaterThan(0);
    const listed = [
      ...view.byTestId('sweep-cliffs').querySelectorAll('li'),
    ].map((li) => li.textContent);
    expect(listed).toEqual(
      cliffs.map((s) => describeCliff(parameter, s.value, 1, s.unit_flips)),
    );
    expect(listed[0]).toMatch(
      /^Mid-Market starts at \d+ → \d+ workers moves [\d,]+ clients$/,
    );
    expect(view.byTestId('sweep-summary').textContent).toContain(
      `${result.steps.length} values from ${range.min} to ${range.max} workers`,
    );
    expect(view.queryByTestId('sweep-stale')).toBeNull();
  });

  it('explains a wrong from, to or steps and does not run', async () => {
    view = await render(<SensitivityPanel />);
    await typeInto(input('sweep-from'), '1');
    expect(view.byTestId('sweep-from-issue').textContent).toBe(
      'From must be between 2 workers and 50 workers: beyond it this line would cross the line of the level beside it.',
    );
    expect((view.byTestId('sweep-run') as HTMLButtonElement).disabled).toBe(
      true,
    );
    await typeInto(input('sweep-from'), '30');
    await typeInto(input('sweep-to'), '12');
    expect(view.queryByTestId('sweep-from-issue')).toBeNull();
    expect(view.byTestId('sweep-to-issue').textContent).toBe(
      'To must be above From (30 workers).',
    );
    await typeInto(input('sweep-to'), '40');
    await typeInto(input('sweep-steps'), '500');
    expect(view.byTestId('sweep-steps-issue').textContent).toBe(
      'Steps must be a whole number from 2 to 200.',
    );
    await click('sweep-run');
    expect(engine.calls).toHaveLength(0);
    await typeInto(input('sweep-steps'), '11');
    expect((view.byTestId('sweep-run') as HTMLButtonElement).disabled).toBe(
      false,
    );
    await click('sweep-run');
    await waitFor(() => expect(engine.open('sweep')).toHaveLength(1));
    const payload = engine.open('sweep')[0]!.payload as { values: number[] };
    expect(payload.values).toEqual([
      30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
    ]);
  });

  it('resets from and to to the valid range of another parameter', async () => {
    const { scenarioPolicy } = getFixture();
    view = await render(<SensitivityPanel />);
    const select = view.byTestId('sweep-parameter') as HTMLSelectElement;
    select.value = 'min_countries:Medium';
    await fire(select, new Event('change', { bubbles: true }));
    const range = sweepRange(scenarioPolicy, {
      kind: 'min_countries',
      level: 'Medium',
    });
    expect(input('sweep-from').value).toBe(String(range.min));
    expect(input('sweep-to').value).toBe(String(range.max));
    expect(view.byTestId('sweep-range').textContent).toContain(
      'Now 3 countries',
    );
  });

  it('cancels a sweep under way and keeps the screen usable', async () => {
    view = await render(<SensitivityPanel />);
    await click('sweep-run');
    await waitFor(() => expect(engine.open('sweep')).toHaveLength(1));
    await click('sweep-cancel');
    await waitFor(() =>
      expect(view!.queryByTestId('sweep-cancelled')).not.toBeNull(),
    );
    expect(engine.calls[0]!.cancelled).toBe(true);
    expect(view.queryByTestId('sweep-run')).not.toBeNull();
    expect(view.queryByTestId('sweep-chart')).toBeNull();
  });

  it('marks a finished sweep out of date when the policy changes', async () => {
    const { scenarioPolicy } = getFixture();
    view = await render(<SensitivityPanel />);
    await click('sweep-run');
    await waitFor(() => expect(engine.open('sweep')).toHaveLength(1));
    await answerSweep();
    await waitFor(() =>
      expect(view!.queryByTestId('sweep-chart')).not.toBeNull(),
    );
    expect(view.queryByTestId('sweep-stale')).toBeNull();
    await act(async () =>
      useWorkspaceStore.setState({
        scenarioPolicy: {
          ...scenarioPolicy,
          tiers: {
            ...scenarioPolicy.tiers,
            SMB: { ...scenarioPolicy.tiers.SMB, csm_ratio: 45 },
          },
        },
      }),
    );
    await waitFor(() =>
      expect(view!.queryByTestId('sweep-stale')).not.toBeNull(),
    );
    expect(view.queryByTestId('sweep-chart')).not.toBeNull();
    expect(engine.calls).toHaveLength(1);
  });

  it('sweeps the baseline when no scenario is active, and says a ratio has no cliffs', async () => {
    const { baselinePolicy } = getFixture();
    useWorkspaceStore.setState({
      activeScenarioId: null,
      scenarioPolicy: null,
      scenario: null,
    });
    view = await render(<SensitivityPanel />);
    const select = view.byTestId('sweep-parameter') as HTMLSelectElement;
    select.value = 'csm_ratio:SMB';
    await fire(select, new Event('change', { bubbles: true }));
    await typeInto(input('sweep-from'), '30');
    await typeInto(input('sweep-to'), '60');
    await click('sweep-run');
    await waitFor(() => expect(engine.open('sweep')).toHaveLength(1));
    expect(
      (engine.open('sweep')[0]!.payload as { policy: unknown }).policy,
    ).toBe(baselinePolicy);
    await answerSweep();
    await waitFor(() =>
      expect(view!.queryByTestId('sweep-cliffs')).not.toBeNull(),
    );
    expect(view.byTestId('sweep-cliffs').textContent).toContain(
      'A ratio moves no client between tiers',
    );
  });

  it('pulls from and to into the range when an edit narrows it', async () => {
    const { scenarioPolicy } = getFixture();
    view = await render(<SensitivityPanel />);
    expect(input('sweep-to').value).toBe('50');
    await act(async () =>
      useWorkspaceStore.setState({
        scenarioPolicy: {
          ...scenarioPolicy,
          tiers: {
            ...scenarioPolicy.tiers,
            Enterprise: { ...scenarioPolicy.tiers.Enterprise, min_workers: 30 },
          },
        },
      }),
    );
    expect(input('sweep-to').value).toBe('29');
    expect(input('sweep-from').value).toBe('2');
    expect(view.byTestId('sweep-range').textContent).toContain(
      'Valid from 2 workers to 29 workers',
    );
  });
});

/** Leaves the tab (the Scenarios screen unmounts its panel) and comes back. */
async function leaveAndComeBack(between?: () => Promise<void> | void) {
  await view!.unmount();
  view = null;
  await act(async () => {
    await between?.();
  });
  view = await render(<SensitivityPanel />);
}

const picked = () =>
  (view!.byTestId('sweep-parameter') as HTMLSelectElement).value;
const typed = () =>
  ['sweep-from', 'sweep-to', 'sweep-steps'].map((id) => input(id).value);

describe('SensitivityPanel: kept while the tab is away', () => {
  it('keeps the parameter, from, to, steps and the last sweep', async () => {
    view = await render(<SensitivityPanel />);
    const select = view.byTestId('sweep-parameter') as HTMLSelectElement;
    select.value = 'min_workers:Enterprise';
    await fire(select, new Event('change', { bubbles: true }));
    await typeInto(input('sweep-from'), '30');
    await typeInto(input('sweep-to'), '90');
    await typeInto(input('sweep-steps'), '13');
    await click('sweep-run');
    await waitFor(() => expect(engine.open('sweep')).toHaveLength(1));
    await answerSweep();
    await waitFor(() =>
      expect(view!.queryByTestId('sweep-chart')).not.toBeNull(),
    );
    const summary = view.byTestId('sweep-summary').textContent;

    await leaveAndComeBack();
    expect(picked()).toBe('min_workers:Enterprise');
    expect(typed()).toEqual(['30', '90', '13']);
    expect(view.queryByTestId('sweep-chart')).not.toBeNull();
    expect(view.byTestId('sweep-summary').textContent).toBe(summary);
    expect(summary).toContain('13 values from 30 to 90 workers');
    expect(view.queryByTestId('sweep-stale')).toBeNull();
    expect(engine.calls).toHaveLength(1);
  });

  it('keeps a sweep that finished while the tab was away, and marks it out of date after an edit', async () => {
    const { scenarioPolicy } = getFixture();
    view = await render(<SensitivityPanel />);
    await click('sweep-run');
    await waitFor(() => expect(engine.open('sweep')).toHaveLength(1));
    await leaveAndComeBack(async () => {
      await answerSweep();
    });
    expect(view.queryByTestId('sweep-run')).not.toBeNull();
    expect(view.queryByTestId('sweep-chart')).not.toBeNull();
    expect(view.queryByTestId('sweep-stale')).toBeNull();

    await leaveAndComeBack(() =>
      useWorkspaceStore.setState({
        scenarioPolicy: {
          ...scenarioPolicy,
          tiers: {
            ...scenarioPolicy.tiers,
            SMB: { ...scenarioPolicy.tiers.SMB, csm_ratio: 45 },
          },
        },
      }),
    );
    expect(view.queryByTestId('sweep-chart')).not.toBeNull();
    expect(view.queryByTestId('sweep-stale')).not.toBeNull();
  });

  it('comes back to a sweep still running, which can be cancelled', async () => {
    view = await render(<SensitivityPanel />);
    await click('sweep-run');
    await waitFor(() => expect(engine.open('sweep')).toHaveLength(1));
    await act(async () =>
      engine.open('sweep')[0]!.options.onProgress?.(0.25, 'sweeping'),
    );
    await leaveAndComeBack();
    expect(view.queryByTestId('sweep-run')).toBeNull();
    expect(view.byTestId('sweep-progress').getAttribute('aria-valuenow')).toBe(
      '25',
    );
    await click('sweep-cancel');
    await waitFor(() =>
      expect(view!.queryByTestId('sweep-cancelled')).not.toBeNull(),
    );
    expect(engine.calls[0]!.cancelled).toBe(true);
    expect(view.queryByTestId('sweep-run')).not.toBeNull();
    expect(view.queryByTestId('sweep-chart')).toBeNull();
  });

  it('starts afresh for another period, and drops a sweep of the old one', async () => {
    const { scenarioPolicy } = getFixture();
    const range = sweepRange(scenarioPolicy, {
      kind: 'min_workers',
      tier: 'Mid-Market',
    });
    const defaults = [String(range.min), String(range.max), '50'];
    view = await render(<SensitivityPanel />);
    await typeInto(input('sweep-steps'), '9');
    await click('sweep-run');
    await waitFor(() => expect(engine.open('sweep')).toHaveLength(1));
    await answerSweep();
    await waitFor(() =>
      expect(view!.queryByTestId('sweep-chart')).not.toBeNull(),
    );

    // Away from the tab.
    await leaveAndComeBack(() =>
      useWorkspaceStore.setState({ period: '2026-Q4' }),
    );
    expect(typed()).toEqual(defaults);
    expect(view.queryByTestId('sweep-chart')).toBeNull();

    // On the tab, with a sweep still running for the period left.
    await typeInto(input('sweep-steps'), '7');
    await click('sweep-run');
    await waitFor(() => expect(engine.open('sweep')).toHaveLength(1));
    await act(async () => useWorkspaceStore.setState({ period: '2026-Q3' }));
    expect(typed()).toEqual(defaults);
    expect(view.queryByTestId('sweep-run')).not.toBeNull();
    await answerSweep();
    expect(view.queryByTestId('sweep-chart')).toBeNull();
    expect(view.queryByTestId('sweep-cancelled')).toBeNull();
    // Back on that period, its choices and sweep were cleared all the same.
    await act(async () => useWorkspaceStore.setState({ period: '2026-Q4' }));
    expect(typed()).toEqual(defaults);
    expect(view.queryByTestId('sweep-chart')).toBeNull();
  });
});
