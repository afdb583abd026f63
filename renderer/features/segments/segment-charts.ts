/**
 * ECharts options of the Segments screen, built from plain figures so they
 * can be checked without a DOM: revenue by tier, gross margin against the
 * targets, the size × complexity matrix and revenue concentration.
 */
import { COMPLEXITIES, TIERS, UNASSIGNED_LABEL } from '../../../shared/domain';
import type { MatrixCell } from '../../../shared/engine/types';
import { chartPalette, type ChartOption } from '../../ui/chart';
import { CHART_FRAME, chartDollars, chartPercent } from '../../ui/chart-values';
import { formatCountOf, formatMoney, formatPercent } from '../../ui/format';
import type { SegmentRow } from './segment-figures';

const tierRows = (rows: readonly SegmentRow[]) =>
  rows.filter((row) => row.key !== 'total');

// A tier with no client of known revenue draws no bar, not a $0 one.
const revenueOf = (segment: SegmentRow['current'] | undefined) =>
  !segment || segment.revenue_known_count === 0
    ? null
    : chartDollars(segment.revenue_cents);

/** Monthly revenue per service tier; the baseline beside it in a scenario. */
export function buildRevenueChart(
  rows: readonly SegmentRow[],
  currency: string,
): ChartOption {
  const shown = tierRows(rows);
  const withBaseline = shown.some((row) => row.baseline);
  const money = (value: unknown) => formatMoney(Number(value) * 100, currency);
  const series = [
    ...(withBaseline
      ? [
          {
            type: 'bar' as const,
            name: 'Baseline',
            color: chartPalette.baseline,
            data: shown.map((r) => revenueOf(r.baseline)),
          },
        ]
      : []),
    {
      type: 'bar' as const,
      name: withBaseline ? 'Scenario MRR' : 'MRR',
      color: chartPalette.primary,
      data: shown.map((r) => revenueOf(r.current)),
    },
  ];

  return {
    ...CHART_FRAME,
    tooltip: { ...CHART_FRAME.tooltip, valueFormatter: money },
    xAxis: { type: 'category', data: shown.map((r) => r.label) },
    yAxis: { type: 'value', axisLabel: { formatter: compactMoney } },
    series,
  };
}

const compactFormat = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});

/** An axis label in compact dollars: `$950`, `$12K`, `$1.5M`, `$1B`. */
export function compactMoney(value: number): string {
  return compactFormat.format(value);
}

/**
 * Gross margin per tier as bars (green met, red missed) with each tier's
 * target as a marker and the review threshold as a line.
 */
export function buildMarginChart(
  rows: readonly SegmentRow[],
  reviewBelow: number,
): ChartOption {
  const shown = tierRows(rows).filter((row) => row.key !== UNASSIGNED_LABEL);
  const withBaseline = shown.some((row) => row.baseline);
  const barOf = (row: SegmentRow) => {
    const met = row.current.gm_target_met;
    const color = met === false ? chartPalette.bad : chartPalette.good;
    return {
      value: chartPercent(row.current.gross_margin),
      itemStyle: { color },
    };
  };

  return {
    ...CHART_FRAME,
    grid: { ...CHART_FRAME.grid, right: 100 },
    tooltip: {
      ...CHART_FRAME.tooltip,
      valueFormatter: (v) => (v === null ? '—' : `${Number(v).toFixed(1)} %`),
    },
    xAxis: { type: 'category', data: shown.map((r) => r.label) },
    yAxis: { type: 'value', axisLabel: { formatter: '{value} %' } },
    series: [
      ...(withBaseline
        ? [
            {
              type: 'bar' as const,
              name: 'Baseline margin',
              color: chartPalette.baseline,
              data: shown.map((r) =>
                chartPercent(r.baseline?.gross_margin ?? null),
              ),
            },
          ]
        : []),
      {
        type: 'bar',
        name: withBaseline ? 'Scenario margin' : 'Gross margin',
        color: chartPalette.good,
        data: shown.map(barOf),
        markLine: {
          symbol: 'none',
          lineStyle: { color: chartPalette.bad, type: 'dashed' },
          label: {
            position: 'end',
            formatter: `Review < ${formatPercent(reviewBelow, 0)}`,
          },
          data: [{ yAxis: chartPercent(reviewBelow) ?? 0 }],
        },
      },
      {
        type: 'scatter',
        name: 'Target',
        color: chartPalette.target,
        symbol: 'rect',
        symbolSize: [34, 3],
        z: 5,
        data: shown.map((r) => chartPercent(r.current.gm_target)),
      },
    ],
  };
}

