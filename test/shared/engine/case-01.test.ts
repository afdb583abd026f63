/**
 * The reference case, shared/cases/01_baseline_clean.csv, built by hand
 * (the import is tested on its own): every tier per client and the
 * per-tier totals its .expected.md states.
 */
import { describe, expect, it } from 'vitest';

import {
  computeClientRow,
  computePortfolio,
} from '../../../shared/engine/index';
import { DEFAULT_POLICY } from '../../../shared/policy';
import { buildColumns, type ClientInput } from './build-columns';

type Row = [
  id: string,
  workers: number,
  countries: number,
  arr: number,
  growthPct: number,
  health: number,
  churned: boolean,
  csm: string,
  tickets: number,
];

const ROWS: Row[] = [
  ['C001', 4, 1, 18000, 4, 82, false, 'Mara Voss', 3],
  ['C002', 9, 2, 42000, -12, 55, false, 'Mara Voss', 11],
  ['C003', 10, 1, 59000, 15, 90, false, 'Mara Voss', 1],
  ['C004', 11, 1, 60000, 0, 70, false, 'Ilan Brandt', 4],
  ['C005', 35, 3, 150000, 8, 64, true, 'Ilan Brandt', 19],
  ['C006', 50, 4, 299000, -5, 77, false, 'Ilan Brandt', 6],
  ['C007', 51, 7, 300000, 11, 81, false, 'Juno Adeyemi', 9],
  ['C008', 120, 8, 720000, 22, 88, false, 'Juno Adeyemi', 14],
  ['C009', 200, 12, 1200000, -11, 45, true, 'Juno Adeyemi', 40],
  ['C010', 201, 9, 1200001, 3, 73, false, 'Tomas Reyes', 25],
  ['C011', 850, 15, 2400000, 10, 69, false, 'Tomas Reyes', 31],
  ['C012', 5000, 22, 4800000, -10, 58, false, 'Tomas Reyes', 52],
];

// From the .expected.md per-record table: size tier, ARR band as a tier,
// complexity, trajectory.
const EXPECTED = [
  ['SMB', 'SMB', 'Low', 'Stable'],
  ['SMB', 'SMB', 'Low', 'Contracting'],
  ['SMB', 'SMB', 'Low', 'Expanding'],
  ['Mid-Market', 'Mid-Market', 'Low', 'Stable'],
  ['Mid-Market', 'Mid-Market', 'Medium', 'Stable'],
  ['Mid-Market', 'Mid-Market', 'Medium', 'Stable'],
  ['Enterprise', 'Enterprise', 'Medium', 'Expanding'],
  ['Enterprise', 'Enterprise', 'High', 'Expanding'],
  ['Enterprise', 'Enterprise', 'High', 'Contracting'],
  ['Strategic', 'Strategic', 'High', 'Stable'],
  ['Strategic', 'Strategic', 'High', 'Stable'],
  ['Strategic', 'Strategic', 'High', 'Stable'],
] as const;

const clients: ClientInput[] = ROWS.map(
  ([
    id,
    workers,
    countries,
    arr,
    growthPct,
    health,
    churned,
    csm,
    tickets,
  ]) => ({
    id,
    workers,
    countries,
    arr,
    growthPct,
    health,
    churned,
    csm,
    tickets,
  }),
);
const columns = buildColumns(clients);
const result = computePortfolio(columns, DEFAULT_POLICY);

describe('case 01: the baseline clean file', () => {
  it.each(EXPECTED.map((expected, i) => [ROWS[i]![0], i, expected] as const))(
    '%s has the expected tiers',
    (_, i, [size, arrBand, complexity, growth]) => {
      const row = computeClientRow(columns, result, i);
      expect(row.primary_segment).toBe(size);
      expect(row.arr_tier).toBe(arrBand);
      expect(row.complexity_tier).toBe(complexity);
      expect(row.growth_category).toBe(growth);
    },
  );

  it('has 3/3/3/3 clients per size tier with the stated ARR', () => {
    const perTier = (tier: string) =>
      ROWS.filter((_, i) => EXPECTED[i]![0] === tier);
    const sizeCells = ['SMB', 'Mid-Market', 'Enterprise', 'Strategic'].map(
      (tier) =>
        result.matrix
          .filter((cell) => cell.size === tier)
          .reduce((sum, cell) => sum + cell.client_count, 0),
    );
    expect(sizeCells).toEqual([3, 3, 3, 3]);
    expect(perTier('Strategic').reduce((sum, r) => sum + r[3], 0)).toBe(
      8_400_001,
    );
    // 11,248,001 ARR is 937,333.4166… MRR: rounded once, to the cent.
    expect(result.total.total_mrr_cents).toBe(93_733_342);
  });

  it('serves the High-complexity Enterprise clients as Strategic', () => {
    expect(result.segments.map((s) => s.client_count)).toEqual([3, 3, 1, 5]);
    // SMB 119,000 ARR → 9,916.67 MRR; Strategic 720,000 + 1,200,000 +
    // 8,400,001 ARR → 860,000.08 MRR.
    expect(result.segments[0]!.total_mrr_cents).toBe(991_667);
    expect(result.segments[3]!.total_mrr_cents).toBe(86_000_008);
    expect(result.segments[1]!.churn_rate).toBeCloseTo(1 / 3, 12);
  });

  it('gives each CSM their 3 clients', () => {
    expect(
      result.csmBook.map((row) => [row.csm_id, row.client_ids.length]),
    ).toEqual([
      ['Ilan Brandt', 3],
      ['Juno Adeyemi', 3],
      ['Mara Voss', 3],
      ['Tomas Reyes', 3],
    ]);
    const juno = result.csmBook[1]!;
    expect(juno.total_mrr_managed_cents).toBe(18_500_000);
    expect(juno.home_tier).toBe('Strategic');
  });

  it('needs one Enterprise hire', () => {
    expect(
      result.hiring.map((h) => [
        h.tier,
        h.required_csms,
        h.current_csms,
        h.hires_needed,
      ]),
    ).toEqual([
      ['SMB', 1, 1, 0],
      ['Mid-Market', 1, 1, 0],
      ['Enterprise', 1, 0, 1],
      ['Strategic', 2, 2, 0],
    ]);
  });
});
