import { describe, expect, it } from 'vitest';

import {
  CSM_BOOK_EXPORT_COLUMNS,
  HIRING_EXPORT_COLUMNS,
  segmentMixText,
} from '../../../../renderer/features/capacity/capacity-export';
import { getHiringRows } from '../../../../renderer/features/capacity/capacity-figures';
import { toExportTable } from '../../../../renderer/features/portfolio/portfolio-export';
import type { CsmBookRow } from '../../../../shared/engine/types';
import { getFixture } from '../fixtures';

const context = { reassessedDate: null };

describe('capacity exports', () => {
  it('writes hiring per tier and the total under the §3 names', () => {
    const { baseline } = getFixture();
    const rows = getHiringRows(baseline, null);
    const table = toExportTable(rows, HIRING_EXPORT_COLUMNS, context);
    expect(table.header).toEqual([
      'tier',
      'client_count',
      'required_csms',
      'current_csms',
      'hires_needed',
      'hires_cost',
    ]);
    const total = table.values.at(-1)!;
    expect(total[0]).toBe('Total');
    expect(total[2]).toBe(rows.at(-1)!.current.required_csms);
    expect(total[5]).toBe(rows.at(-1)!.current.hires_cost_cents / 100);
  });

  it('writes one row per CSM with its clients, mix and flag', () => {
    const row: CsmBookRow = {
      csm_id: 'csm-7',
      client_ids: ['C1', 'C2', 'C3'],
      segment_mix: { 'Mid-Market': 1, SMB: 2 },
      home_tier: 'SMB',
      total_workers_managed: 40,
      total_mrr_managed_cents: 123456,
      utilization_score: 1.02,
      over_capacity: true,
    } as CsmBookRow;
    const table = toExportTable([row], CSM_BOOK_EXPORT_COLUMNS, context);
    expect(table.header).toEqual([
      'csm_id',
      'client_ids',
      'segment_mix',
      'total_workers_managed',
      'total_mrr_managed',
      'utilization_score',
      'over_capacity',
    ]);
    expect(table.values[0]).toEqual([
      'csm-7',
      'C1; C2; C3',
      'SMB:2; Mid-Market:1',
      40,
      1234.56,
      1.02,
      true,
    ]);
    expect(segmentMixText({})).toBe('');
  });
});
