// @vitest-environment jsdom
import 'fake-indexeddb/auto';

import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { getDb } from '../../../../../renderer/db/db';
import {
  storeBaselineEdit,
  storeHistoryStep,
  storeScenarioEdit,
} from '../../../../../renderer/db/policy-edits-repo';
import type { HistoryEntry } from '../../../../../renderer/db/policy-history';
import {
  initialWorkspaceState,
  useWorkspaceStore,
} from '../../../../../renderer/app/workspace-store';
import {
  PolicyHistoryList,
  ScenarioHistoryPanel,
} from '../../../../../renderer/features/scenario/history/ScenarioHistoryPanel';
import {
  describeChange,
  describeEntry,
  formatRelativeTime,
} from '../../../../../renderer/features/scenario/history/history-text';
import {
  DEFAULT_POLICY,
  clonePolicy,
  type Policy,
} from '../../../../../shared/policy';
import { render, waitFor, type Rendered } from '../../../ui/render';

let view: Rendered | null = null;
afterEach(async () => {
  await view?.unmount();
  view = null;
});

const ago = (ms: number) => new Date(Date.now() - ms);

function edited(policy: Policy, minWorkers: number, ratio: number): Policy {
  const tier = {
    ...policy.tiers['Mid-Market'],
    min_workers: minWorkers,
    csm_ratio: ratio,
  };
  return { ...policy, tiers: { ...policy.tiers, 'Mid-Market': tier } };
}

const entries = () =>
  Array.from(
    view!.container.querySelectorAll<HTMLElement>(
      '[data-testid="scenario-history-entry"]',
    ),
  );

describe('history text', () => {
  it('words a change in the editor labels and units', () => {
    expect(
      describeChange({
        path: 'tiers.Mid-Market.min_workers',
        before: 11,
        after: 16,
      }),
    ).toBe('Mid-Market starts at workers 11 → 16');
    expect(
      describeChange({ path: 'tiers.SMB.gm_target', before: 0.5, after: 0.55 }),
    ).toBe('SMB gross-margin target 50 % → 55 %');
    expect(
      describeChange({ path: 'tiers.SMB.min_pepm', before: null, after: 300 }),
    ).toBe('SMB minimum PEPM floor none → $300');
    expect(
      describeChange({
        path: 'costs.csm_annual_cost',
        before: 120000,
        after: 130000,
      }),
    ).toBe('CSM fully loaded cost $120,000 → $130,000');
    expect(
      describeChange({
        path: 'size_basis',
        before: 'workers',
        after: 'higher',
      }),
    ).toBe('Size tier basis Workers → Higher of workers and ARR');
    expect(describeChange({ path: 'name', before: 'A', after: 'B' })).toBe(
      'Name “A” → “B”',
    );
  });

  it('words where a policy came from', () => {
    const entry = {
      action: 'clone',
      source: 'Pool',
      changes: [],
    } as unknown as HistoryEntry;
    expect(describeEntry(entry)).toEqual(['Cloned from “Pool”']);
    expect(describeEntry({ ...entry, action: 'create' })).toEqual([
      'Created from the baseline',
    ]);
    expect(
      describeEntry({ ...entry, action: 'import', source: 'p.json' }),
    ).toEqual(['Imported from p.json']);
  });

  it('says how long ago', () => {
    const now = new Date('2026-09-30T12:00:00Z');
    const at = (ms: number) => new Date(now.getTime() - ms).toISOString();
    expect(formatRelativeTime(at(10_000), now)).toBe('just now');
    expect(formatRelativeTime(at(5 * 60_000), now)).toBe('5 min ago');
    expect(formatRelativeTime(at(3 * 3600_000), now)).toBe('3 h ago');
    expect(formatRelativeTime(at(30 * 3600_000), now)).toBe('yesterday');
    expect(formatRelativeTime(at(4 * 86400_000), now)).toBe('4 days ago');
    expect(formatRelativeTime('2026-01-02T12:00:00Z', now)).toBe('Jan 2, 2026');
  });
});

describe('ScenarioHistoryPanel', () => {
  it("lists the active scenario's edits newest first, who and when, undone ones marked, and follows new edits", async () => {
    const db = getDb();
    const base = clonePolicy(DEFAULT_POLICY, 'Pool');
    await storeScenarioEdit(
      db,
      's1',
      base,
      { action: 'create', by: 'Ana' },
      ago(3 * 3600_000),
    );
    await storeScenarioEdit(
      db,
      's1',
      edited(base, 16, 20),
      { action: 'edit', by: 'Ana' },
      ago(600_000),
    );
    await storeScenarioEdit(
      db,
      's1',
      edited(base, 16, 30),
      { action: 'edit', by: 'Bo' },
      ago(300_000),
    );
    await storeHistoryStep(db, 's1', 'undo', 'Bo', ago(60_000));
    await storeScenarioEdit(db, 'other', base, { action: 'create', by: 'Cy' });
    useWorkspaceStore.setState({
      ...initialWorkspaceState,
      activeScenarioId: 's1',
    });

    view = await render(<ScenarioHistoryPanel />);
    await waitFor(() => expect(entries()).toHaveLength(3));
    const [ratio, workers, created] = entries();
    expect(ratio!.textContent).toContain('Mid-Market clients per CSM 20 → 30');
    expect(ratio!.textContent).toContain('Bo');
    expect(ratio!.dataset.state).toBe('undone');
    expect(ratio!.textContent).toContain('Undone');
    expect(workers!.textContent).toContain(
      'Mid-Market starts at workers 11 → 16',
    );
    expect(workers!.textContent).toContain('10 min ago');
    expect(workers!.dataset.state).toBe('done');
    const time = workers!.querySelector('time')!;
    expect(time.getAttribute('title')).toMatch(/\d{2}:\d{2}:\d{2}/);
    expect(created!.textContent).toContain('Created from the baseline');

    await act(async () => {
      await storeScenarioEdit(db, 's1', edited(base, 18, 20), {
        action: 'edit',
        by: 'Ana',
      });
    });
    await waitFor(() => expect(entries()).toHaveLength(4));
    expect(entries()[0]!.textContent).toContain(
      'Mid-Market starts at workers 16 → 18',
    );
  });

  it('lists the baseline history for Settings, empty until the first edit', async () => {
    view = await render(
      <PolicyHistoryList policyId="baseline" testId="baseline-history" />,
    );
    await waitFor(() =>
      expect(view!.container.textContent).toContain('No edits yet.'),
    );
    const costs = { ...DEFAULT_POLICY.costs, ticket_cost: 45 };
    await act(async () => {
      await storeBaselineEdit(
        getDb(),
        { ...DEFAULT_POLICY, costs },
        { action: 'edit', by: 'Ana' },
      );
    });
    await waitFor(() =>
      expect(view!.byTestId('baseline-history-entry').textContent).toContain(
        'Cost per support ticket $40 → $45',
      ),
    );
  });

  it('asks for a scenario when none is active', async () => {
    useWorkspaceStore.setState({
      ...initialWorkspaceState,
      activeScenarioId: null,
    });
    view = await render(<ScenarioHistoryPanel />);
    expect(view.queryByTestId('scenario-history')).toBeNull();
    expect(view.container.textContent).toContain('Pick a scenario');
  });
});