/** Columns of the matrix: the complexities, Unassigned when any. */
function matrixAxes(matrix: readonly MatrixCell[]) {
  const any = (test: (cell: MatrixCell) => boolean) =>
    matrix.some((cell) => cell.client_count > 0 && test(cell));
  const x: string[] = [...COMPLEXITIES];
  const y: string[] = [...TIERS];
  if (any((cell) => cell.complexity === null)) x.push(UNASSIGNED_LABEL);
  if (any((cell) => cell.size === null)) y.push(UNASSIGNED_LABEL);
  return { x, y };
}

/**
 * The size × complexity matrix as a heatmap: each cell coloured by its
 * revenue and labelled with its clients and MRR.
 */
export function buildMatrixChart(
  matrix: readonly MatrixCell[],
  currency: string,
  revenueKnown = true,
): ChartOption {
  const { x, y } = matrixAxes(matrix);
  // Without a known revenue the cells are coloured by their clients.
  const weight = (cell: MatrixCell) =>
    revenueKnown ? (chartDollars(cell.revenue_cents) ?? 0) : cell.client_count;
  const data = matrix
    .filter((cell) => cell.client_count > 0)
    .map((cell) => ({
      value: [
        x.indexOf(cell.complexity ?? UNASSIGNED_LABEL),
        y.indexOf(cell.size ?? UNASSIGNED_LABEL),
        weight(cell),
      ],
      clients: cell.client_count,
      share: cell.revenue_share,
    }));
  const max = Math.max(1, ...data.map((d) => d.value[2] ?? 0));
  const label = (params: unknown) =>
    matrixLabel(params, revenueKnown ? currency : null);

  return {
    tooltip: { formatter: label },
    grid: {
      left: 8,
      right: 16,
      top: 8,
      bottom: 48,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      data: x,
      name: 'Complexity',
      splitArea: { show: true },
    },
    yAxis: { type: 'category', data: y, splitArea: { show: true } },
    visualMap: {
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      text: revenueKnown ? ['More revenue', 'Less'] : ['More clients', 'Fewer'],
      inRange: { color: ['#eef3fb', '#9dbbe6', '#1f5fbf'] },
      formatter: (value: unknown) =>
        revenueKnown
          ? compactMoney(Number(value))
          : Math.round(Number(value)).toLocaleString('en-US'),
    },
    series: [
      {
        type: 'heatmap',
        name: 'Size × complexity',
        data,
        label: { show: true, formatter: label, fontSize: 11, lineHeight: 15 },
      },
    ],
  };
}

function matrixLabel(params: unknown, currency: string | null): string {
  const data = (params as { data?: { value: number[]; clients: number } }).data;
  if (!data) return '';
  const clients = formatCountOf(data.clients, 'client');
  if (currency === null) return clients;
  return `${clients}\n${formatMoney((data.value[2] ?? 0) * 100, currency)}`;
}

/**
 * Revenue share per service tier, red above the policy's maximum share,
 * with the maximum as a line.
 */
export function buildConcentrationChart(
  rows: readonly SegmentRow[],
  maxShare: number,
): ChartOption {
  const shown = tierRows(rows);
  const bar = (row: SegmentRow) => {
    const share = row.current.revenue_share;
    const over = share !== null && share - maxShare > 1e-9;
    return {
      value: chartPercent(share),
      itemStyle: { color: over ? chartPalette.bad : chartPalette.primary },
    };
  };

  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => (v === null ? '—' : `${Number(v).toFixed(1)} %`),
    },
    grid: {
      left: 8,
      right: 56,
      top: 24,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
    yAxis: { type: 'category', inverse: true, data: shown.map((r) => r.label) },
    series: [
      {
        type: 'bar',
        name: 'Revenue share',
        data: shown.map(bar),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value?: unknown }) =>
            p.value === null ? '' : `${Number(p.value).toFixed(1)} %`,
        },
        markLine: {
          symbol: 'none',
          lineStyle: { color: chartPalette.bad, type: 'dashed' },
          // The category axis runs top-down, so the line's start is its
          // top: the label sits above the plot, clear of the value ticks.
          label: {
            position: 'start',
            formatter: `Max ${formatPercent(maxShare, 0)}`,
          },
          data: [{ xAxis: chartPercent(maxShare) ?? 0 }],
        },
      },
    ],
  };
}
