import { describe, expect, it } from 'vitest';

import {
  SUMMARY_METRICS,
  getSummaryRows,
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

  it('flags the tiers clients moved into or out of; only the margin does not follow them', () => {
    const { baseline, scenario } = getFixture();
    const rows = getSummaryRows(baseline, scenario);
    const moved = Object.fromEntries(rows.map((r) => [r.key, r.moved]));
    expect(moved).toMatchObject({
      SMB: true,
      'Mid-Market': true,
      total: false,
    });
    for (const row of rows.slice(0, 4)) {
      const { value, baseline: before } = row.figures.clients;
      expect(row.moved, row.key).toBe(value !== before);
    }
    expect(
      SUMMARY_METRICS.filter((m) => !m.followsClients).map((m) => m.id),
    ).toEqual(['margin']);
  });
});
