// @vitest-environment jsdom
import 'fake-indexeddb/auto';

import * as XLSX from '@e965/xlsx';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const saved = vi.hoisted(() => ({
  files: [] as { name: string; data: Uint8Array | string; mime: string }[],
  picked: null as { name: string; bytes: Uint8Array } | null,
  imported: [] as { policy: unknown; fileName: string }[],
}));
vi.mock('../../../../../renderer/app/workspace-actions', () => ({
  importScenario: vi.fn(async (policy: unknown, fileName: string) => {
    saved.imported.push({ policy, fileName });
    return 'imported';
  }),
  activateScenario: vi.fn(),
  cloneScenario: vi.fn(),
  createScenario: vi.fn(),
  deleteScenario: vi.fn(),
  renameScenario: vi.fn(),
  reorderScenario: vi.fn(),
  updateScenarioPolicy: vi.fn(),
}));
vi.mock('../../../../../renderer/platform/index', () => ({
  saveFile: vi.fn(
    async (name: string, data: Uint8Array | string, mime: string) => {
      saved.files.push({ name, data, mime });
      return true;
    },
  ),
  pickFile: vi.fn(async () => saved.picked),
  logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() },
}));

import { CompareTab } from '../../../../../renderer/features/scenario/compare/CompareTab';
import { ScenarioManager } from '../../../../../renderer/features/scenario/ScenarioManager';
import { readPolicyFile } from '../../../../../renderer/features/scenario/policy-files';
import { useWorkspaceStore } from '../../../../../renderer/app/workspace-store';
import { formatCount } from '../../../../../renderer/ui/format';
import { computePortfolio } from '../../../../../shared/engine/index';
import type { Policy } from '../../../../../shared/policy';
import { fire, render, wait, waitFor, type Rendered } from '../../../ui/render';
import { getDb } from '../../../../../renderer/db/db';
import { saveScenario } from '../../../../../renderer/db/policies-repo';
import { showFixture } from './harness';

let view: Rendered | null = null;
const text = (id: string) => view!.byTestId(id).textContent;
const click = (el: HTMLElement) =>
  fire(el, new MouseEvent('click', { bubbles: true }));

beforeEach(() => {
  saved.files = [];
  saved.picked = null;
  saved.imported = [];
});

afterEach(async () => {
  await view?.unmount();
  view = null;
});

const clientsOf = (policy: Policy, tier: string) => {
  const { columns } = useWorkspaceStore.getState();
  return computePortfolio(columns!, policy).segments.find(
    (s) => s.segment === tier,
  )!.client_count;
};

