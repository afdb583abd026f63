import { describe, expect, it } from 'vitest';

import {
  HIRING_METRICS,
  countUtilisation,
  formatSegmentMix,
  getHiringRows,
  getUtilisationStatus,
  hiringTestId,
  sumHiring,
  toCsmGridRows,
} from '../../../../renderer/features/capacity/capacity-figures';
import type { CsmBookRow } from '../../../../shared/engine/types';
import { getFixture } from '../fixtures';

const csm = (over: Partial<CsmBookRow>): CsmBookRow => ({
  csm_id: 'C1',
  client_ids: ['a', 'b'],
  segment_mix: { SMB: 2 },
  home_tier: 'SMB',
  total_workers_managed: 9,
  total_mrr_managed_cents: 300000,
  utilization_score: 1,
  over_capacity: false,
  ...over,
});

describe('getHiringRows', () => {
  it('gives each tier ceil(clients / ratio) CSMs and sums them in a total', () => {
    const { baseline } = getFixture();
    const rows = getHiringRows(baseline, null);
    expect(rows.map((r) => r.key)).toEqual([
      'SMB',
      'Mid-Market',
      'Enterprise',
      'Strategic',
      'total',
    ]);
    for (const row of rows.slice(0, 4)) {
      const { client_count, csm_ratio, required_csms } = row.current;
      expect(required_csms).toBe(Math.ceil(client_count / csm_ratio!));
    }
    const total = rows[4]!.current;
    expect(total.required_csms).toBe(
      rows.slice(0, 4).reduce((n, r) => n + r.current.required_csms, 0),
    );
    expect(total.csm_ratio).toBeNull();
  });

  it('pairs the scenario with the baseline: a larger SMB pool needs more CSMs', () => {
    const { baseline, scenario } = getFixture();
    const smb = getHiringRows(baseline, scenario)[0]!;
    expect(smb.baseline).toBeDefined();
    expect(smb.current.csm_ratio).toBe(40);
    expect(smb.baseline!.csm_ratio).toBe(50);
    expect(smb.current.required_csms).toBeGreaterThanOrEqual(
      smb.baseline!.required_csms,
    );
  });

  it('flags the tiers whose client count changed, not the total', () => {
    const { baseline, scenario } = getFixture();
    const rows = getHiringRows(baseline, scenario);
    const moved = Object.fromEntries(rows.map((r) => [r.key, r.moved]));
    expect(moved.SMB).toBe(true);
    expect(moved['Mid-Market']).toBe(true);
    expect(moved.total).toBeFalsy();
    for (const row of rows.slice(0, 4)) {
      expect(row.moved, row.key).toBe(
        row.current.client_count !== row.baseline!.client_count,
      );
    }
    expect(getHiringRows(baseline, null).some((r) => r.moved)).toBe(false);
    expect(
      HIRING_METRICS.filter((m) => !m.followsClients).map((m) => m.id),
    ).toEqual(['ratio']);
  });

  it('sums hires and their cost', () => {
    const { baseline } = getFixture();
    const total = sumHiring(baseline.hiring);
    expect(total.hires_cost_cents).toBe(
      baseline.hiring.reduce((n, h) => n + h.hires_cost_cents, 0),
    );
    expect(hiringTestId('required', 'total')).toBe('hiring-required-total');
  });
});

describe('CSM utilisation', () => {
  it.each([
    [csm({ over_capacity: true, utilization_score: 1.3 }), 'over-band'],
    [csm({ over_capacity: true, utilization_score: 1.05 }), 'over'],
    [csm({ utilization_score: 0.8 }), 'within'],
    [csm({ utilization_score: 0.79 }), 'under'],
    [csm({ utilization_score: 1 }), 'within'],
  ] as const)('%# is %s with a 20 % band', (row, status) => {
    expect(getUtilisationStatus(row, 0.2)).toBe(status);
  });

  it('counts CSMs by status and builds grid rows with the mix as text', () => {
    const book = [
      csm({}),
      csm({
        csm_id: 'C2',
        over_capacity: true,
        segment_mix: { SMB: 1, Enterprise: 4, Unassigned: 1 },
      }),
    ];
    expect(countUtilisation(book, 0.2)).toEqual({
      'over-band': 0,
      over: 1,
      within: 1,
      under: 0,
    });
    const rows = toCsmGridRows(book, 0.2);
    expect(rows[1]!.segment_mix).toBe('SMB 1 · Enterprise 4 · Unassigned 1');
    expect(rows[1]!.status).toBe('Over ratio, within band');
    expect(rows[0]!.client_ids).toBe('a, b');
    expect(formatSegmentMix({})).toBe('');
  });

  it('reads the real CSM book of the sample', () => {
    const { baseline } = getFixture();
    const rows = toCsmGridRows(baseline.csmBook, 0.2);
    expect(rows.length).toBe(baseline.csmBook.length);
    expect(rows.reduce((n, r) => n + r.client_count, 0)).toBeLessThanOrEqual(
      baseline.total.client_count,
    );
  });
});
