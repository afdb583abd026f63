// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';

import { SegmentTable } from '../../../../renderer/features/segments/SegmentTable';
import { getSegmentRows } from '../../../../renderer/features/segments/segment-figures';
import { formatCount } from '../../../../renderer/ui/format';
import { computePortfolio } from '../../../../shared/engine/index';
import { validatePolicy, type Policy } from '../../../../shared/policy';
import { getFixture } from '../fixtures';
import { render, type Rendered } from '../../ui/render';

let view: Rendered | null = null;
afterEach(async () => {
  await view?.unmount();
  view = null;
});

describe('SegmentTable', () => {
  it('shows each tier with its figures and no deltas under the baseline', async () => {
    const { baseline } = getFixture();
    view = await render(
      <SegmentTable rows={getSegmentRows(baseline, null)} currency="USD" />,
    );
    for (const tier of [
      'SMB',
      'Mid-Market',
      'Enterprise',
      'Strategic',
      'total',
    ]) {
      expect(view.queryByTestId(`segment-row-${tier}`)).not.toBeNull();
    }
    const smb = baseline.segments.find((s) => s.segment === 'SMB')!;
    expect(view.byTestId('segment-count-SMB').textContent).toBe(
      formatCount(smb.client_count),
    );
    expect(view.queryByTestId('segment-count-SMB-delta')).toBeNull();
    expect(view.byTestId('segment-margin-SMB').textContent).toMatch(
      /^\d+\.\d %$/,
    );
  });

  it('shows scenario figures with deltas coloured toward the target', async () => {
    const { baseline, scenario } = getFixture();
    view = await render(
      <SegmentTable rows={getSegmentRows(baseline, scenario)} currency="USD" />,
    );
    const smbNow = scenario.segments.find(
      (s) => s.segment === 'SMB',
    )!.client_count;
    const smbBefore = baseline.segments.find(
      (s) => s.segment === 'SMB',
    )!.client_count;
    expect(view.byTestId('segment-count-SMB').textContent).toBe(
      formatCount(smbNow),
    );
    expect(view.byTestId('segment-count-SMB-delta').textContent).toBe(
      `+${formatCount(smbNow - smbBefore)}`,
    );

    const margin = view.byTestId('segment-margin-SMB-delta');
    const now = scenario.segments.find(
      (s) => s.segment === 'SMB',
    )!.gross_margin!;
    const before = baseline.segments.find(
      (s) => s.segment === 'SMB',
    )!.gross_margin!;
    const expected =
      now > before + 1e-9 ? 'good' : now < before - 1e-9 ? 'bad' : 'neutral';
    expect(margin.dataset.tone).toBe(expected);
    expect(margin.className).toContain(`ui-delta--${expected}`);
  });

  it('gives the sums of a tier clients moved into no tone; its margin and the total keep theirs', async () => {
    const { baseline, scenario } = getFixture();
    view = await render(
      <SegmentTable rows={getSegmentRows(baseline, scenario)} currency="USD" />,
    );
    // Raising the Mid-Market floor moves clients into SMB: SMB's revenue,
    // MRR, cost and averages follow them.
    for (const id of ['revenue', 'mrr', 'cost', 'avg-mrr', 'health']) {
      const delta = view.byTestId(`segment-${id}-SMB-delta`);
      expect(delta.textContent, id).not.toBe('—');
      expect(delta.dataset.tone, id).toBe('neutral');
    }
    expect(view.byTestId('segment-margin-SMB-delta').dataset.tone).not.toBe(
      'neutral',
    );
    // All tiers keep the direction: clients served in a cheaper tier cost less.
    const cost = view.byTestId('segment-cost-total-delta');
    expect(scenario.total.cost_to_serve_cents!).toBeLessThan(
      baseline.total.cost_to_serve_cents!,
    );
    expect(cost.dataset.tone).toBe('good');
  });

  it('colours a tier’s revenue when no client moved in or out of it', async () => {
    const { columns, baseline, baselinePolicy } = getFixture();
    const priced = structuredClone(baselinePolicy) as Policy;
    priced.tiers.SMB.price_change = 0.1;
    const scenario = computePortfolio(columns, validatePolicy(priced));
    view = await render(
      <SegmentTable rows={getSegmentRows(baseline, scenario)} currency="USD" />,
    );
    expect(view.byTestId('segment-revenue-SMB-delta').dataset.tone).toBe(
      'good',
    );
    expect(view.byTestId('segment-count-SMB-delta').dataset.tone).toBe(
      'neutral',
    );
  });

  it('marks each tier margin target as met or missed', async () => {
    const { baseline } = getFixture();
    view = await render(
      <SegmentTable rows={getSegmentRows(baseline, null)} currency="USD" />,
    );
    const smb = baseline.segments.find((s) => s.segment === 'SMB')!;
    const mark = view.byTestId('segment-target-SMB');
    expect(mark.textContent).toBe(smb.gm_target_met ? 'met' : 'missed');
  });
});
