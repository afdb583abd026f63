// @vitest-environment jsdom
import 'fake-indexeddb/auto';

import * as XLSX from '@e965/xlsx';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const saved = vi.hoisted(() => ({
  files: [] as { name: string; data: Uint8Array | string }[],
}));
vi.mock('../../../../../renderer/platform/index', () => ({
  saveFile: vi.fn(async (name: string, data: Uint8Array | string) => {
    saved.files.push({ name, data });
    return true;
  }),
  pickFile: vi.fn(async () => null),
  logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() },
}));

import {
  MoversTab,
  formatMoversCount,
} from '../../../../../renderer/features/scenario/movers/MoversTab';
import {
  MOVER_RULE_TEXT,
  moverFilter,
  moverRuleText,
} from '../../../../../renderer/features/scenario/movers/mover-rules';
import { WhyTierCard } from '../../../../../renderer/features/why-tier/WhyTierCard';
import {
  closeWhyTier,
  useWhyTierStore,
} from '../../../../../renderer/features/why-tier/why-tier-store';
import { formatMoney } from '../../../../../renderer/ui/format';
import { computePortfolio } from '../../../../../shared/engine/index';
import { findMovers } from '../../../../../shared/scenario/movers';
import type { Mover } from '../../../../../shared/scenario/types';
import { getFixture } from '../../fixtures';
import {
  fire,
  render,
  typeInto,
  wait,
  waitFor,
  type Rendered,
} from '../../../ui/render';
import { showFixture } from '../compare/harness';

let view: Rendered | null = null;
const text = (id: string) => view!.byTestId(id).textContent;

function expectedMovers(): Mover[] {
  const { columns, baselinePolicy, scenarioPolicy } = getFixture();
  return findMovers(
    columns,
    {
      policy: baselinePolicy,
      result: computePortfolio(columns, baselinePolicy),
    },
    {
      policy: scenarioPolicy,
      result: computePortfolio(columns, scenarioPolicy),
    },
  );
}

async function select(id: string, value: string) {
  const element = view!.byTestId(id) as HTMLSelectElement;
  await fire(element, new Event('change', { bubbles: true }));
  element.value = value;
  await fire(element, new Event('change', { bubbles: true }));
}

/** Rows on show, by client index (AG Grid 36 draws one element per row). */
const rowIds = () => [
  ...new Set(
    [
      ...view!.container.querySelectorAll(
        '[data-testid="movers-grid"] .ag-row[row-id]',
      ),
    ].map((row) => row.getAttribute('row-id')),
  ),
];

beforeEach(() => {
  saved.files = [];
  useWhyTierStore.setState({ index: null, pair: null });
});

afterEach(async () => {
  await view?.unmount();
  view = null;
});

describe('mover rules', () => {
  it('says each rule in words, in the contract order', () => {
    expect(moverRuleText(['worker_threshold', 'complexity_uplift'])).toBe(
      'Worker thresholds, Complexity uplift',
    );
    expect(Object.keys(MOVER_RULE_TEXT)).toHaveLength(6);
    expect(MOVER_RULE_TEXT.size_basis).toBe('Size basis');
    expect(MOVER_RULE_TEXT.country_threshold).toBe('Country thresholds');
  });

  it('filters by from and to tier, Unassigned for no tier', () => {
    const mover = { from: 'Mid-Market', to: null } as unknown as Mover;
    expect(moverFilter('any', 'any')).toBeNull();
    expect(moverFilter('Mid-Market', 'any')!(mover)).toBe(true);
    expect(moverFilter('SMB', 'any')!(mover)).toBe(false);
    expect(moverFilter('any', 'Unassigned')!(mover)).toBe(true);
  });

  it('counts in words', () => {
    expect(formatMoversCount(3, 3)).toBe('3 clients change tier');
    expect(formatMoversCount(1, 1)).toBe('1 client changes tier');
    expect(formatMoversCount(2, 1234)).toBe('2 of 1,234 clients change tier');
  });
});

