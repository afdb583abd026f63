// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { CapacityScreen } from '../../../../renderer/features/capacity/CapacityScreen';
import {
  initialWorkspaceState,
  useWorkspaceStore,
} from '../../../../renderer/app/workspace-store';
import { computePortfolio } from '../../../../shared/engine/index';
import { validatePolicy, type Policy } from '../../../../shared/policy';
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

  it('gives a tier clients moved out of no tone; the total keeps its direction', async () => {
    const { baseline, scenario, scenarioPolicy } = getSmallFixture();
    useWorkspaceStore.setState({
      scenario,
      scenarioPolicy,
      activeScenarioId: 's1',
    });
    view = await render(<CapacityScreen />);
    const mid = (r: typeof baseline) =>
      r.hiring.find((h) => h.tier === 'Mid-Market')!;
    // Raising the Mid-Market floor moves clients out: fewer CSMs there
    // follow them, which is not better in itself.
    expect(mid(scenario).client_count).toBeLessThan(mid(baseline).client_count);
    const now = mid(scenario).required_csms;
    const before = mid(baseline).required_csms;
    expect(now).toBeLessThan(before);
    const delta = view.byTestId('hiring-required-Mid-Market-delta');
    expect(delta.textContent).toBe(`−${before - now}`);
    expect(delta.dataset.tone).toBe('neutral');
    expect(view.byTestId('hiring-clients-Mid-Market-delta').dataset.tone).toBe(
      'neutral',
    );
    // Over all tiers fewer CSMs are required: green.
    const sum = (r: typeof baseline) =>
      r.hiring.reduce((n, h) => n + h.required_csms, 0);
    expect(sum(scenario)).toBeLessThan(sum(baseline));
    expect(view.byTestId('hiring-required-total-delta').dataset.tone).toBe(
      'good',
    );
  });

  it('colours more required CSMs red in a tier whose clients stay', async () => {
    const { columns, baseline, baselinePolicy } = getSmallFixture();
    const tight = structuredClone(baselinePolicy) as Policy;
    tight.tiers.SMB.csm_ratio = 10;
    const scenarioPolicy = validatePolicy(tight);
    const scenario = computePortfolio(columns, scenarioPolicy);
    useWorkspaceStore.setState({
      scenario,
      scenarioPolicy,
      activeScenarioId: 's1',
    });
    view = await render(<CapacityScreen />);
    const smb = (r: typeof baseline) => r.hiring.find((h) => h.tier === 'SMB')!;
    expect(smb(scenario).client_count).toBe(smb(baseline).client_count);
    expect(smb(scenario).required_csms).toBeGreaterThan(
      smb(baseline).required_csms,
    );
    const delta = view.byTestId('hiring-required-SMB-delta');
    expect(delta.dataset.tone).toBe('bad');
    expect(view.byTestId('hiring-required-SMB').textContent).toBe(
      String(smb(scenario).required_csms),
    );
  });
});
