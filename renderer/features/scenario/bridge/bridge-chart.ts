/**
 * The margin bridge as a waterfall: gross profit before, the volume, tier
 * mix, price and cost-to-serve effects each floating where the last ended,
 * then gross profit after, the before and after bars labelled with their
 * gross margin. Stacked bars over an invisible base.
 */
import type { BridgeRow } from '../../../../shared/scenario/types';
import { chartPalette, type ChartOption } from '../../../ui/chart';
import { formatMoney, formatPercent, withMinusSign } from '../../../ui/format';
import { compactMoney } from '../../segments/segment-charts';
import {
  stackParts,
  waterfallSteps,
  type RowMargins,
  type WaterfallStep,
} from './bridge-rows';

const COLORS: Record<WaterfallStep['kind'], string> = {
  total: chartPalette.primary,
  up: chartPalette.good,
  down: chartPalette.bad,
};

const dollars = (cents: number) => cents / 100;

/** The gross margin of the before (index 0) or after bar: `62.6 % margin`. */
function marginText(index: number, margins: RowMargins): string {
  return `${formatPercent(index === 0 ? margins.before : margins.after)} margin`;
}

/** The waterfall of one bridge row (a tier's, or the total). */
export function buildBridgeChart(
  row: BridgeRow,
  currency: string,
  margins: RowMargins | null = null,
): ChartOption {
  const steps = waterfallSteps(row);
  const parts = steps.map(stackParts);
  const visible = (key: 'above' | 'below') =>
    steps.map((step, k) => ({
      value: dollars(parts[k]![key]),
      itemStyle: { color: COLORS[step.kind] },
    }));
  const labelOf = (params: unknown) => {
    const { dataIndex } = params as { dataIndex: number };
    const step = steps[dataIndex]!;
    if (step.kind === 'total') {
      const money = formatMoney(step.value, currency, true);
      return margins ? `${money}\n${marginText(dataIndex, margins)}` : money;
    }
    const size = formatMoney(Math.abs(step.value), currency, true);
    return step.value === 0 ? size : `${step.value > 0 ? '+' : '−'}${size}`;
  };
  return {
    grid: {
      left: 8,
      right: 16,
      top: margins ? 40 : 24,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const first = (params as { dataIndex: number }[])[0]!;
        const step = steps[first.dataIndex]!;
        const text = `${step.label}: ${formatMoney(step.value, currency, true)}`;
        return step.kind === 'total' && margins
          ? `${text}, ${marginText(first.dataIndex, margins)}`
          : text;
      },
    },
    xAxis: { type: 'category', data: steps.map((s) => s.label) },
    yAxis: {
      type: 'value',
      min: axisFloor(steps),
      axisLabel: { formatter: (v: number) => withMinusSign(compactMoney(v)) },
    },
    series: [
      {
        type: 'bar',
        name: 'base',
        stack: 'bridge',
        silent: true,
        itemStyle: { color: 'transparent' },
        emphasis: { disabled: true },
        data: parts.map((p) => dollars(p.base)),
      },
      {
        type: 'bar',
        name: 'Gross profit',
        stack: 'bridge',
        barMaxWidth: 56,
        label: {
          show: true,
          position: 'top',
          formatter: labelOf,
          // Two lines on the before and after bars: profit, then margin.
          lineHeight: 15,
        },
        data: visible('above'),
      },
      {
        type: 'bar',
        name: 'Gross profit below zero',
        stack: 'bridge',
        barMaxWidth: 56,
        data: visible('below'),
      },
    ],
  };
}

/**
 * Where the value axis starts: at 0, unless every level is well above it
 * and the effects are small beside it; then just below the lowest level,
 * so the steps can be seen (the before and after bars are cut there).
 */
export function axisFloor(steps: readonly WaterfallStep[]): number {
  const levels = steps.flatMap((s) =>
    s.kind === 'total' ? [s.value] : [s.low, s.high],
  );
  const low = Math.min(...levels);
  const span = Math.max(...levels) - low;
  if (low <= 0 || span * 4 > low) return 0;
  const pad = dollars(Math.max(span, low * 0.02));
  const unit = 10 ** Math.floor(Math.log10(Math.max(1, pad)));
  return Math.max(0, Math.floor((dollars(low) - pad) / unit) * unit);
}
