import { describe, expect, it } from 'vitest';

import {
  MAX_COMPARED,
  buildComparison,
  toggleCompared,
} from '../../../../renderer/features/scenario/scenario-comparison';
import { computePortfolio } from '../../../../shared/engine/index';
import { getFixture } from '../fixtures';

describe('buildComparison', () => {
  it('lists margin per tier, totals, CSMs, hires and movers for each scenario', () => {
    const { baseline, scenario, scenarioPolicy, columns } = getFixture();
    const cheaper = computePortfolio(columns, {
      ...scenarioPolicy,
      costs: { ...scenarioPolicy.costs, csm_annual_cost: 90000 },
    });
    const rows = buildComparison(baseline, [
      { id: 'a', name: 'A', result: scenario },
      { id: 'b', name: 'B', result: cheaper },
    ]);
    expect(rows.map((r) => r.id)).toEqual([
      'margin-SMB',
      'margin-Mid-Market',
      'margin-Enterprise',
      'margin-Strategic',
      'margin-total',
      'revenue',
      'cost',
      'required',
      'hires',
      'hire-cost',
      'movers',
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('margin-total')!.baseline).toBe(
      baseline.total.gross_margin,
    );
    expect(byId.get('required')!.values[0]).toBe(
      scenario.hiring.reduce((n, h) => n + h.required_csms, 0),
    );
    expect(byId.get('movers')!.baseline).toBe(0);
    expect(byId.get('movers')!.values[0]).toBeGreaterThan(0);
    // Cheaper CSMs: same hires, lower hiring cost, higher margin.
    expect(byId.get('hires')!.values[1]).toBe(byId.get('hires')!.values[0]);
    expect(byId.get('hire-cost')!.values[1]!).toBeLessThanOrEqual(
      byId.get('hire-cost')!.values[0]!,
    );
    expect(byId.get('margin-total')!.values[1]!).toBeGreaterThan(
      byId.get('margin-total')!.values[0]!,
    );
  });
});

describe('toggleCompared', () => {
  it('adds and removes ids, never past the maximum', () => {
    expect(toggleCompared(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleCompared(['a', 'b'], 'a')).toEqual(['b']);
    const full = ['a', 'b', 'c', 'd'];
    expect(full).toHaveLength(MAX_COMPARED);
    expect(toggleCompared(full, 'e')).toEqual(full);
  });
});
