// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../../renderer/platform/index', () => ({
  saveFile: vi.fn(),
  logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() },
}));

import { PortfolioScreen } from '../../../../renderer/features/portfolio/PortfolioScreen';
import { useWhyTierStore } from '../../../../renderer/features/why-tier/why-tier-store';
import {
  initialWorkspaceState,
  useWorkspaceStore,
} from '../../../../renderer/app/workspace-store';
import { getSmallFixture } from '../fixtures';
import { fire, render, waitFor, type Rendered } from '../../ui/render';

let view: Rendered | null = null;

beforeEach(() => {
  const { columns, baseline, baselinePolicy } = getSmallFixture();
  useWorkspaceStore.setState({
    ...initialWorkspaceState,
    status: 'ready',
    period: '2026-Q3',
    periods: ['2026-Q3'],
    columns,
    baseline,
    baselinePolicy,
  });
  useWhyTierStore.setState({ index: null });
});

afterEach(async () => {
  await view?.unmount();
  view = null;
});

/** The grid's rows (centre container) by their row id, the client index. */
const rowById = (id: string) =>
  view!.container.querySelector<HTMLElement>(
    `[data-testid="portfolio-grid"] .ag-row[row-id="${id}"]`,
  );

describe('Portfolio: why this tier', () => {
  it('opens the card on the client of the row whose Why button is pressed', async () => {
    view = await render(<PortfolioScreen virtualise={false} />);
    await waitFor(() =>
      expect(
        view!.container.querySelectorAll('[data-testid="why-open"]').length,
      ).toBe(60),
    );
    const row = view.container
      .querySelector('[data-testid="why-open"]')!
      .closest<HTMLElement>('.ag-row')!;
    const index = Number(row.getAttribute('row-id'));
    const buttons = view.container.querySelectorAll<HTMLElement>(
      '[data-testid="why-open"]',
    );
    const second = buttons[1]!;
    const secondIndex = Number(
      second.closest('.ag-row')!.getAttribute('row-id'),
    );
    expect(secondIndex).not.toBe(index);
    await fire(second, new MouseEvent('click', { bubbles: true }));
    expect(useWhyTierStore.getState().index).toBe(secondIndex);
    expect(second.getAttribute('title')).toMatch(/^Why is .+ in this tier\?$/);
  });

  it('opens the card on a row double-click', async () => {
    view = await render(<PortfolioScreen virtualise={false} />);
    await waitFor(() => expect(rowById('7')).not.toBeNull());
    const cell = rowById('7')!.querySelector<HTMLElement>('.ag-cell')!;
    await fire(cell, new MouseEvent('dblclick', { bubbles: true }));
    await waitFor(() => expect(useWhyTierStore.getState().index).toBe(7));
  });
});
