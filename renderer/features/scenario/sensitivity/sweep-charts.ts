/**
 * ECharts options of a sensitivity sweep, built from its result so they
 * can be checked without a DOM: clients per service tier, CSMs required
 * and gross margin per tier along the swept value, each with the current
 * value and the cliffs marked as vertical lines.
 */
import { TIERS } from '../../../../shared/domain';
import type { Policy } from '../../../../shared/policy';
import type { SweepResult, SweepStep } from '../../../../shared/scenario/types';
import { chartPalette, type ChartOption } from '../../../ui/chart';
import { chartPercent } from '../../../ui/chart-values';
import { formatNumber } from '../../../ui/format';
import {
  formatAxisValue,
  formatParameterNumber,
  parameterUnit,
} from './sweep-parameters';

/** One colour per service tier, SMB first, and the all-tiers line. */
export const TIER_COLOURS = [
  '#7b8794',
  '#1f5fbf',
  '#0f8a8a',
  '#8a4baf',
] as const;
const TOTAL_COLOUR = chartPalette.target;
const UNASSIGNED_COLOUR = '#c08a00';

type Line = {
  readonly name: string;
  readonly colour: string;
  readonly value: (step: SweepStep) => number | null;
  readonly dashed?: boolean;
  readonly target?: number;
};

/** The values where a one-unit change is a cliff. */
export function cliffSteps(result: SweepResult): readonly SweepStep[] {
  return result.steps.filter((step) => step.cliff);
}

function verticalMarks(result: SweepResult) {
  const { range, parameter } = result;
  const cliffs = cliffSteps(result).map((step) => ({
    xAxis: step.value + range.unit / 2,
    lineStyle: {
      color: chartPalette.bad,
      // Cliffs are few (they stand out of the slope): drawn to be seen.
      type: 'dashed' as const,
      width: 2,
      opacity: 0.9,
    },
    label: { show: false },
  }));
  const first = result.steps[0]?.value ?? range.current;
  const last = result.steps[result.steps.length - 1]?.value ?? range.current;
  const inside = range.current >= first && range.current <= last;
  const current = inside
    ? [
        {
          xAxis: range.current,
          lineStyle: {
            color: TOTAL_COLOUR,
            type: 'solid' as const,
            width: 1.5,
          },
          label: {
            show: true,
            position: 'insideEndTop' as const,
            formatter: `Now ${formatAxisValue(parameter, range.current)}`,
          },
        },
      ]
    : [];
  return {
    symbol: 'none',
    silent: true,
    animation: false,
    data: [...current, ...cliffs],
  };
}

function targetMark(line: Line) {
  return {
    symbol: 'none',
    silent: true,
    lineStyle: { color: line.colour, type: 'dotted' as const, width: 1 },
    label: { show: false },
    data: [{ yAxis: chartPercent(line.target ?? null) ?? 0 }],
  };
}

function buildLines(
  result: SweepResult,
  lines: readonly Line[],
  yFormatter: (value: number) => string,
): ChartOption {
  const { parameter, steps } = result;
  const axisValue = (value: unknown) =>
    formatAxisValue(parameter, Number(value));
  const pointerValue = (value: unknown) =>
    formatParameterNumber(parameter, Number(value));
  const series = lines.map((line, i) => ({
    type: 'line' as const,
    name: line.name,
    color: line.colour,
    showSymbol: steps.length <= 30,
    symbolSize: 4,
    lineStyle: {
      width: 1.5,
      type: line.dashed ? ('dashed' as const) : ('solid' as const),
    },
    connectNulls: false,
    data: steps.map((step) => [step.value, line.value(step)]),
    ...(i === 0
      ? { markLine: verticalMarks(result) }
      : line.target !== undefined
        ? { markLine: targetMark(line) }
        : {}),
  }));
  return {
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 8, itemGap: 14 },
    grid: {
      left: 8,
      right: 24,
      // Room for a legend of five entries on two lines in a narrow chart.
      top: 52,
      bottom: 28,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) =>
        v === null || v === undefined ? '—' : yFormatter(Number(v)),
    },
    xAxis: {
      type: 'value',
      min: steps[0]?.value,
      max: steps[steps.length - 1]?.value,
      name: parameterUnit(parameter),
      nameLocation: 'middle',
      nameGap: 24,
      // The first value is rarely round: a label that would overlap goes.
      axisLabel: { formatter: axisValue, hideOverlap: true },
      axisPointer: {
        label: { formatter: (p: { value: unknown }) => pointerValue(p.value) },
      },
    },
    yAxis: { type: 'value', axisLabel: { formatter: yFormatter } },
    series,
  };
}

const tierLine = (
  i: number,
  value: (step: SweepStep) => number | null,
  target?: number,
): Line => ({
  name: TIERS[i]!,
  colour: TIER_COLOURS[i]!,
  value,
  ...(target === undefined ? {} : { target }),
});

/** Clients per service tier along the value (and those with none). */
export function buildClientsChart(result: SweepResult): ChartOption {
  const lines: Line[] = TIERS.map((_, i) =>
    tierLine(i, (step) => step.clients[i] ?? 0),
  );
  if (result.steps.some((step) => step.unassigned > 0)) {
    lines.push({
      name: 'No service tier',
      colour: UNASSIGNED_COLOUR,
      dashed: true,
      value: (step) => step.unassigned,
    });
  }
  return buildLines(result, lines, (v) => formatNumber(v, 0));
}

/** CSMs required per tier and in total along the value. */
export function buildCsmChart(result: SweepResult): ChartOption {
  const lines: Line[] = [
    ...TIERS.map((_, i) => tierLine(i, (step) => step.required_csms[i] ?? 0)),
    {
      name: 'All tiers',
      colour: TOTAL_COLOUR,
      dashed: true,
      value: (step) => step.total_required_csms,
    },
  ];
  return buildLines(result, lines, (v) => formatNumber(v, 0));
}

/**
 * Gross margin per tier (and over all tiers) along the value, in percent;
 * each tier's target is a dotted line in its colour.
 */
export function buildMarginChart(
  result: SweepResult,
  policy: Policy,
): ChartOption {
  const lines: Line[] = [
    {
      name: 'All tiers',
      colour: TOTAL_COLOUR,
      dashed: true,
      value: (step) => chartPercent(step.total_gross_margin),
    },
    ...TIERS.map((tier, i) =>
      tierLine(
        i,
        (step) => chartPercent(step.gross_margin[i] ?? null),
        policy.tiers[tier].gm_target,
      ),
    ),
  ];
  return buildLines(result, lines, (v) => `${formatNumber(v, 1)} %`);
}