describe('MoversTab', () => {
  it('lists every client that moves from the baseline to the active scenario, with the rule', async () => {
    await showFixture();
    const movers = expectedMovers();
    expect(movers.length).toBeGreaterThan(3);
    view = await render(<MoversTab virtualise={false} />);
    await waitFor(() =>
      expect(text('movers-count')).toBe(`${movers.length} clients change tier`),
    );
    await waitFor(() => expect(rowIds()).toHaveLength(movers.length));
    expect((view.byTestId('pair-from') as HTMLSelectElement).value).toBe(
      'baseline',
    );
    expect((view.byTestId('pair-to') as HTMLSelectElement).value).toBe('a');
    const first = view.container.querySelector(
      `.ag-row[row-id="${movers[0]!.index}"]`,
    )!;
    const cell = (col: string) =>
      first.querySelector(`[col-id="${col}"]`)!.textContent;
    expect(cell('from')).toBe(movers[0]!.from);
    expect(cell('to')).toBe(movers[0]!.to);
    expect(cell('rules')).toBe('Worker thresholds');
  });

  it('narrows the list by tier and search, and exports only what is on show', async () => {
    await showFixture();
    const movers = expectedMovers();
    view = await render(<MoversTab virtualise={false} />);
    await waitFor(() => expect(rowIds()).toHaveLength(movers.length));
    await select('movers-filter-to', 'Enterprise');
    await waitFor(() => expect(rowIds()).toHaveLength(0));
    expect(text('movers-count')).toBe(
      `0 of ${movers.length} clients change tier`,
    );
    await select('movers-filter-to', 'any');
    const one = movers[1]!;
    await typeInto(view.byTestId('movers-search'), one.client_id);
    await wait(300);
    await waitFor(() => expect(rowIds()).toEqual([String(one.index)]));
    await fire(
      view.byTestId('movers-export-xlsx'),
      new MouseEvent('click', { bubbles: true }),
    );
    await waitFor(() => expect(saved.files).toHaveLength(1));
    const book = XLSX.read(saved.files[0]!.data as Uint8Array, {
      type: 'array',
    });
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(
      book.Sheets.Movers!,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        client_id: one.client_id,
        workers: one.workers,
        revenue_before:
          one.revenue_before_cents === null
            ? undefined
            : one.revenue_before_cents / 100,
      }),
    ]);
    await fire(
      view.byTestId('movers-export-csv'),
      new MouseEvent('click', { bubbles: true }),
    );
    await waitFor(() => expect(saved.files).toHaveLength(2));
    const lines = String(saved.files[1]!.data).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'client_id,name,from,to,rules,workers,countries,revenue_before,revenue_after,revenue_change,cost_before,cost_after,cost_change',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]!.startsWith(`${one.client_id},`)).toBe(true);
  });

  it('shows nothing moving between a policy and itself, and opens why-this-tier from a row', async () => {
    await showFixture();
    const movers = expectedMovers();
    view = await render(<MoversTab virtualise={false} />);
    await waitFor(() => expect(rowIds()).toHaveLength(movers.length));
    const cell = view.container.querySelector(
      `.ag-row[row-id="${movers[0]!.index}"] [col-id="name"]`,
    )!;
    await fire(
      cell as HTMLElement,
      new MouseEvent('dblclick', { bubbles: true }),
    );
    expect(useWhyTierStore.getState().index).toBe(movers[0]!.index);
    const { pair } = useWhyTierStore.getState();
    expect(pair?.from).toEqual({
      name: 'Baseline',
      policy: getFixture().baselinePolicy,
    });
    expect(pair?.to).toEqual({
      name: getFixture().scenarioPolicy.name,
      policy: getFixture().scenarioPolicy,
    });
    await select('pair-to', 'baseline');
    await waitFor(() =>
      expect(text('movers-count')).toBe('0 clients change tier'),
    );
  });

  it('writes negative money with a minus sign, as Compare and the bridge do', async () => {
    await showFixture();
    const movers = expectedMovers();
    const down = movers.find((m) => m.cost_change_cents! < 0)!;
    expect(down).toBeDefined();
    view = await render(<MoversTab virtualise={false} />);
    await waitFor(() => expect(rowIds()).toHaveLength(movers.length));
    const cell = view.container.querySelector(
      `.ag-row[row-id="${down.index}"] [col-id="cost_change"]`,
    )!;
    expect(cell.textContent).toBe(formatMoney(down.cost_change_cents));
    expect(cell.textContent!.startsWith('\u2212$')).toBe(true);
  });

  it('opens the card on the pair picked, explaining the client under both sides', async () => {
    const fixture = await showFixture();
    const movers = expectedMovers();
    view = await render(
      <>
        <MoversTab virtualise={false} />
        <WhyTierCard />
      </>,
    );
    await waitFor(() => expect(rowIds()).toHaveLength(movers.length));
    // From b (SMB repriced, not on show) to a: b moves the same clients.
    await select('pair-from', 'b');
    await select('pair-to', 'a');
    await waitFor(() => expect(rowIds()).toHaveLength(movers.length));
    const cell = () =>
      view!.container.querySelector(
        `.ag-row[row-id="${movers[0]!.index}"] [col-id="name"]`,
      ) as HTMLElement;
    const want = `${fixture.priced.name} → ${fixture.scenarioPolicy.name}`;
    // b's policy is read from storage: open until the card names the pair.
    for (let tries = 0; tries < 50; tries++) {
      const target = cell();
      if (target)
        await fire(target, new MouseEvent('dblclick', { bubbles: true }));
      if (view.queryByTestId('why-tier-subtitle')?.textContent?.includes(want))
        break;
      await act(async () => closeWhyTier());
      await wait(50);
    }
    expect(text('why-tier-subtitle')).toContain(want);
    const side = (key: string) =>
      view!
        .byTestId(`why-tier-side-${key}`)
        .querySelector('[data-testid="why-tier-service"]')!.textContent;
    expect(side('from')).toBe(movers[0]!.from);
    expect(side('to')).toBe(movers[0]!.to);
  });
});
