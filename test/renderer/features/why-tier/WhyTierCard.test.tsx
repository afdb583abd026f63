// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type * as EngineModule from '../../../../shared/engine/index';

const engine = vi.hoisted(() => ({ runs: 0 }));
vi.mock('../../../../shared/engine/index', async (importOriginal) => {
  const actual = await importOriginal<typeof EngineModule>();
  return {
    ...actual,
    computePortfolio: (...args: Parameters<typeof actual.computePortfolio>) => {
      engine.runs++;
      return actual.computePortfolio(...args);
    },
  };
});

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
import {
  formatMoney,
  formatMoneyDelta,
  formatPercent,
} from '../../../../renderer/ui/format';
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
    expect(reasons.slice(0, 2)).toEqual([
      'Size tier by workers: 12 workers put it in Mid-Market, which starts at 11 workers; Enterprise starts at 51 workers.',
      '2 countries make it Low complexity, which starts at 1 country and adds no tier.',
    ]);
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

  it('says amounts in its reasons in the workspace currency', async () => {
    const arrPolicy = { ...baselinePolicy, size_basis: 'arr' as const };
    useWorkspaceStore.setState({
      currency: 'EUR',
      baselinePolicy: arrPolicy,
      baseline: computePortfolio(columns, arrPolicy),
    });
    view = await render(<WhyTierCard />);
    await act(async () => openWhyTier(0));
    const first = view.byTestId('why-tier-reasons').querySelector('li');
    // MRR 5,000 is ARR 60,000: exactly Mid-Market's line.
    expect(first?.textContent).toBe(
      'Size tier by ARR: ARR of 60,000 EUR puts it in Mid-Market, which starts at 60,000 EUR; Enterprise starts at 300,000 EUR.',
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

  describe('opened with a pair', () => {
    // A pair the active scenario is on neither side of.
    const pooled = {
      ...clonePolicy(baselinePolicy, 'Pool Mid-Market'),
      tiers: {
        ...baselinePolicy.tiers,
        'Mid-Market': { ...baselinePolicy.tiers['Mid-Market'], csm_ratio: 40 },
      },
    };
    const pair = {
      from: { name: 'Baseline', policy: baselinePolicy },
      to: { name: 'Raise Mid-Market', policy: scenarioPolicy },
    };
    const side = (key: string, id: string) =>
      view!
        .byTestId(`why-tier-side-${key}`)
        .querySelector(`[data-testid="${id}"]`)!.textContent;

    beforeEach(() => {
      useWorkspaceStore.setState({
        scenarioPolicy: pooled,
        activeScenarioId: 'p',
        scenario: computePortfolio(columns, pooled),
      });
    });

    it('explains the client under both policies of the pair, labelled before → after, not under the scenario on show', async () => {
      view = await render(<WhyTierCard />);
      await act(async () => openWhyTier(0, pair));
      expect(text('why-tier-subtitle')).toBe(
        'Client C-1: Baseline → Raise Mid-Market',
      );
      expect(text('why-tier-card')).not.toContain('Pool Mid-Market');
      expect(text('why-tier-side-from')).toContain('Before: Baseline');
      expect(text('why-tier-side-to')).toContain('After: Raise Mid-Market');
      // 12 workers: Mid-Market from 11, SMB when Mid-Market starts at 13.
      expect(side('from', 'why-tier-service')).toBe('Mid-Market');
      expect(side('to', 'why-tier-service')).toBe('SMB');
      expect(side('to', 'why-tier-threshold-workers')).toContain(
        'Mid-Market at 13 workers: 1 more',
      );
      const explain = (policy: typeof baselinePolicy) =>
        explainClient(
          columns,
          { policy, result: computePortfolio(columns, policy) },
          0,
        );
      const [before, after] = [
        explain(baselinePolicy),
        explain(scenarioPolicy),
      ];
      const reasons = (key: string) =>
        [
          ...view!
            .byTestId(`why-tier-side-${key}`)
            .querySelectorAll('[data-testid="why-tier-reasons"] li'),
        ].map((li) => li.textContent);
      expect(reasons('from')).toEqual(before.reasons);
      expect(reasons('to')).toEqual(after.reasons);
      expect(before.reasons).not.toEqual(after.reasons);
      // The summary: tiers and economics in its tier, before, after, change.
      const cells = (row: string) =>
        [...view!.byTestId(`why-tier-pair-${row}`).querySelectorAll('td')].map(
          (td) => td.textContent,
        );
      expect(cells('service').slice(0, 2)).toEqual(['Mid-Market', 'SMB']);
      const money = (cents: number | null) => formatMoney(cents, 'USD');
      expect(cells('cost')).toEqual([
        money(before.current!.cost_to_serve_cents),
        money(after.current!.cost_to_serve_cents),
        formatMoneyDelta(
          after.current!.cost_to_serve_cents -
            before.current!.cost_to_serve_cents,
        ),
      ]);
      expect(cells('margin')[0]).toContain(
        formatPercent(before.current!.gross_margin),
      );
      expect(cells('margin')[1]).toContain(
        formatPercent(after.current!.gross_margin),
      );
    });

    it('computes each policy of the pair once while open, and afresh after closing', async () => {
      view = await render(<WhyTierCard />);
      engine.runs = 0;
      await act(async () => openWhyTier(0, pair));
      expect(engine.runs).toBe(2);
      await act(async () => openWhyTier(1, pair));
      expect(text('why-tier-card')).toContain('Globex');
      expect(engine.runs).toBe(2);
      await act(async () => closeWhyTier());
      await act(async () => openWhyTier(1, pair));
      expect(engine.runs).toBe(4);
      // Opened alone again: the policy on show, with its own result.
      await act(async () => openWhyTier(0));
      expect(text('why-tier-subtitle')).toBe(
        'Client C-1 under the scenario Pool Mid-Market',
      );
      expect(view.queryByTestId('why-tier-side-from')).toBeNull();
      expect(engine.runs).toBe(4);
    });
  });
});
