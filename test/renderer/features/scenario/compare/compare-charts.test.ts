import { describe, expect, it } from 'vitest';

import {
  buildCsmCompareChart,
  buildMarginCompareChart,
  buildMoneyCompareChart,
} from '../../../../../renderer/features/scenario/compare/compare-charts';
import { renderChartToSvg } from '../../../../../renderer/ui/chart';
import { fixtureComparison } from './harness';

type Series = {
  name: string;
  type: string;
  data: unknown[];
  stack?: string;
  markLine?: { data: { coord: number[] }[][] };
};
const seriesOf = (option: { series?: unknown }) => option.series as Series[];

describe('compare charts', () => {
  it('draws margin per tier for each policy with each tier’s target across its bars', () => {
    const output = fixtureComparison();
    const option = buildMarginCompareChart(output);
    const series = seriesOf(option);
    expect(series.map((s) => s.name)).toEqual([
      'Baseline',
      'Raise Mid-Market',
      'Price SMB +10 %',
      'Target',
    ]);
    const smb = output.baseline.segments.find((s) => s.segment === 'SMB')!;
    expect(series[0]!.data[0]).toBeCloseTo(smb.gross_margin! * 100, 9);
    const spans = series[3]!.markLine!.data;
    expect(spans[0]).toEqual([
      { coord: [-0.42, smb.gm_target! * 100] },
      { coord: [0.42, smb.gm_target! * 100] },
    ]);
    const svg = renderChartToSvg(option, 800, 300);
    // Four target lines, each a real segment (not collapsed to a point).
    const lines = svg.match(
      /<path d="M[\d.]+ [\d.]+L[\d.]+ [\d.]+" fill="none"[^>]*stroke="#1f2933"/g,
    );
    expect(lines).toHaveLength(4);
  });

  it('draws revenue and cost per policy, and CSMs stacked by tier', () => {
    const output = fixtureComparison();
    const money = seriesOf(buildMoneyCompareChart(output, 'USD'));
    expect(money.map((s) => s.name)).toEqual([
      'Revenue / mo',
      'Cost to serve / mo',
    ]);
    expect(money[0]!.data[0]).toBe(
      Math.round(output.baseline.total.revenue_cents) / 100,
    );
    const csms = seriesOf(buildCsmCompareChart(output));
    expect(csms.map((s) => s.name)).toEqual([
      'SMB',
      'Mid-Market',
      'Enterprise',
      'Strategic',
    ]);
    expect(csms.every((s) => s.stack === 'csms')).toBe(true);
    const required = output.scenarios[0]!.hiring.find(
      (h) => h.tier === 'SMB',
    )!.required_csms;
    expect(csms[0]!.data[1]).toBe(required);
  });
});
