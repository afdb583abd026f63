import { describe, expect, it } from 'vitest';

import {
  SUMMARY_METRICS,
  countMovesByPair,
  getSummaryRows,
  getTierMovers,
} from '../../../../renderer/features/scenario/scenario-summary';
import { getFixture } from '../fixtures';

describe('getSummaryRows', () => {
  it('gives every tier and the total each key figure with its baseline', () => {
    const { baseline, scenario } = getFixture();
    const rows = getSummaryRows(baseline, scenario);
    expect(rows.map((r) => r.key)).toEqual([
      'SMB',
      'Mid-Market',
      'Enterprise',
      'Strategic',
      'total',
    ]);
    for (const row of rows) {
      for (const metric of SUMMARY_METRICS) {
        expect(
          row.figures[metric.id].baseline,
          `${row.key} ${metric.id}`,
        ).not.toBeUndefined();
      }
    }
    const total = rows[4]!.figures;
    expect(total.clients).toEqual({
      value: scenario.total.client_count,
      baseline: baseline.total.client_count,
    });
    expect(total.required.value).toBe(
      scenario.hiring.reduce((n, h) => n + h.required_csms, 0),
    );
  });
});

describe('tier movers', () => {
  it('lists each client whose service tier changes, from and to', () => {
    const { columns, baseline, scenario } = getFixture();
    const movers = getTierMovers(columns, baseline, scenario);
    expect(movers.length).toBeGreaterThan(0);
    for (const m of movers) {
      expect(m.from).not.toBe(m.to);
      expect(m.client_id).toBe(columns.clientId[m.index]);
    }
    expect(getTierMovers(columns, baseline, scenario, 3)).toHaveLength(
      Math.min(3, movers.length),
    );
  });

  it('counts moves per pair of tiers, largest first, adding up to all movers', () => {
    const { columns, baseline, scenario } = getFixture();
    const pairs = countMovesByPair(baseline, scenario);
    expect(pairs.reduce((n, p) => n + p.count, 0)).toBe(
      getTierMovers(columns, baseline, scenario).length,
    );
    for (let i = 1; i < pairs.length; i++)
      expect(pairs[i - 1]!.count).toBeGreaterThanOrEqual(pairs[i]!.count);
    // Raising the Mid-Market floor only moves clients from Mid-Market down.
    expect(pairs.some((p) => p.from === 'Mid-Market' && p.to === 'SMB')).toBe(
      true,
    );
  });

  it('finds no movers when the scenario is the baseline', () => {
    const { columns, baseline } = getFixture();
    expect(getTierMovers(columns, baseline, baseline)).toEqual([]);
    expect(countMovesByPair(baseline, baseline)).toEqual([]);
  });
});
