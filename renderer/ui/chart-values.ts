/**
 * Values and layout the ECharts options of every screen share: figures
 * turned into chart numbers, and the legend-over-grid frame.
 */
import type { ChartOption } from './chart';

/**
 * A fraction as percent with the float tail dropped, not rounded for
 * display: labels then round the same way the tables do.
 */
export const chartPercent = (fraction: number | null): number | null =>
  fraction === null ? null : Number((fraction * 100).toPrecision(12));

/** Cents as whole dollars and cents; null (and NaN) stay empty. */
export const chartDollars = (cents: number | null): number | null =>
  cents === null || Number.isNaN(cents) ? null : Math.round(cents) / 100;

/** The legend on top, the grid under it, an axis tooltip. */
export const CHART_FRAME: ChartOption = {
  legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 8, itemGap: 16 },
  grid: {
    left: 8,
    right: 16,
    top: 32,
    bottom: 8,
    outerBoundsMode: 'same',
    outerBoundsContain: 'axisLabel',
  },
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
};
