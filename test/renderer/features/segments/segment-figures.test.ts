import { describe, expect, it } from 'vitest';

import {
  SEGMENT_METRICS,
  concentrationSummary,
  countUnassigned,
  getConcentrationBreaches,
  getSegmentRows,
  hasKnownRevenue,
  unassignedNote,
  segmentTestId,
} from '../../../../renderer/features/segments/segment-figures';
import { TIERS } from '../../../../shared/domain';
import { getFixture } from '../fixtures';

describe('getSegmentRows', () => {
  it('lists the four tiers and a total, without baselines when no scenario', () => {
    const { baseline } = getFixture();
    const rows = getSegmentRows(baseline, null);
    expect(rows.map((r) => r.key)).toEqual([...TIERS, 'total']);
    expect(rows.every((r) => r.baseline === undefined)).toBe(true);
    const counted = rows
      .slice(0, 4)
      .reduce((n, r) => n + r.current.client_count, 0);
    expect(counted).toBe(baseline.total.client_count);
  });

  it('pairs each scenario figure with the baseline figure of the same tier', () => {
    const { baseline, scenario } = getFixture();
    const rows = getSegmentRows(baseline, scenario);
    const mid = rows.find((r) => r.key === 'Mid-Market')!;
    expect(mid.current).toBe(
      scenario.segments.find((s) => s.segment === 'Mid-Market'),
    );
    expect(mid.baseline).toBe(
      baseline.segments.find((s) => s.segment === 'Mid-Market'),
    );
    // Raising the Mid-Market floor moves clients down into SMB.
    const smb = rows.find((r) => r.key === 'SMB')!;
    expect(smb.current.client_count).toBeGreaterThan(
      smb.baseline!.client_count,
    );
  });

  it('flags the tiers clients moved into or out of, never the total', () => {
    const { baseline, scenario } = getFixture();
    const rows = getSegmentRows(baseline, scenario);
    for (const row of rows.filter((r) => r.key !== 'total')) {
      expect(row.moved, row.key).toBe(
        row.current.client_count !== row.baseline!.client_count,
      );
    }
    const moved = (key: string) => rows.find((r) => r.key === key)!.moved;
    expect(moved('SMB')).toBe(true);
    expect(moved('Mid-Market')).toBe(true);
    expect(moved('total')).toBeFalsy();
    expect(getSegmentRows(baseline, null).some((r) => r.moved)).toBe(false);
  });

  it('lists the figures that follow a tier’s clients, not its margin or share', () => {
    const follows = SEGMENT_METRICS.filter((m) => m.followsClients).map(
      (m) => m.id,
    );
    expect(follows).toEqual([
      'count',
      'mrr',
      'avg-mrr',
      'revenue',
      'cost',
      'health',
      'churn',
      'countries',
    ]);
  });

  it('fills a tier the result does not list with an empty segment', () => {
    const { baseline } = getFixture();
    const trimmed = {
      ...baseline,
      segments: baseline.segments.filter((s) => s.segment !== 'Strategic'),
    };
    const strategic = getSegmentRows(trimmed, null).find(
      (r) => r.key === 'Strategic',
    )!;
    expect(strategic.current.client_count).toBe(0);
    expect(strategic.current.gross_margin).toBeNull();
  });

  it('adds an Unassigned row only when some client has no service tier', () => {
    const { baseline } = getFixture();
    const unassigned = { ...baseline.total, segment: null, client_count: 3 };
    const withNull = {
      ...baseline,
      segments: [...baseline.segments, unassigned],
    };
    expect(getSegmentRows(withNull, null).map((r) => r.key)).toContain(
      'Unassigned',
    );
  });
});

describe('segment metrics', () => {
  it('name the figures the end-to-end test reads', () => {
    const ids = SEGMENT_METRICS.map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining(['count', 'mrr', 'cost', 'margin']),
    );
    expect(segmentTestId('margin', 'Mid-Market')).toBe(
      'segment-margin-Mid-Market',
    );
  });

  it('colour a higher margin and a lower cost as good', () => {
    const margin = SEGMENT_METRICS.find((m) => m.id === 'margin')!;
    const cost = SEGMENT_METRICS.find((m) => m.id === 'cost')!;
    expect(margin.direction).toBe('higher-is-better');
    expect(cost.direction).toBe('lower-is-better');
  });
});

