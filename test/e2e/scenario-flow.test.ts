/**
 * Issue 3's flow on the sample portfolio, in one browser session: clone
 * the baseline, move the SMB/Mid-Market line from 11 to 16 workers and the
 * Mid-Market ratio from 20 to 30, compare, open who moves and the margin
 * bridge, undo both edits and see the figures return, reload and find the
 * scenario and its history kept. Expected figures come from the engine run
 * in Node on the same seeded sample.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import type { ClientColumns } from '../../shared/columns';
import { TIERS, type Tier } from '../../shared/domain';
import { computePortfolio } from '../../shared/engine/index';
import type { PortfolioResult } from '../../shared/engine/types';
import {
  DEFAULT_POLICY,
  validatePolicy,
  type Policy,
} from '../../shared/policy';
import { generateSamplePortfolio } from '../../shared/sample';
import { computeBridge } from '../../shared/scenario/bridge';
import { solveBreakEven } from '../../shared/scenario/solver';
import { runSweep, sweepRange, sweepValues } from '../../shared/scenario/sweep';
import type { BridgeRow } from '../../shared/scenario/types';
import { useAppFixture } from './app-fixture';
import { browserAvailable, screenshot } from './harness';
import { FiguresPage } from './pages/figures-page';
import { BRIDGE_PARTS, ScenarioPage } from './pages/scenario-page';

const canRun = browserAvailable();

/** The app's sample (renderer/app/workspace-loader.ts SAMPLE_OPTIONS). */
function expected() {
  const sample = generateSamplePortfolio({
    seed: 1,
    clients: 1500,
    quarters: 8,
  });
  const columns = sample.periods[sample.periods.length - 1]!.columns;
  const edited = structuredClone(DEFAULT_POLICY) as Policy;
  edited.tiers['Mid-Market'].min_workers = 16;
  edited.tiers['Mid-Market'].csm_ratio = 30;
  const policy = validatePolicy(edited);
  const before = {
    policy: DEFAULT_POLICY,
    result: computePortfolio(columns, DEFAULT_POLICY),
  };
  const after = { policy, result: computePortfolio(columns, policy) };
  let movers = 0;
  for (let i = 0; i < columns.length; i++) {
    const a = before.result.classification.service[i];
    if (a !== after.result.classification.service[i]) movers++;
  }
  return {
    before,
    after,
    movers,
    bridge: computeBridge(columns, before, after),
    breakEven: solveBreakEven(columns, policy),
    cliffs: cliffsOf(columns, policy),
  };
}

/** Cliffs of the Sensitivity tab's default sweep of the Mid-Market line. */
function cliffsOf(columns: ClientColumns, policy: Policy): number {
  const parameter = { kind: 'min_workers', tier: 'Mid-Market' } as const;
  const range = sweepRange(policy, parameter);
  const values = sweepValues(range, range.min, range.max, 50);
  const sweep = runSweep(columns, policy, parameter, values);
  return sweep.steps.filter((step) => step.cliff).length;
}

const count = (result: PortfolioResult, tier: Tier) =>
  result.segments.find((s) => s.segment === tier)?.client_count ?? 0;
const required = (result: PortfolioResult, tier: Tier) =>
  result.hiring.find((h) => h.tier === tier)!.required_csms;

