import { describe, expect, it } from 'vitest';

import {
  buildClientsChart,
  buildCsmChart,
  buildMarginChart,
  cliffSteps,
} from '../../../../../renderer/features/scenario/sensitivity/sweep-charts';
import { renderChartToSvg } from '../../../../../renderer/ui/chart';
import {
  runSweep,
  sweepRange,
  sweepValues,
} from '../../../../../shared/scenario/sweep';
import type { SweepParameter } from '../../../../../shared/scenario/types';
import { getFixture } from '../../fixtures';

const parameter: SweepParameter = { kind: 'min_workers', tier: 'Mid-Market' };

function sweep() {
  const { columns, baselinePolicy } = getFixture();
  const range = sweepRange(baselinePolicy, parameter);
  const values = sweepValues(range, 2, 30, 29);
  return runSweep(columns, baselinePolicy, parameter, values);
}

type Series = {
  name: string;
  data: [number, number | null][];
  markLine?: { data: { xAxis?: number; yAxis?: number }[] };
};
const seriesOf = (option: unknown) => (option as { series: Series[] }).series;

describe('sweep charts', () => {
  it('draws one line per tier along the value, with the value now and the cliffs marked', () => {
    const result = sweep();
    const series = seriesOf(buildClientsChart(result));
    expect(series.slice(0, 4).map((s) => s.name)).toEqual([
      'SMB',
      'Mid-Market',
      'Enterprise',
      'Strategic',
    ]);
    expect(series[1]!.data).toEqual(
      result.steps.map((step) => [step.value, step.clients[1]]),
    );
    const marks = series[0]!.markLine!.data.map((d) => d.xAxis);
    const cliffs = cliffSteps(result);
    expect(cliffs.length).toBeGreaterThan(0);
    expect(marks).toEqual([11, ...cliffs.map((step) => step.value + 0.5)]);
  });

  it('adds the all-tiers line to CSMs and margins, and each tier’s target', () => {
    const result = sweep();
    const csms = seriesOf(buildCsmChart(result));
    expect(csms.map((s) => s.name)).toContain('All tiers');
    expect(csms.at(-1)!.data[0]![1]).toBe(result.steps[0]!.total_required_csms);
    const margin = seriesOf(
      buildMarginChart(result, getFixture().baselinePolicy),
    );
    const smb = margin.find((s) => s.name === 'SMB')!;
    expect(smb.markLine!.data).toEqual([{ yAxis: 50 }]);
    const first = result.steps[0]!.gross_margin[0]!;
    expect(smb.data[0]![1]).toBeCloseTo(first * 100, 9);
  });

  it('renders as SVG', () => {
    const svg = renderChartToSvg(buildClientsChart(sweep()), 600, 240);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Now 11');
  });
});