describe('CompareTab', () => {
  it('shows the baseline and each scenario from the worker in list order, with deltas', async () => {
    const fixture = await showFixture();
    view = await render(<CompareTab />);
    await waitFor(() =>
      expect(view!.queryByTestId('compare-table')).not.toBeNull(),
    );
    await waitFor(() =>
      expect(view!.queryByTestId('compare-clients-SMB-1')).not.toBeNull(),
    );

    const headers = [...view.container.querySelectorAll('thead th')].map(
      (th) => th.textContent,
    );
    expect(headers[1]).toBe('Baseline');
    expect(headers[2]).toContain('Raise Mid-Market');
    expect(headers[3]).toContain('Price SMB +10 %');

    const before = clientsOf(fixture.baselinePolicy, 'SMB');
    const after = clientsOf(fixture.scenarioPolicy, 'SMB');
    expect(text('compare-clients-SMB-baseline')).toBe(formatCount(before));
    expect(text('compare-clients-SMB-0')).toBe(formatCount(after));
    expect(text('compare-clients-SMB-0-delta')).toBe(`+${after - before}`);
    expect(view.byTestId('compare-clients-SMB-0-delta').dataset.direction).toBe(
      'neutral',
    );
    // SMB gains clients: its own CSMs follow them, no direction.
    expect(
      view.byTestId('compare-required-SMB-0-delta').dataset.direction,
    ).toBe('neutral');
    // A price rise: more revenue and margin, toward the targets.
    expect(view.byTestId('compare-revenue-SMB-1-delta').dataset.direction).toBe(
      'better',
    );
    expect(view.byTestId('compare-margin-SMB-1-delta').dataset.direction).toBe(
      'better',
    );
    expect(text('compare-cost-total-1-delta')).toBe('±0');
    expect(view.byTestId('compare-cost-total-1-delta').dataset.direction).toBe(
      'neutral',
    );
    expect(text('compare-movers-1')).toBe('0 clients change tier');
    // The charts follow once the edits pause.
    await waitFor(() =>
      expect(view!.queryByTestId('compare-chart-margin')).not.toBeNull(),
    );
  });

  it('drops a scenario when its box is cleared, and never takes more than four', async () => {
    await showFixture();
    view = await render(<CompareTab />);
    await waitFor(() =>
      expect(view!.queryByTestId('compare-clients-SMB-1')).not.toBeNull(),
    );
    const picks = [
      ...view.container.querySelectorAll<HTMLInputElement>(
        '[data-testid="compare-pick"]',
      ),
    ];
    expect(picks.map((p) => [p.dataset.name, p.checked])).toEqual([
      ['Raise Mid-Market', true],
      ['Price SMB +10 %', true],
    ]);
    await click(picks[0]!);
    await waitFor(() =>
      expect(view!.queryByTestId('compare-clients-SMB-1')).toBeNull(),
    );
    expect(
      view.container.querySelectorAll('thead th')[2]!.textContent,
    ).toContain('Price SMB');
  });

  it('shows the newest edit of the active scenario; an answer it overtook is dropped', async () => {
    const fixture = await showFixture();
    view = await render(<CompareTab />);
    await waitFor(() =>
      expect(view!.queryByTestId('compare-clients-SMB-0')).not.toBeNull(),
    );
    const edit = (minWorkers: number): Policy => ({
      ...fixture.scenarioPolicy,
      tiers: {
        ...fixture.scenarioPolicy.tiers,
        'Mid-Market': {
          ...fixture.scenarioPolicy.tiers['Mid-Market'],
          min_workers: minWorkers,
        },
      },
    });
    // Three edits in a row, as typing does: only the last one's figures stay.
    await act(async () => {
      for (const workers of [30, 14, 25])
        useWorkspaceStore.setState({ scenarioPolicy: edit(workers) });
    });
    const want = formatCount(clientsOf(edit(25), 'SMB'));
    await waitFor(() => expect(text('compare-clients-SMB-0')).toBe(want));
    await waitFor(() =>
      expect(text('compare-status')).not.toContain('Updating'),
    );
    expect(text('compare-clients-SMB-0')).toBe(want);
  });

  it('asks again when a compared policy changes in storage, not when it is saved unchanged', async () => {
    const fixture = await showFixture();
    view = await render(<CompareTab />);
    await waitFor(() =>
      expect(view!.queryByTestId('compare-clients-SMB-1')).not.toBeNull(),
    );
    await wait(100);
    const compares = () =>
      fixture.posted().filter((t) => t === 'compare').length;
    const before = compares();
    await saveScenario(getDb(), 'b', fixture.priced);
    await wait(200);
    expect(compares()).toBe(before);
    const cheaper = structuredClone(fixture.priced) as Policy;
    cheaper.tiers.SMB.price_change = -0.1;
    await saveScenario(getDb(), 'b', cheaper);
    await waitFor(() =>
      expect(
        view!.byTestId('compare-revenue-SMB-1-delta').dataset.direction,
      ).toBe('worse'),
    );
    expect(compares()).toBe(before + 1);
  });

  it('exports the comparison as a workbook of number cells, and as CSV', async () => {
    await showFixture();
    view = await render(<CompareTab />);
    await waitFor(() =>
      expect(view!.queryByTestId('compare-clients-SMB-1')).not.toBeNull(),
    );
    await click(view.byTestId('compare-export-xlsx'));
    await waitFor(() => expect(saved.files).toHaveLength(1));
    const file = saved.files[0]!;
    expect(file.name).toBe('tierwise-comparison-all.xlsx');
    const book = XLSX.read(file.data as Uint8Array, { type: 'array' });
    expect(book.SheetNames).toEqual([
      'Comparison',
      'Segments',
      'Movers',
      'Bridge',
    ]);
    const movers = XLSX.utils.sheet_to_json<Record<string, unknown>>(
      book.Sheets.Movers!,
    );
    expect(movers.length).toBeGreaterThan(0);
    expect(movers.every((m) => m.scenario === 'Raise Mid-Market')).toBe(true);
    expect(typeof movers[0]!.revenue_before).toBe('number');
    expect((book.Sheets.Comparison!.C2 as XLSX.CellObject).t).toBe('n');

    await click(view.byTestId('compare-export-csv'));
    await waitFor(() => expect(saved.files).toHaveLength(2));
    expect(saved.files[1]!.name).toBe('tierwise-comparison-all.csv');
    expect(String(saved.files[1]!.data).split('\r\n')[0]).toMatch(
      /^figure,segment,Baseline,/,
    );
  });

  it('saves the active scenario as a policy file that imports back to the same policy', async () => {
    const fixture = await showFixture();
    view = await render(<ScenarioManager />);
    await click(view.byTestId('scenario-export-policy'));
    await waitFor(() => expect(saved.files).toHaveLength(1));
    const file = saved.files[0]!;
    expect(file.mime).toBe('application/json');
    const bytes = new TextEncoder().encode(String(file.data));
    expect(readPolicyFile(bytes, file.name, fixture.baselinePolicy)).toEqual(
      fixture.scenarioPolicy,
    );
    // The same file picked for an import becomes a scenario of that policy.
    saved.picked = { name: file.name, bytes };
    await click(view.byTestId('scenario-import-policy'));
    await waitFor(() => expect(saved.imported).toHaveLength(1));
    expect(saved.imported[0]).toEqual({
      policy: fixture.scenarioPolicy,
      fileName: file.name,
    });
  });
});
