import { describe, expect, it } from 'vitest';

import {
  buildPortfolioRows,
  countTierChanges,
  getPortfolioRows,
  isTierChange,
} from '../../../../renderer/features/portfolio/portfolio-rows';
import { getPortfolioColumns } from '../../../../renderer/features/portfolio/portfolio-columns';
import { computeClientRow } from '../../../../shared/engine/index';
import { getFixture } from '../fixtures';

describe('portfolio rows', () => {
  it('builds one row per client with the engine row for it', () => {
    const { columns, baseline } = getFixture();
    const rows = buildPortfolioRows(columns, baseline, null);
    expect(rows).toHaveLength(columns.length);
    expect(rows[17]).toEqual({
      client: computeClientRow(columns, baseline, 17),
      baseline_service_tier: null,
      tier_changed: false,
    });
  });

  it('marks the clients the scenario moves and keeps their baseline tier', () => {
    const { columns, baseline, scenario } = getFixture();
    const rows = buildPortfolioRows(columns, scenario, baseline);
    const movers = rows.filter(isTierChange);
    expect(movers.length).toBe(countTierChanges(baseline, scenario));
    expect(movers.length).toBeGreaterThan(0);
    for (const row of movers)
      expect(row.baseline_service_tier).not.toBe(row.client.service_tier);
    const still = rows.find((r) => !r.tier_changed)!;
    expect(still.baseline_service_tier).toBe(still.client.service_tier);
  });

  it('builds the rows of a result once and rebuilds for another baseline', () => {
    const { columns, baseline, scenario } = getFixture();
    const first = getPortfolioRows(columns, scenario, baseline);
    expect(getPortfolioRows(columns, scenario, baseline)).toBe(first);
    expect(getPortfolioRows(columns, scenario, null)).not.toBe(first);
  });
});

describe('portfolio columns', () => {
  it('lists every tier and economics field, the baseline tier only in a scenario', () => {
    const ids = getPortfolioColumns(false).map((c) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'client_id',
        'name',
        'primary_segment',
        'arr_tier',
        'service_tier',
        'complexity_tier',
        'growth_category',
        'industry',
        'composite_segment',
        'workers',
        'countries',
        'mrr',
        'cost_to_serve',
        'gross_margin',
        'health_score',
        'churned',
        'csm_id',
      ]),
    );
    expect(ids).toHaveLength(new Set(ids).size);
    expect(ids.slice(0, 9)).toEqual([
      'client_id',
      'name',
      'primary_segment',
      'arr_tier',
      'service_tier',
      'mrr',
      'revenue',
      'cost_to_serve',
      'gross_margin',
    ]);
    expect(ids).not.toContain('baseline_service_tier');
    const withBaseline = getPortfolioColumns(true).map((c) => c.id);
    expect(withBaseline[withBaseline.indexOf('service_tier') + 1]).toBe(
      'baseline_service_tier',
    );
  });
});
