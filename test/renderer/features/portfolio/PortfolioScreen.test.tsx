// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const saveFile =
  vi.fn<
    (name: string, data: Uint8Array | string, mime: string) => Promise<boolean>
  >();
vi.mock('../../../../renderer/platform/index', () => ({
  saveFile: (...args: [string, Uint8Array | string, string]) =>
    saveFile(...args),
  logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() },
}));

import { PortfolioScreen } from '../../../../renderer/features/portfolio/PortfolioScreen';
import { useNotificationsStore } from '../../../../renderer/app/notifications-store';
import {
  initialWorkspaceState,
  useWorkspaceStore,
} from '../../../../renderer/app/workspace-store';
import { getSmallFixture as getFixture } from '../fixtures';
import {
  fire,
  render,
  typeInto,
  wait,
  waitFor,
  type Rendered,
} from '../../ui/render';

let view: Rendered | null = null;

beforeEach(() => {
  const { columns, baseline, baselinePolicy } = getFixture();
  useWorkspaceStore.setState({
    ...initialWorkspaceState,
    status: 'ready',
    period: '2026-Q3',
    periods: ['2026-Q3'],
    columns,
    baseline,
    baselinePolicy,
  });
  useNotificationsStore.setState({ items: [] });
  saveFile.mockReset();
  saveFile.mockResolvedValue(true);
});

afterEach(async () => {
  await view?.unmount();
  view = null;
});

const count = () => view!.byTestId('portfolio-count').textContent;
/** Rows on show: AG Grid draws a row per container (pinned, centre). */
const gridRows = () => {
  const rows = view!.container.querySelectorAll<HTMLElement>(
    '[data-testid="portfolio-grid"] .ag-row[row-index]',
  );
  const byIndex = new Map<string, string>();
  for (const row of rows) {
    const at = row.getAttribute('row-index')!;
    byIndex.set(at, (byIndex.get(at) ?? '') + row.textContent);
  }
  return [...byIndex.values()];
};

async function settle() {
  await wait(300);
}

describe('PortfolioScreen', () => {
  it('lists every client with a count', async () => {
    view = await render(<PortfolioScreen virtualise={false} />);
    await settle();
    expect(view.byTestId('screen-portfolio')).toBeTruthy();
    await waitFor(() => expect(count()).toBe('60 clients'));
    expect(gridRows()).toHaveLength(60);
  });

  it('narrows the grid and the count with the search box', async () => {
    const { columns } = getFixture();
    view = await render(<PortfolioScreen virtualise={false} />);
    await settle();
    const id = columns.clientId[42]!;
    await typeInto(view.byTestId('portfolio-search'), id);
    await waitFor(() => expect(count()).toBe('1 of 60 clients'));
    expect(gridRows()).toHaveLength(1);
    expect(gridRows()[0]).toContain(id);
  });

  it('shows the baseline tier and filters the movers when a scenario is active', async () => {
    const { scenario, scenarioPolicy, baseline } = getFixture();
    useWorkspaceStore.setState({
      scenario,
      scenarioPolicy,
      activeScenarioId: 's1',
    });
    view = await render(<PortfolioScreen virtualise={false} />);
    await settle();
    const header = view.container.querySelector(
      '.ag-header-cell[col-id="baseline_service_tier"]',
    );
    expect(header).not.toBeNull();

    let movers = 0;
    baseline.classification.service.forEach((tier, i) => {
      if (tier !== scenario.classification.service[i]) movers++;
    });
    const toggle = view.byTestId('portfolio-filter-movers') as HTMLInputElement;
    await fire(toggle, new MouseEvent('click', { bubbles: true }));
    expect(movers).toBeGreaterThan(0);
    await waitFor(() => expect(count()).toBe(`${movers} of 60 clients`));
  });

  it('exports the rows on show as CSV through saveFile', async () => {
    const { columns } = getFixture();
    view = await render(<PortfolioScreen virtualise={false} />);
    await settle();
    await typeInto(view.byTestId('portfolio-search'), columns.clientId[3]!);
    await waitFor(() => expect(count()).toBe('1 of 60 clients'));
    await fire(
      view.byTestId('portfolio-export-csv'),
      new MouseEvent('click', { bubbles: true }),
    );
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1));
    const [name, data, mime] = saveFile.mock.calls[0]!;
    expect(name).toBe('tierwise-clients-2026-q3.csv');
    expect(mime).toBe('text/csv');
    const lines = (data as string).trim().split('\r\n');
    expect(
      lines[0]!.startsWith('client_id,primary_segment,service_tier,'),
    ).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.startsWith(`${columns.clientId[3]},`)).toBe(true);
    expect(useNotificationsStore.getState().items.at(-1)?.message).toMatch(
      /^Exported 1 clients/,
    );
  });

  it('reports a failed save in the notifications area', async () => {
    saveFile.mockRejectedValue(new Error('disk full'));
    view = await render(<PortfolioScreen virtualise={false} />);
    await settle();
    await fire(
      view.byTestId('portfolio-export-xlsx'),
      new MouseEvent('click', { bubbles: true }),
    );
    await waitFor(() =>
      expect(useNotificationsStore.getState().items).toHaveLength(1),
    );
    const last = useNotificationsStore.getState().items.at(-1)!;
    expect(last.kind).toBe('error');
    expect(last.message).toContain('disk full');
  });
});