describe.skipIf(!canRun)('scenario flow', () => {
  const fixture = useAppFixture();
  let figures: FiguresPage;
  let scenarios: ScenarioPage;
  const oracle = expected();

  beforeAll(async () => {
    figures = new FiguresPage(fixture.app);
    scenarios = new ScenarioPage(fixture.app);
    await fixture.app.open();
  });

  it('clones the baseline and moves the SMB/Mid-Market line and the Mid-Market ratio', async () => {
    await fixture.app.go('scenario');
    await fixture.app.byTestId('scenario-create').click();
    await expect
      .poll(() => fixture.app.activeScenario())
      .not.toBe('Baseline only');
    const name = await fixture.app.activeScenario();
    await expect.poll(() => scenarios.item(name).count()).toBe(1);
    await scenarios.tab('edit');
    expect(await figures.policyValue('tiers.Mid-Market.min_workers')).toBe(
      '11',
    );
    await figures.setPolicy('tiers.Mid-Market.min_workers', '16');
    await figures.setPolicy('tiers.Mid-Market.csm_ratio', '30');
    for (const tier of TIERS) {
      await expect
        .poll(() => scenarios.number(`summary-clients-${tier}`))
        .toBe(count(oracle.after.result, tier));
    }
    expect(
      await fixture.app.byTestId('scenario-history-entry').count(),
    ).toBeGreaterThanOrEqual(2);
    await screenshot(fixture.session.page, 'scenario-edit');
  });

  it('compares the scenario with the baseline, every figure with its delta', async () => {
    await scenarios.tab('compare');
    await fixture.app.byTestId('compare-table').waitFor();
    for (const tier of TIERS) {
      expect(await scenarios.number(`compare-clients-${tier}-baseline`)).toBe(
        count(oracle.before.result, tier),
      );
      await expect
        .poll(() => scenarios.number(`compare-clients-${tier}-0`))
        .toBe(count(oracle.after.result, tier));
      expect(await scenarios.number(`compare-required-${tier}-0`)).toBe(
        required(oracle.after.result, tier),
      );
    }
    const delta = fixture.app.byTestId('compare-clients-SMB-0-delta');
    expect((await delta.innerText()).trim()).toMatch(/^\+/);
    // Fewer CSMs in all at 1:30 than at 1:20: toward the targets. Mid-Market's
    // own count also follows the clients that left it, so it has no tone.
    const own = fixture.app.byTestId('compare-required-Mid-Market-0-delta');
    expect(await own.getAttribute('data-direction')).toBe('neutral');
    const csms = fixture.app.byTestId('compare-required-total-0-delta');
    const tone =
      (await csms.getAttribute('data-direction')) ??
      (await csms.getAttribute('data-tone'));
    expect(['better', 'good']).toContain(tone);
    await screenshot(fixture.session.page, 'scenario-compare');
    const charts = fixture.app.byTestId('compare-chart-clients');
    await charts.scrollIntoViewIfNeeded();
    await fixture.session.page.waitForTimeout(400);
    await screenshot(fixture.session.page, 'scenario-compare-charts');
  });

  it('lists who moves, each from Mid-Market to SMB by the worker thresholds', async () => {
    await scenarios.tab('movers');
    await fixture.app.byTestId('movers-grid').waitFor();
    await expect.poll(() => scenarios.moversCount()).toBe(oracle.movers);
    await expect
      .poll(async () => (await scenarios.moverRows()).length)
      .toBeGreaterThan(0);
    const rows = await scenarios.moverRows();
    for (const row of rows) {
      expect(Object.values(row).join(' ')).toMatch(/Worker threshold/i);
    }
    await screenshot(fixture.session.page, 'scenario-movers');
  });

  it('splits the margin change into parts that add up to the cent', async () => {
    await scenarios.tab('bridge');
    await fixture.app.byTestId('bridge-chart').waitFor();
    const rows: [string, BridgeRow][] = [
      ...TIERS.map(
        (tier, k) => [tier, oracle.bridge[k]!] as [string, BridgeRow],
      ),
      ['Total', oracle.bridge[4]!],
    ];
    for (const [segment, want] of rows) {
      const got = await scenarios.bridgeRow(segment);
      expect(got.volume + got.mix + got.price + got.cost).toBe(got.total);
      expect(got.before + got.total).toBe(got.after);
      for (const part of BRIDGE_PARTS) {
        expect(got[part], `${segment} ${part}`).toBe(want[`${part}_cents`]);
      }
    }
    // No price was edited: no price effect anywhere.
    expect((await scenarios.bridgeRow('Total')).price).toBe(0);
    await screenshot(fixture.session.page, 'scenario-bridge');
  });

  it('explains a mover under both sides of the pair', async () => {
    await scenarios.tab('movers');
    const first = fixture.session.page
      .locator('[data-testid="movers-grid"] .ag-row[row-index="0"] .ag-cell')
      .first();
    await first.dblclick();
    const card = fixture.app.byTestId('why-tier-card');
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain('Baseline');
    expect(text).toContain(await fixture.app.activeScenario());
    expect(text).toMatch(/Mid-Market/);
    expect(text).toMatch(/SMB/);
    await screenshot(fixture.session.page, 'scenario-why-tier');
    await fixture.app.byTestId('why-tier-close').click();
    await expect.poll(() => card.count()).toBe(0);
  });

  it('sweeps the Mid-Market line and marks its cliffs', async () => {
    await scenarios.tab('sensitivity');
    await fixture.app
      .byTestId('sweep-parameter')
      .selectOption('min_workers:Mid-Market');
    await fixture.app.byTestId('sweep-run').click();
    await fixture.app.byTestId('sweep-chart').first().waitFor();
    await fixture.app.byTestId('sweep-cliffs').waitFor();
    expect(await fixture.app.byTestId('sweep-cliff').count()).toBe(
      oracle.cliffs,
    );
    await screenshot(fixture.session.page, 'scenario-sensitivity');
  });

  it("solves each tier's break-even ratio and minimum PEPM", async () => {
    await scenarios.tab('breakeven');
    await fixture.app.byTestId('breakeven-table').waitFor();
    for (const row of oracle.breakEven) {
      const ratio = fixture.app.byTestId(`breakeven-ratio-${row.tier}`);
      await expect.poll(() => ratio.innerText()).not.toBe('');
      if (row.ratio_status === 'solved') {
        expect(await ratio.innerText()).toContain(`1:${row.ratio}`);
      }
      if (row.min_pepm_status === 'solved') {
        const dollars = (row.min_pepm_cents! / 100).toLocaleString('en-US', {
          minimumFractionDigits: 2,
        });
        expect(
          await fixture.app.byTestId(`breakeven-pepm-${row.tier}`).innerText(),
        ).toContain(dollars);
      }
    }
    await screenshot(fixture.session.page, 'scenario-breakeven');
  });

  it('undoes both edits and the figures return to the baseline', async () => {
    await scenarios.tab('edit');
    await fixture.app.byTestId('scenario-undo').click();
    await fixture.app.waitComputed();
    await expect
      .poll(() => figures.policyValue('tiers.Mid-Market.csm_ratio'))
      .toBe('20');
    // The second undo by keyboard, focus in an input of the editor.
    await fixture.app.byTestId('policy-input-tiers.SMB.csm_ratio').focus();
    await fixture.session.page.keyboard.press('Control+z');
    await expect
      .poll(() => figures.policyValue('tiers.Mid-Market.min_workers'))
      .toBe('11');
    for (const tier of TIERS) {
      await expect
        .poll(() => scenarios.number(`summary-clients-${tier}`))
        .toBe(count(oracle.before.result, tier));
    }
    await scenarios.tab('movers');
    await expect.poll(() => scenarios.moversCount()).toBe(0);
    await screenshot(fixture.session.page, 'scenario-undone');
  });

  it('keeps the scenario and its history across a reload, so redo still works', async () => {
    const name = await fixture.app.activeScenario();
    await fixture.app.reload();
    await fixture.app.go('scenario');
    expect(await fixture.app.activeScenario()).toBe(name);
    expect(await scenarios.item(name).count()).toBe(1);
    await scenarios.tab('edit');
    await fixture.app.byTestId('scenario-redo').click();
    await expect
      .poll(() => figures.policyValue('tiers.Mid-Market.min_workers'))
      .toBe('16');
    await expect
      .poll(() => scenarios.number('summary-clients-SMB'))
      .toBe(count(oracle.after.result, 'SMB'));
    await screenshot(fixture.session.page, 'scenario-reloaded');
  });

  it('saw no page error, console error or error notification', async () => {
    expect(fixture.session.problems).toEqual([]);
    expect(await fixture.app.errorNotifications()).toEqual([]);
  });
});
