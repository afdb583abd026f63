import { describe, expect, it } from 'vitest';

import {
  axisFloor,
  buildBridgeChart,
} from '../../../../../renderer/features/scenario/bridge/bridge-chart';
import {
  stackParts,
  waterfallSteps,
} from '../../../../../renderer/features/scenario/bridge/bridge-rows';
import { renderChartToSvg } from '../../../../../renderer/ui/chart';
import type { BridgeRow } from '../../../../../shared/scenario/types';

const row = (parts: Partial<BridgeRow>): BridgeRow => {
  const base = {
    volume_cents: 0,
    mix_cents: 0,
    price_cents: 0,
    cost_cents: 0,
    ...parts,
  };
  const total =
    base.volume_cents + base.mix_cents + base.price_cents + base.cost_cents;
  const before = parts.before_cents ?? 100_000;
  return {
    segment: null,
    before_cents: before,
    ...base,
    total_cents: total,
    after_cents: before + total,
  };
};

describe('waterfall steps', () => {
  it('floats each effect where the one before it ended, and shows the figures as they came', () => {
    const steps = waterfallSteps(
      row({
        volume_cents: 500,
        mix_cents: -2_000,
        price_cents: 0,
        cost_cents: 700,
      }),
    );
    expect(steps.map((s) => [s.label, s.low, s.high, s.value, s.kind])).toEqual(
      [
        ['Before', 0, 100_000, 100_000, 'total'],
        ['Volume', 100_000, 100_500, 500, 'up'],
        ['Tier mix', 98_500, 100_500, -2_000, 'down'],
        ['Price', 98_500, 98_500, 0, 'up'],
        ['Cost to serve', 98_500, 99_200, 700, 'up'],
        ['After', 0, 99_200, 99_200, 'total'],
      ],
    );
  });

  it('stacks spans above, below and across zero', () => {
    const step = (low: number, high: number) =>
      stackParts({ label: '', low, high, value: high - low, kind: 'up' });
    expect(step(10, 30)).toEqual({ base: 10, above: 20, below: 0 });
    expect(step(-30, -10)).toEqual({ base: -10, above: 0, below: -20 });
    expect(step(-10, 30)).toEqual({ base: 0, above: 30, below: -10 });
  });

  it('starts the axis above zero only when the effects are small beside the levels', () => {
    expect(
      axisFloor(
        waterfallSteps(
          row({ before_cents: 2_000_000_00, mix_cents: 5_000_00 }),
        ),
      ),
    ).toBeGreaterThan(0);
    expect(
      axisFloor(
        waterfallSteps(
          row({ before_cents: 2_000_000_00, mix_cents: 5_000_00 }),
        ),
      ),
    ).toBeLessThan(2_000_000);
    expect(
      axisFloor(
        waterfallSteps(row({ before_cents: 100_00, mix_cents: 80_00 })),
      ),
    ).toBe(0);
    expect(
      axisFloor(
        waterfallSteps(row({ before_cents: -100_00, mix_cents: 5_00 })),
      ),
    ).toBe(0);
  });

  it('draws six bars over an invisible base', () => {
    const option = buildBridgeChart(
      row({ volume_cents: 500, mix_cents: -2_000 }),
      'USD',
    );
    const series = option.series as { name: string; data: unknown[] }[];
    expect(series.map((s) => s.name)).toEqual([
      'base',
      'Gross profit',
      'Gross profit below zero',
    ]);
    expect(series[0]!.data).toEqual([0, 1000, 985, 985, 985, 0]);
    const svg = renderChartToSvg(option, 600, 300);
    expect(svg).toContain('Tier mix');
    expect(svg).toContain('−$20.00');
  });

  it('labels the before and after bars with their gross margin, and writes negatives with a minus sign', () => {
    const option = buildBridgeChart(
      row({ before_cents: -50_000, volume_cents: 80_000 }),
      'USD',
      { before: -0.125, after: 0.0625 },
    );
    const svg = renderChartToSvg(option, 600, 300);
    expect(svg).toContain('−12.5 % margin');
    expect(svg).toContain('6.3 % margin');
    expect(svg).toContain('−$500.00');
    expect(svg).not.toMatch(/-\$/);
    // Without margins the bars carry gross profit only.
    const plain = renderChartToSvg(buildBridgeChart(row({}), 'USD'), 600, 300);
    expect(plain).not.toContain('margin');
  });
});
