// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import {
  Chart,
  renderChartToSvg,
  type ChartOption,
} from '../../../renderer/ui/chart';
import { render } from './render';

const option: ChartOption = {
  xAxis: { type: 'category', data: ['SMB', 'Mid-Market'] },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', name: 'MRR', data: [10, 20] }],
};

describe('Chart', () => {
  it('draws into its box as SVG and disposes it on unmount', async () => {
    const view = await render(
      <Chart option={option} label="Revenue" testId="chart" />,
    );
    const box = view.byTestId('chart');
    expect(box.getAttribute('role')).toBe('img');
    expect(box.getAttribute('aria-label')).toBe('Revenue');
    expect(box.querySelector('svg')).not.toBeNull();
    await view.unmount();
    expect(box.querySelector('svg')).toBeNull();
  });
});

describe('renderChartToSvg', () => {
  it('renders an option without a DOM box', () => {
    const svg = renderChartToSvg(option, 400, 200);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Mid-Market');
  });
});