describe('getConcentrationBreaches', () => {
  it('flags segments above the maximum revenue share, never the total', () => {
    const { baseline } = getFixture();
    const rows = getSegmentRows(baseline, null);
    const top = Math.max(
      ...rows.slice(0, 4).map((r) => r.current.revenue_share ?? 0),
    );
    expect(getConcentrationBreaches(rows, top)).toEqual([]);
    const breaches = getConcentrationBreaches(rows, top - 0.01);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]!.current.revenue_share).toBe(top);
    expect(
      getConcentrationBreaches(rows, 0).some((r) => r.key === 'total'),
    ).toBe(false);
  });

  it('never flags the clients with no service tier', () => {
    const { baseline } = getFixture();
    const tier = getSegmentRows(baseline, null)[0]!;
    const unassigned = {
      ...tier,
      current: { ...tier.current, segment: null, revenue_share: 1 },
    };
    expect(getConcentrationBreaches([unassigned], 0.5)).toEqual([]);
    expect(getConcentrationBreaches([tier], 0)).toHaveLength(1);
  });
});

describe('concentrationSummary', () => {
  it('says what the breach list says, never "none above" beside a breach', () => {
    const { baseline } = getFixture();
    const rows = getSegmentRows(baseline, null);
    const shares = rows.slice(0, 4).map((r) => r.current.revenue_share ?? 0);
    const top = Math.max(...shares);
    const topRow = rows.find((r) => r.current.revenue_share === top)!;
    expect(concentrationSummary(getConcentrationBreaches(rows, top), top)).toBe(
      `No segment above ${(top * 100).toFixed(0)} % of revenue`,
    );
    const one = getConcentrationBreaches(rows, top - 0.001);
    expect(concentrationSummary(one, 0.5)).toBe(
      `${topRow.label} above the 50 % maximum share of revenue`,
    );
    const all = getConcentrationBreaches(rows, 0);
    expect(concentrationSummary(all, 0)).toBe(
      `${all.length} segments above the 0 % maximum share of revenue`,
    );
  });
});

describe('unknown revenue and unassigned clients', () => {
  const metric = (id: string) => SEGMENT_METRICS.find((m) => m.id === id)!;

  it('shows revenue figures as unknown when no client has a known revenue', () => {
    const { baseline } = getFixture();
    const smb = baseline.segments.find((s) => s.segment === 'SMB')!;
    const unknown = { ...smb, revenue_known_count: 0 };
    for (const id of ['mrr', 'avg-mrr', 'revenue', 'margin', 'share']) {
      expect(metric(id).get(unknown)).toBeNull();
      expect(metric(id).get(smb)).not.toBeNull();
    }
    expect(metric('count').get(unknown)).toBe(smb.client_count);
    expect(metric('cost').get({ ...smb, client_count: 0 })).toBeNull();
  });

  it('tells whether any row has a known revenue', () => {
    const { baseline } = getFixture();
    const rows = getSegmentRows(baseline, null);
    expect(hasKnownRevenue(rows)).toBe(true);
    const none = rows.map((r) => ({
      ...r,
      current: { ...r.current, revenue_known_count: 0 },
    }));
    expect(hasKnownRevenue(none)).toBe(false);
  });

  it('counts clients with no tier and says how to give them one', () => {
    const { baseline } = getFixture();
    expect(countUnassigned(baseline)).toBe(0);
    const unassigned = { ...baseline.total, segment: null, client_count: 7043 };
    const all = { ...baseline, segments: [unassigned] };
    expect(countUnassigned(all)).toBe(7043);
    const withTotal = { ...all, total: { ...all.total, client_count: 7043 } };
    const total = getSegmentRows(withTotal, null).at(-1)!;
    expect(total.current.cost_to_serve_cents).toBeNull();
    expect(getSegmentRows(baseline, null).at(-1)!.current).toBe(baseline.total);
    expect(unassignedNote(7043, 'workers')).toBe(
      '7,043 clients have no service tier: no worker count is known. Map a workers column, or set the size basis to ARR in the scenario.',
    );
    expect(unassignedNote(1, 'arr')).toMatch(
      /^1 client has no service tier: no ARR/,
    );
    expect(unassignedNote(0, 'workers')).toBeNull();
  });
});
