/**
 * The one ECharts wrapper: only the charts and components our screens use
 * are registered, drawn as SVG, resized with their box and disposed on
 * unmount. Screens build a ChartOption and never import ECharts.
 */
import {
  BarChart,
  HeatmapChart,
  LineChart,
  ScatterChart,
} from 'echarts/charts';
import type {
  BarSeriesOption,
  HeatmapSeriesOption,
  LineSeriesOption,
  ScatterSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

/** The options our charts may use: bars, lines, heatmap, scatter markers. */
export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | HeatmapSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** Text and colours shared by every chart. */
export const chartPalette = {
  baseline: '#9aa5b1',
  primary: '#1f5fbf',
  good: '#1d7a3e',
  bad: '#b42318',
  target: '#1f2933',
  text: '#52606d',
} as const;

// The app's font stack, named so ECharts measures labels with the font
// they are drawn in ('inherit' measures one font and draws another).
const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif";

const baseOption: ChartOption = {
  animation: false,
  textStyle: { fontFamily: FONT, fontSize: 12, color: chartPalette.text },
};

/** Renders an option to an SVG string, without a DOM (tests, exports). */
export function renderChartToSvg(
  option: ChartOption,
  width: number,
  height: number,
): string {
  const chart = echarts.init(null, undefined, {
    renderer: 'svg',
    ssr: true,
    width,
    height,
  });
  chart.setOption({ ...baseOption, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** An ECharts chart that fills its box and follows its size. */
export function Chart({
  option,
  height = 280,
  testId,
  label,
  merge = false,
}: {
  readonly option: ChartOption;
  readonly height?: number;
  readonly testId?: string;
  /** What the chart shows, for screen readers. */
  readonly label: string;
  /**
   * Update a chart in place (series matched by name, others removed)
   * instead of drawing it anew: for charts that follow every edit.
   */
  readonly merge?: boolean;
}) {
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    // A box not laid out yet (hidden, or jsdom) has no width: start at a
    // nominal size. NOTE: a size given to init sticks; resizing to 'auto'
    // makes the chart follow its box again.
    const size = box.clientWidth > 0 ? {} : { width: 600, height };
    const chart = echarts.init(box, undefined, { renderer: 'svg', ...size });
    chartRef.current = chart;
    // jsdom has no ResizeObserver; a fixed-size chart is fine there.
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() =>
            chart.resize({ width: 'auto', height: 'auto' }),
          );
    observer?.observe(box);
    return () => {
      observer?.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []); // Once per mount; the height only sizes a box not laid out.

  useEffect(() => {
    const next = { ...baseOption, ...option };
    if (merge) chartRef.current?.setOption(next, { replaceMerge: ['series'] });
    else chartRef.current?.setOption(next, true);
  }, [option, merge]);

  return (
    <div
      ref={boxRef}
      className="ui-chart"
      data-testid={testId}
      role="img"
      aria-label={label}
      style={{ height }}
    />
  );
}
