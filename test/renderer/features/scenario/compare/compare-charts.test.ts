import { describe, expect, it } from 'vitest';

import {
  buildClientsCompareChart,
  buildCsmCompareChart,
  buildMarginCompareChart,
  buildMoneyCompareChart,
} from '../../../../../renderer/features/scenario/compare/compare-charts';
import { renderChartToSvg } from '../../../../../renderer/ui/chart';
import {
  clonePolicy,
  validatePolicy,
  type Policy,
} from '../../../../../shared/policy';
import { getFixture } from '../../fixtures';
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
    // Twelve targets, one per bar: three policies, four tiers.
    const spans = series[3]!.markLine!.data;
    expect(spans).toHaveLength(12);
    expect(spans[0]![0]!.coord[1]).toBe(smb.gm_target! * 100);
    expect(spans[0]![0]!.coord[0]).toBeCloseTo(-0.4, 9);
    expect(spans[2]![1]!.coord[0]).toBeCloseTo(0.4, 9);
  });

  it('draws each policy’s own target on its own bar, where a scenario changes a target', () => {
    const fixture = getFixture();
    const strict = structuredClone(
      clonePolicy(fixture.baselinePolicy, 'Stricter SMB target'),
    ) as Policy;
    strict.tiers.SMB.gm_target = 0.7;
    const output = fixtureComparison([validatePolicy(strict)]);
    const option = buildMarginCompareChart(output);
    const spans = seriesOf(option)[4]!.markLine!.data;
    // SMB group: baseline, a, b, then the stricter policy.
    expect(spans.slice(0, 4).map((s) => s[0]!.coord[1])).toEqual([
      fixture.baselinePolicy.tiers.SMB.gm_target * 100,
      fixture.scenarioPolicy.tiers.SMB.gm_target * 100,
      fixture.baselinePolicy.tiers.SMB.gm_target * 100,
      70,
    ]);
    // On the rendered chart every bar has a target line across exactly its width.
    const svg = renderChartToSvg(option, 800, 300);
    const bars = [
      ...svg.matchAll(
        /<path d="M([\d.]+) ([\d.]+)l([\d.]+) 0l0 -[\d.]+l-[\d.]+ 0Z"[^>]*ecmeta_ssr_type="chart"/g,
      ),
    ].map((m) => [Number(m[1]), Number(m[1]) + Number(m[3])]);
    const lines = [
      ...svg.matchAll(
        /<path d="M([\d.]+) ([\d.]+)L([\d.]+) [\d.]+" fill="none"[^>]*stroke="#1f2933"/g,
      ),
    ].map((m) => ({ x: [Number(m[1]), Number(m[3])], y: Number(m[2]) }));
    expect(bars).toHaveLength(16);
    expect(lines).toHaveLength(16);
    for (const [left, right] of bars) {
      const line = lines.find((l) => Math.abs(l.x[0]! - left!) < 0.5);
      expect(line, `a target on the bar at ${left}`).toBeDefined();
      expect(line!.x[1]).toBeCloseTo(right!, 0);
    }
    // The stricter target (70 %) is drawn higher than the baseline's on SMB.
    const smb = lines
      .slice()
      .sort((a, b) => a.x[0]! - b.x[0]!)
      .slice(0, 4);
    expect(smb[3]!.y).toBeLessThan(smb[0]!.y);
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

  it('draws clients per tier, one bar per policy, gaining where clients move in', () => {
    const output = fixtureComparison();
    const option = buildClientsCompareChart(output);
    expect((option.xAxis as { data: string[] }).data).toEqual([
      'SMB',
      'Mid-Market',
      'Enterprise',
      'Strategic',
    ]);
    const series = seriesOf(option);
    expect(series.map((s) => s.name)).toEqual([
      'Baseline',
      'Raise Mid-Market',
      'Price SMB +10 %',
    ]);
    expect(series.every((s) => s.type === 'bar' && !s.stack)).toBe(true);
    const count = (figures: typeof output.baseline, tier: string) =>
      figures.segments.find((s) => s.segment === tier)?.client_count ?? 0;
    const policies = [output.baseline, ...output.scenarios];
    series.forEach((s, k) =>
      expect(s.data).toEqual(
        ['SMB', 'Mid-Market', 'Enterprise', 'Strategic'].map((tier) =>
          count(policies[k]!, tier),
        ),
      ),
    );
    // Raising Mid-Market's floor moves clients down into SMB; repricing
    // moves none. Every policy still counts every client.
    expect(series[1]!.data[0]).toBeGreaterThan(series[0]!.data[0] as number);
    expect(series[2]!.data).toEqual(series[0]!.data);
    const sum = (data: unknown[]) =>
      data.reduce<number>((n, v) => n + (v as number), 0);
    expect(sum(series[1]!.data)).toBe(sum(series[0]!.data));
    // It renders: a bar per policy and tier.
    const svg = renderChartToSvg(option, 800, 300);
    const bars = svg.match(
      /<path d="M[\d.]+ [\d.]+l[\d.]+ 0l0 -[\d.]+l-[\d.]+ 0Z"[^>]*ecmeta_ssr_type="chart"/g,
    );
    expect(bars).toHaveLength(12);
  });
});
