// @vitest-environment jsdom
import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../../../renderer/platform/index', () => ({
  saveFile: vi.fn(async () => true),
  pickFile: vi.fn(async () => null),
  logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() },
}));

import { BridgeTab } from '../../../../../renderer/features/scenario/bridge/BridgeTab';
import { BRIDGE_COLUMNS } from '../../../../../renderer/features/scenario/bridge/bridge-rows';
import { formatMoney, formatPercent } from '../../../../../renderer/ui/format';
import { computePortfolio } from '../../../../../shared/engine/index';
import type { Policy } from '../../../../../shared/policy';
import { computeBridge } from '../../../../../shared/scenario/bridge';
import { fire, render, waitFor, type Rendered } from '../../../ui/render';
import { pricedPolicy, showFixture } from '../compare/harness';
import { getFixture } from '../../fixtures';

let view: Rendered | null = null;
const text = (id: string) => view!.byTestId(id).textContent;

afterEach(async () => {
  await view?.unmount();
  view = null;
});

function bridgeOf(before: Policy, after: Policy) {
  const { columns } = getFixture();
  return computeBridge(
    columns,
    { policy: before, result: computePortfolio(columns, before) },
    { policy: after, result: computePortfolio(columns, after) },
  );
}

async function select(id: string, value: string) {
  const element = view!.byTestId(id) as HTMLSelectElement;
  element.value = value;
  await fire(element, new Event('change', { bubbles: true }));
}

const LABELS = ['SMB', 'Mid-Market', 'Enterprise', 'Strategic', 'Total'];

describe('BridgeTab', () => {
  it('shows every part of each row as the worker computed it, to the cent', async () => {
    const fixture = await showFixture();
    view = await render(<BridgeTab />);
    await waitFor(() =>
      expect(view!.queryByTestId('bridge-row-Total')).not.toBeNull(),
    );
    const want = bridgeOf(fixture.baselinePolicy, fixture.scenarioPolicy);
    LABELS.forEach((label, k) => {
      for (const column of BRIDGE_COLUMNS)
        expect(
          text(`bridge-${column.id}-${label}`),
          `${column.id} ${label}`,
        ).toBe(formatMoney(want[k]![column.field], 'USD', true));
    });
    // Thresholds and ratios only: no price effect; the mix moved profit.
    expect(want[4]!.price_cents).toBe(0);
    expect(want[4]!.mix_cents).not.toBe(0);
    expect(view.byTestId('bridge-mix-SMB').className).toContain(
      'sc-bridge--up',
    );
    expect(view.queryByTestId('bridge-chart')).not.toBeNull();
  });

  it('shows each row’s gross margin before and after, from each policy’s own figures', async () => {
    const fixture = await showFixture();
    view = await render(<BridgeTab />);
    await waitFor(() =>
      expect(view!.queryByTestId('bridge-margin-after-Total')).not.toBeNull(),
    );
    const sides = [fixture.baseline, fixture.scenario];
    for (const label of LABELS) {
      const [before, after] = sides.map((side) =>
        label === 'Total'
          ? side.total
          : side.segments.find((s) => s.segment === label)!,
      );
      expect(text(`bridge-margin-before-${label}`)).toBe(
        formatPercent(before!.gross_margin),
      );
      expect(text(`bridge-margin-after-${label}`)).toBe(
        formatPercent(after!.gross_margin),
      );
    }
    const { before, after } = {
      before: fixture.baseline.total.gross_margin!,
      after: fixture.scenario.total.gross_margin!,
    };
    expect(before).not.toBe(after);
    expect(text('bridge-margin')).toContain(
      `Gross margin ${formatPercent(before)} → ${formatPercent(after)}`,
    );
    expect(text('bridge-margin')).toMatch(/, all tiers$/);
    // Negative parts read with a minus sign, as the chart and Compare write them.
    const cells = [...view.byTestId('bridge-table').querySelectorAll('td')];
    expect(cells.some((td) => td.textContent!.startsWith('\u2212'))).toBe(true);
    expect(cells.every((td) => !td.textContent!.startsWith('-'))).toBe(true);
  });

  it('bridges any two policies the pickers name, and a segment picked for the chart', async () => {
    const fixture = await showFixture();
    view = await render(<BridgeTab />);
    await waitFor(() =>
      expect(view!.queryByTestId('bridge-row-Total')).not.toBeNull(),
    );
    await select('pair-from', 'a');
    await select('pair-to', 'b');
    const want = bridgeOf(
      fixture.scenarioPolicy,
      pricedPolicy(fixture.baselinePolicy),
    );
    await waitFor(() =>
      expect(text('bridge-price-Total')).toBe(
        formatMoney(want[4]!.price_cents, 'USD', true),
      ),
    );
    expect(want[4]!.price_cents).toBeGreaterThan(0);
    expect(text('bridge-after-SMB')).toBe(
      formatMoney(want[0]!.after_cents, 'USD', true),
    );
    await select('bridge-segment', 'SMB');
    expect(view.byTestId('bridge-chart').getAttribute('aria-label')).toContain(
      'SMB',
    );
  });
});
