import { describe, expect, it } from 'vitest';

import { getSegmentExportColumns } from '../../../../renderer/features/segments/segment-export';
import { getSegmentRows } from '../../../../renderer/features/segments/segment-figures';
import {
  toCsv,
  toExportTable,
} from '../../../../renderer/features/portfolio/portfolio-export';
import { getFixture } from '../fixtures';

const context = { reassessedDate: null };

describe('segment economics export', () => {
  it('writes the DESIGN §3 columns, one row per tier and the total', () => {
    const { baseline } = getFixture();
    const rows = getSegmentRows(baseline, null);
    const table = toExportTable(
      rows,
      getSegmentExportColumns('2026-Q3'),
      context,
    );
    expect(table.header).toEqual([
      'segment',
      'period',
      'client_count',
      'total_mrr',
      'avg_mrr_per_client',
      'cost_to_serve',
      'gross_margin',
      'avg_health_score',
      'churn_rate',
      'nrr',
      'expansion_rate',
      'avg_countries_per_client',
      'revenue_share',
    ]);
    expect(table.values.map((v) => v[0])).toEqual([
      'SMB',
      'Mid-Market',
      'Enterprise',
      'Strategic',
      'Total',
    ]);
    const smb = rows[0]!.current;
    expect(table.values[0]!.slice(1, 4)).toEqual([
      '2026-Q3',
      smb.client_count,
      smb.total_mrr_cents / 100,
    ]);
    expect(toCsv(table).split('\r\n')[0]).toBe(table.header.join(','));
  });

  it('leaves unknown revenue blank rather than writing 0', () => {
    const { baseline } = getFixture();
    const rows = getSegmentRows(baseline, null).map((r) => ({
      ...r,
      current: { ...r.current, revenue_known_count: 0 },
    }));
    const table = toExportTable(rows, getSegmentExportColumns(null), context);
    expect(table.values[0]![3]).toBeNull();
    expect(table.values[0]![12]).toBeNull();
    expect(table.values[0]![2]).toBe(rows[0]!.current.client_count);
  });
});
