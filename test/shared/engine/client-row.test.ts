import { describe, expect, it } from 'vitest';

import {
  computeClientRow,
  computePortfolio,
  toClientSegmentRows,
} from '../../../shared/engine/index';
import { DEFAULT_POLICY } from '../../../shared/policy';
import { buildColumns } from './build-columns';

const columns = buildColumns([
  {
    id: '007',
    name: 'Vireo Payments',
    workers: 30,
    countries: 9,
    industry: 'Financial Services',
    arr: 150_001,
    workersPrior: 20,
    health: 70,
    churned: false,
    csm: 'Ana',
    tickets: 4,
    signed: '2024-02-13',
  },
  { id: 'X', override: 'Enterprise' },
]);
const result = computePortfolio(columns, DEFAULT_POLICY);

describe('computeClientRow', () => {
  it('gives labels, not codes, and the economics', () => {
    const row = computeClientRow(columns, result, 0);
    expect(row).toMatchObject({
      index: 0,
      client_id: '007',
      name: 'Vireo Payments',
      primary_segment: 'Mid-Market',
      worker_tier: 'Mid-Market',
      arr_tier: 'Mid-Market',
      service_tier: 'Enterprise',
      complexity_tier: 'High',
      growth_category: 'Expanding',
      industry: 'Financial Services',
      composite_segment:
        'Mid-Market | High Complexity | Expanding | Financial Services',
      override: null,
      workers: 30,
      countries: 9,
      mrr_cents: 1_250_008,
      health_score: 70,
      churned: false,
      csm_id: 'Ana',
      tickets: 4,
      signed_date: '2024-02-13',
    });
    expect(row.revenue_cents).toBeCloseTo(15_000_100 / 12, 6);
    expect(row.gross_margin).toBeCloseTo(
      (row.revenue_cents! - row.cost_to_serve_cents!) / row.revenue_cents!,
      12,
    );
  });

  it('gives null for what is unknown', () => {
    const row = computeClientRow(columns, result, 1);
    expect(row).toMatchObject({
      name: '',
      primary_segment: null,
      service_tier: 'Enterprise',
      override: 'Enterprise',
      workers: null,
      mrr_cents: null,
      revenue_cents: null,
      gross_margin: null,
      churned: null,
      csm_id: null,
      signed_date: null,
      composite_segment:
        'Unassigned | Unassigned Complexity | Unassigned | Unassigned',
    });
  });
});

describe('toClientSegmentRows', () => {
  it('has the DESIGN.md client segment columns, in order', () => {
    const rows = toClientSegmentRows(columns, result, {
      reassessedDate: '2026-09-30',
    });
    expect(Object.keys(rows[0]!)).toEqual([
      'client_id',
      'primary_segment',
      'service_tier',
      'complexity_tier',
      'growth_category',
      'industry',
      'composite_segment',
      'override',
      'last_reassessed_date',
    ]);
    expect(rows[1]!.override).toBe('Enterprise');
    expect(rows[0]!.last_reassessed_date).toBe('2026-09-30');
    expect(
      toClientSegmentRows(columns, result)[0]!.last_reassessed_date,
    ).toBeNull();
  });
});
