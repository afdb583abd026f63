// @vitest-environment jsdom
import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ScenarioComparePanel } from '../../../../renderer/features/scenario/ScenarioComparePanel';
import {
  initialWorkspaceState,
  useWorkspaceStore,
} from '../../../../renderer/app/workspace-store';
import { getDb } from '../../../../renderer/db/db';
import { saveScenario } from '../../../../renderer/db/policies-repo';
import { formatCount } from '../../../../renderer/ui/format';
import { clonePolicy } from '../../../../shared/policy';
import { getSmallFixture } from '../fixtures';
import { render, waitFor, type Rendered } from '../../ui/render';

let view: Rendered | null = null;

beforeEach(async () => {
  const { columns, baseline, baselinePolicy, scenarioPolicy } =
    getSmallFixture();
  const db = getDb();
  await db.policies.clear();
  await saveScenario(db, 'a', scenarioPolicy);
  await saveScenario(db, 'b', clonePolicy(baselinePolicy, 'Same as baseline'));
  useWorkspaceStore.setState({
    ...initialWorkspaceState,
    status: 'ready',
    columns,
    baseline,
    baselinePolicy,
    activeScenarioId: 'b',
    scenarios: [
      { id: 'a', name: scenarioPolicy.name, updatedAt: '' },
      { id: 'b', name: 'Same as baseline', updatedAt: '' },
    ],
  });
});

afterEach(async () => {
  await view?.unmount();
  view = null;
});

describe('ScenarioComparePanel', () => {
  it('computes each stored scenario and shows it beside the baseline, active first', async () => {
    const { scenario } = getSmallFixture();
    view = await render(<ScenarioComparePanel />);
    await waitFor(() =>
      expect(view!.queryByTestId('compare-required-1')).not.toBeNull(),
    );
    const headers = [...view.container.querySelectorAll('thead th')].map(
      (th) => th.textContent,
    );
    expect(headers).toEqual([
      'Figure',
      'Baseline',
      'Same as baseline',
      'Raise Mid-Market',
    ]);
    const required = scenario.hiring.reduce((n, h) => n + h.required_csms, 0);
    expect(view.byTestId('compare-required-1').textContent).toBe(
      formatCount(required),
    );
    expect(view.byTestId('compare-movers-0').textContent).toBe('0');
    expect(view.byTestId('compare-revenue-0-delta').textContent).toBe('±0');
  });

  it('shows nothing with fewer than two scenarios', async () => {
    useWorkspaceStore.setState({
      scenarios: [{ id: 'a', name: 'A', updatedAt: '' }],
    });
    view = await render(<ScenarioComparePanel />);
    expect(view.queryByTestId('scenario-compare')).toBeNull();
  });
});
