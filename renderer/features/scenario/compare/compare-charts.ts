/**
 * ECharts options of the Compare tab, from the worker's figures: gross
 * margin per tier by policy with each policy's own target marked on its
 * bar, revenue and cost to serve per policy, CSMs required per policy
 * by tier, and clients per tier by policy.
 */
import { TIERS } from '../../../../shared/domain';
import { chartPalette, type ChartOption } from '../../../ui/chart';
import {
  CHART_FRAME,
  chartDollars,
  chartPercent,
} from '../../../ui/chart-values';
import { formatCount, formatMoney } from '../../../ui/format';
import type { CompareOutput, PolicyFigures } from '../../../worker/messages';
import { compactMoney } from '../../segments/segment-charts';
import { COMPARE_FIGURES, segmentOf } from '../scenario-comparison';

/** The scenarios' colours, in compare order (the baseline is grey). */
export const SCENARIO_COLORS = ['#1f5fbf', '#0f8b8d', '#b26b00', '#7048a8'];

const TIER_COLORS = ['#9fb8da', '#5f8fcf', '#2f66b3', '#163f7a'];

type Named = { readonly name: string; readonly figures: PolicyFigures };

function policiesOf(output: CompareOutput): Named[] {
  return [
    { name: 'Baseline', figures: output.baseline },
    ...output.scenarios.map((s) => ({ name: s.name, figures: s })),
  ];
}

const colorOf = (k: number) =>
  k === 0 ? chartPalette.baseline : SCENARIO_COLORS[(k - 1) % 4]!;

const figure = (id: string) => COMPARE_FIGURES.find((f) => f.id === id)!;

// Bars of a tier's group share its slot as ECharts lays them out: 20 % of
// the slot left between groups, 30 % of a bar's width between bars.
const CATEGORY_GAP = 0.2;
const BAR_GAP = 0.3;

/**
 * Where bar k of n sits in its slot (1 wide, centred on 0), as ECharts
 * lays out bars with the gaps above: its centre and half its width.
 */
export function barSpan(
  k: number,
  n: number,
): { centre: number; half: number } {
  const width = (1 - CATEGORY_GAP) / (n + (n - 1) * BAR_GAP);
  const start = -(1 - CATEGORY_GAP) / 2;
  return {
    centre: start + k * width * (1 + BAR_GAP) + width / 2,
    half: width / 2,
  };
}

/** Gross margin per tier, one bar per policy, each bar with its policy's target. */
export function buildMarginCompareChart(output: CompareOutput): ChartOption {
  const policies = policiesOf(output);
  const margin = figure('margin');
  return {
    ...CHART_FRAME,
    tooltip: {
      ...CHART_FRAME.tooltip,
      valueFormatter: (v) => (v === null ? '—' : `${Number(v).toFixed(1)} %`),
    },
    xAxis: [
      { type: 'category', data: [...TIERS] },
      // The same slots as numbers, so a target can span its own bar.
      {
        type: 'value',
        min: -0.5,
        max: TIERS.length - 0.5,
        show: false,
        axisPointer: { show: false },
      },
    ],
    yAxis: {
      type: 'value',
      // Not at 0 of the hidden slot axis (the middle of the SMB bars).
      axisLine: { show: false, onZero: false },
      axisTick: { show: false },
      axisLabel: { formatter: '{value} %' },
    },
    series: [
      ...policies.map((p, k) => ({
        type: 'bar' as const,
        name: p.name,
        color: colorOf(k),
        barGap: `${BAR_GAP * 100}%`,
        barCategoryGap: `${CATEGORY_GAP * 100}%`,
        data: TIERS.map((tier) => chartPercent(margin.get(p.figures, tier))),
      })),
      targetSeries(policies),
    ],
  };
}

type Span = [{ coord: number[] }, { coord: number[] }];

/**
 * Each policy's own target of each tier (a scenario may change targets), a
 * line across its bar; a tier without a target has none.
 */
function targetSeries(policies: readonly Named[]) {
  const spans: Span[] = [];
  TIERS.forEach((tier, i) =>
    policies.forEach((p, k) => {
      const y = chartPercent(segmentOf(p.figures, tier).gm_target);
      if (y === null) return;
      const { centre, half } = barSpan(k, policies.length);
      spans.push([
        { coord: [i + centre - half, y] },
        { coord: [i + centre + half, y] },
      ]);
    }),
  );
  return {
    type: 'scatter' as const,
    name: 'Target',
    xAxisIndex: 1,
    color: chartPalette.target,
    symbolSize: 0,
    tooltip: { show: false },
    data: [],
    markLine: {
      symbol: 'none',
      silent: true,
      label: { show: false },
      lineStyle: {
        color: chartPalette.target,
        width: 2,
        type: 'solid' as const,
      },
      data: spans,
    },
  };
}

/** Monthly revenue and cost to serve of all tiers, per policy. */
export function buildMoneyCompareChart(
  output: CompareOutput,
  currency: string,
): ChartOption {
  const policies = policiesOf(output);
  const money = (value: unknown) =>
    value === null ? '—' : formatMoney(Number(value) * 100, currency);
  const line = (id: string, name: string, color: string) => ({
    type: 'bar' as const,
    name,
    color,
    data: policies.map((p) => chartDollars(figure(id).get(p.figures, 'total'))),
  });
  return {
    ...CHART_FRAME,
    tooltip: { ...CHART_FRAME.tooltip, valueFormatter: money },
    xAxis: { type: 'category', data: policies.map((p) => p.name) },
    yAxis: { type: 'value', axisLabel: { formatter: compactMoney } },
    series: [
      line('revenue', 'Revenue / mo', chartPalette.primary),
      line('cost', 'Cost to serve / mo', '#c4703a'),
    ],
  };
}

/** CSMs required per policy, stacked by tier. */
export function buildCsmCompareChart(output: CompareOutput): ChartOption {
  const policies = policiesOf(output);
  const required = figure('required');
  return {
    ...CHART_FRAME,
    tooltip: {
      ...CHART_FRAME.tooltip,
      valueFormatter: (v) => formatCount(v as number),
    },
    xAxis: { type: 'category', data: policies.map((p) => p.name) },
    yAxis: { type: 'value', minInterval: 1 },
    series: TIERS.map((tier, k) => ({
      type: 'bar' as const,
      name: tier,
      stack: 'csms',
      color: TIER_COLORS[k],
      data: policies.map((p) => required.get(p.figures, tier)),
    })),
  };
}

/**
 * Clients per tier, one bar per policy: where a scenario moves clients,
 * each tier's group shows how many it gains or loses.
 */
export function buildClientsCompareChart(output: CompareOutput): ChartOption {
  const policies = policiesOf(output);
  const clients = figure('clients');
  return {
    ...CHART_FRAME,
    tooltip: {
      ...CHART_FRAME.tooltip,
      valueFormatter: (v) => formatCount(v as number),
    },
    xAxis: { type: 'category', data: [...TIERS] },
    yAxis: { type: 'value', minInterval: 1 },
    series: policies.map((p, k) => ({
      type: 'bar' as const,
      name: p.name,
      color: colorOf(k),
      data: TIERS.map((tier) => clients.get(p.figures, tier)),
    })),
  };
}
