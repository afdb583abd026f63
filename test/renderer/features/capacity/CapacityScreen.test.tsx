// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { CapacityScreen } from '../../../../renderer/features/capacity/CapacityScreen';
import {
  initialWorkspaceState,
  useWorkspaceStore,
} from '../../../../renderer/app/workspace-store';
import { getSmallFixture } from '../fixtures';
import { render, type Rendered } from '../../ui/render';

let view: Rendered | null = null;

beforeEach(() => {
  const { columns, baseline, baselinePolicy } = getSmallFixture();
  useWorkspaceStore.setState({
    ...initialWorkspaceState,
    status: 'ready',
    columns,
    baseline,
    baselinePolicy,
  });
});

afterEach(async () => {
  await view?.unmount();
  view = null;
});

describe('CapacityScreen', () => {
  it('shows required, current and hires per tier and the total', async () => {
    const { baseline } = getSmallFixture();
    view = await render(<CapacityScreen />);
    for (const row of baseline.hiring) {
      expect(view.byTestId(`hiring-required-${row.tier}`).textContent).toBe(
        String(row.required_csms),
      );
      expect(view.byTestId(`hiring-current-${row.tier}`).textContent).toBe(
        String(row.current_csms),
      );
      expect(view.byTestId(`hiring-hires-${row.tier}`).textContent).toBe(
        String(row.hires_needed),
      );
    }
    const total = baseline.hiring.reduce((n, h) => n + h.required_csms, 0);
    expect(view.byTestId('hiring-required-total').textContent).toBe(
      String(total),
    );
    expect(view.queryByTestId('hiring-required-SMB-delta')).toBeNull();
    expect(view.byTestId('csm-book-summary').textContent).toContain(
      `${baseline.csmBook.length} CSMs`,
    );
  });

  it('colours more required CSMs red and fewer green under a scenario', async () => {
    const { baseline, scenario, scenarioPolicy } = getSmallFixture();
    useWorkspaceStore.setState({
      scenario,
      scenarioPolicy,
      activeScenarioId: 's1',
    });
    view = await render(<CapacityScreen />);
    const now = scenario.hiring.find((h) => h.tier === 'SMB')!.required_csms;
    const before = baseline.hiring.find((h) => h.tier === 'SMB')!.required_csms;
    const delta = view.byTestId('hiring-required-SMB-delta');
    expect(delta.dataset.tone).toBe(
      now > before ? 'bad' : now < before ? 'good' : 'neutral',
    );
    expect(view.byTestId('hiring-required-SMB').textContent).toBe(String(now));
  });
});
