// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';

import { SegmentTable } from '../../../../renderer/features/segments/SegmentTable';
import { getSegmentRows } from '../../../../renderer/features/segments/segment-figures';
import { formatCount } from '../../../../renderer/ui/format';
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
