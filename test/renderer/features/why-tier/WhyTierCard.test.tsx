// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  initialWorkspaceState,
  useWorkspaceStore,
} from '../../../../renderer/app/workspace-store';
import { WhyTierCard } from '../../../../renderer/features/why-tier/WhyTierCard';
import {
  closeWhyTier,
  openWhyTier,
  useWhyTierStore,
} from '../../../../renderer/features/why-tier/why-tier-store';
import { computePortfolio } from '../../../../shared/engine/index';
import { DEFAULT_POLICY, clonePolicy } from '../../../../shared/policy';
import { explainClient } from '../../../../shared/scenario/explain';
import { buildColumns } from '../../../shared/engine/build-columns';
import { fire, render, type Rendered } from '../../ui/render';

let view: Rendered | null = null;

const columns = buildColumns([
  { id: 'C-1', name: 'Acme', workers: 12, countries: 2, mrr: 5000 },
  { id: 'C-2', name: 'Globex', workers: 60, countries: 9, mrr: 30000 },
]);
const baselinePolicy = clonePolicy(DEFAULT_POLICY, 'Baseline');
const scenarioPolicy = {
  ...clonePolicy(baselinePolicy, 'Raise Mid-Market'),
  tiers: {
    ...baselinePolicy.tiers,
    'Mid-Market': { ...baselinePolicy.tiers['Mid-Market'], min_workers: 13 },
  },
};

beforeEach(() => {
  useWorkspaceStore.setState({
    ...initialWorkspaceState,
    status: 'ready',
    columns,
    baselinePolicy,
    baseline: computePortfolio(columns, baselinePolicy),
  });
  closeWhyTier();
});

afterEach(async () => {
  await view?.unmount();
  view = null;
});

const text = (id: string) => view!.byTestId(id).textContent ?? '';

describe('WhyTierCard', () => {
  it('shows nothing until a client is opened', async () => {
    view = await render(<WhyTierCard />);
    expect(view.queryByTestId('why-tier-card')).toBeNull();
  });

  it('explains a client under the baseline: rules, distances both ways, economics around its tier', async () => {
    view = await render(<WhyTierCard />);
    await act(async () => openWhyTier(0));
    const card = view.byTestId('why-tier-card');
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.textContent).toContain('Why this tier: Acme');
    expect(card.textContent).toContain('under the baseline policy');
    expect(text('why-tier-service')).toBe('Mid-Market');
    const explanation = explainClient(
      columns,
      {
        policy: baselinePolicy,
        result: useWorkspaceStore.getState().baseline!,
      },
      0,
    );
    const reasons = [
      ...view.byTestId('why-tier-reasons').querySelectorAll('li'),
    ].map((li) => li.textContent);
    expect(reasons).toEqual(explanation.reasons);
    const workers = view.byTestId('why-tier-threshold-workers');
    expect(workers.textContent).toContain('12 workers');
    expect(workers.textContent).toContain('Enterprise at 51 workers: 39 more');
    expect(workers.textContent).toContain('SMB at 10 workers: 2 fewer');
    expect(text('why-tier-threshold-countries')).toContain(
      'Medium complexity at 3 countries: 1 more',
    );
    expect(text('why-tier-threshold-countries')).toContain(
      'Already the lowest',
    );
    const cells = (key: string) =>
      [
        ...view!.byTestId(`why-tier-economics-${key}`).querySelectorAll('td'),
      ].map((td) => td.textContent);
    const money = (cents: number | null) =>
      new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: 'USD',
        maximumFractionDigits: 0,
      }).format(cents! / 100);
    expect(cells('current')[0]).toBe(money(explanation.current!.revenue_cents));
    expect(cells('current')[1]).toBe(
      money(explanation.current!.cost_to_serve_cents),
    );
    expect(text('why-tier-economics-one_down')).toContain('SMB');
    expect(text('why-tier-economics-one_up')).toContain('Enterprise');
    expect(cells('one_up')[1]).toBe(
      money(explanation.one_up!.cost_to_serve_cents),
    );
  });

  it('explains under the active scenario when there is one', async () => {
    useWorkspaceStore.setState({
      scenarioPolicy,
      activeScenarioId: 's',
      scenario: computePortfolio(columns, scenarioPolicy),
    });
    view = await render(<WhyTierCard />);
    await act(async () => openWhyTier(0));
    expect(text('why-tier-card')).toContain(
      'under the scenario Raise Mid-Market',
    );
    expect(text('why-tier-service')).toBe('SMB');
    expect(text('why-tier-threshold-workers')).toContain(
      'Mid-Market at 13 workers: 1 more',
    );
  });

  it('closes with its button and with Escape', async () => {
    view = await render(<WhyTierCard />);
    await act(async () => openWhyTier(1));
    expect(text('why-tier-card')).toContain('Globex');
    expect(document.activeElement).toBe(view.byTestId('why-tier-close'));
    await fire(
      view.byTestId('why-tier-close'),
      new MouseEvent('click', { bubbles: true }),
    );
    expect(view.queryByTestId('why-tier-card')).toBeNull();
    expect(useWhyTierStore.getState().index).toBeNull();

    await act(async () => openWhyTier(1));
    expect(view.queryByTestId('why-tier-card')).not.toBeNull();
    await fire(
      document.body,
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    expect(view.queryByTestId('why-tier-card')).toBeNull();
  });

  it('closes when another period is shown, and ignores an index past the clients', async () => {
    view = await render(<WhyTierCard />);
    await act(async () => openWhyTier(5));
    expect(view.queryByTestId('why-tier-card')).toBeNull();
    await act(async () => openWhyTier(0));
    expect(view.queryByTestId('why-tier-card')).not.toBeNull();
    const other = buildColumns([
      { id: 'X', workers: 3, countries: 1, mrr: 100 },
    ]);
    await act(async () =>
      useWorkspaceStore.setState({
        columns: other,
        baseline: computePortfolio(other, baselinePolicy),
      }),
    );
    expect(view.queryByTestId('why-tier-card')).toBeNull();
    expect(useWhyTierStore.getState().index).toBeNull();
  });
});
