import { describe, expect, it } from 'vitest';

import {
  compactMoney,
  buildConcentrationChart,
  buildMarginChart,
  buildMatrixChart,
  buildRevenueChart,
} from '../../../../renderer/features/segments/segment-charts';
import { getSegmentRows } from '../../../../renderer/features/segments/segment-figures';
import {
  renderChartToSvg,
  type ChartOption,
} from '../../../../renderer/ui/chart';
import { getFixture } from '../fixtures';

type Series = {
  type: string;
  name: string;
  data: unknown[];
  markLine?: { data: unknown[] };
};
const seriesOf = (option: ChartOption) => option.series as unknown as Series[];
const countBars = (svg: string) =>
  (svg.match(/<path d="M[^"]*Z"[^>]*fill="#/g) ?? []).length;

describe('buildRevenueChart', () => {
  it('draws one bar per tier, and a baseline beside it in a scenario', () => {
    const { baseline, scenario } = getFixture();
    const alone = buildRevenueChart(getSegmentRows(baseline, null), 'USD');
    expect(seriesOf(alone).map((s) => s.name)).toEqual(['MRR']);
    expect(seriesOf(alone)[0]!.data).toHaveLength(4);

    const paired = buildRevenueChart(getSegmentRows(baseline, scenario), 'USD');
    expect(seriesOf(paired).map((s) => s.name)).toEqual([
      'Baseline',
      'Scenario MRR',
    ]);
    const svg = renderChartToSvg(paired, 600, 300);
    expect(svg).toContain('Mid-Market');
    expect(countBars(svg)).toBeGreaterThanOrEqual(8);
  });

  it('writes revenue in dollars from the engine cents', () => {
    const { baseline } = getFixture();
    const rows = getSegmentRows(baseline, null);
    const bars = seriesOf(buildRevenueChart(rows, 'USD'))[0]!.data as number[];
    expect(bars[0]).toBeCloseTo(rows[0]!.current.revenue_cents / 100, 2);
  });

  it('draws no bar, not a $0 one, for a tier with no known revenue', () => {
    const { baseline } = getFixture();
    const unknown = {
      ...baseline,
      segments: baseline.segments.map((s) =>
        s.segment === 'SMB' ? { ...s, revenue_known_count: 0 } : s,
      ),
    };
    const rows = getSegmentRows(unknown, null);
    const bars = seriesOf(buildRevenueChart(rows, 'USD'))[0]!.data;
    expect(bars[0]).toBeNull();
    expect(bars[1]).not.toBeNull();
  });
});

describe('buildMarginChart', () => {
  it('marks each tier target and the review line, colouring missed bars red', () => {
    const { baseline } = getFixture();
    const rows = getSegmentRows(baseline, null);
    const option = buildMarginChart(rows, 0.4);
    const [bars, targets] = seriesOf(option);
    expect(targets!.type).toBe('scatter');
    expect(targets!.data).toEqual([50, 60, 65, 70]);
    expect(bars!.markLine!.data).toEqual([{ yAxis: 40 }]);
    const colours = (bars!.data as { itemStyle: { color: string } }[]).map(
      (d) => d.itemStyle.color,
    );
    rows.slice(0, 4).forEach((row, i) => {
      const expected =
        row.current.gm_target_met === false ? '#b42318' : '#1d7a3e';
      expect(colours[i]).toBe(expected);
    });
    const svg = renderChartToSvg(option, 600, 300);
    expect(svg).toContain('Review &lt; 40 %');
    expect(countBars(svg)).toBeGreaterThanOrEqual(4);
  });
});

describe('buildMatrixChart', () => {
  it('labels cells with clients only, no $0, when no revenue is known', () => {
    const { baseline } = getFixture();
    const option = buildMatrixChart(baseline.matrix, 'USD', false);
    const svg = renderChartToSvg(option, 600, 300);
    expect(svg).toContain('clients');
    expect(svg).not.toContain('$');
    expect(svg).toContain('More clients');
  });

  it('puts every non-empty size × complexity cell on the heatmap with its clients', () => {
    const { baseline } = getFixture();
    const option = buildMatrixChart(baseline.matrix, 'USD');
    const cells = baseline.matrix.filter((c) => c.client_count > 0);
    const data = seriesOf(option)[0]!.data as { clients: number }[];
    expect(data).toHaveLength(cells.length);
    expect(data.reduce((n, d) => n + d.clients, 0)).toBe(
      baseline.total.client_count,
    );
    const svg = renderChartToSvg(option, 600, 320);
    expect(svg).toContain('clients');
    expect(svg).toContain('High');
  });
});

describe('buildConcentrationChart', () => {
  it('draws the maximum share and colours a segment above it red', () => {
    const { baseline } = getFixture();
    const rows = getSegmentRows(baseline, null);
    const option = buildConcentrationChart(rows, 0.3);
    const bars = seriesOf(option)[0]!;
    expect(bars.markLine!.data).toEqual([{ xAxis: 30 }]);
    const over = rows
      .slice(0, 4)
      .map((r) => (r.current.revenue_share ?? 0) > 0.3);
    const red = (bars.data as { itemStyle: { color: string } }[]).map(
      (d) => d.itemStyle.color === '#b42318',
    );
    expect(red).toEqual(over);
    expect(renderChartToSvg(option, 500, 220)).toContain('Max 30 %');
  });
});

describe('compactMoney', () => {
  it('writes axis money compactly, billions as B', () => {
    expect(compactMoney(0)).toBe('$0');
    expect(compactMoney(950)).toBe('$950');
    expect(compactMoney(12_000)).toBe('$12K');
    expect(compactMoney(1_500_000)).toBe('$1.5M');
    expect(compactMoney(1_000_000_000)).toBe('$1B');
    expect(compactMoney(2_500_000_000)).toBe('$2.5B');
  });
});
