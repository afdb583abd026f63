/**
 * The main flow, steps in order in one browser session: the sample on a
 * first start, the RavenStack accounts and their billing lines imported,
 * every screen opened, a scenario edited, a reload keeping it all.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { browserAvailable, docsScreenshot, screenshot } from './harness';
import { useAppFixture } from './app-fixture';
import { FiguresPage } from './pages/figures-page';
import { ImportPage } from './pages/import-page';
import {
  ACCOUNTS,
  SUBSCRIPTIONS,
  defaultTier,
  mrrActiveOn,
  seatsByAccount,
} from './ravenstack-oracle';

const canRun = browserAvailable();

describe.skipIf(!canRun)('main flow', () => {
  const fixture = useAppFixture();
  let importer: ImportPage;
  let figures: FiguresPage;
  const before: Record<string, number> = {};

  beforeAll(async () => {
    importer = new ImportPage(fixture.app);
    figures = new FiguresPage(fixture.app);
  });

  it('shows the sample portfolio on a first start', async () => {
    await fixture.app.open();
    await expect(fixture.app.sampleBadge().isVisible()).resolves.toBe(true);
    await fixture.app.byTestId('screen-portfolio').waitFor();
    const count = await figures.portfolioCount();
    expect(count).toBeGreaterThanOrEqual(1200);
    expect(count).toBeLessThanOrEqual(1800);
    const ms = await fixture.app.lastComputeMs();
    expect(ms).toBeGreaterThan(0);
    console.log(
      `sample: ${count} clients, recompute ${ms.toFixed(2)} ms in the browser worker`,
    );
    await screenshot(fixture.session.page, 'portfolio-sample');
  });

  it('imports the accounts through the mapping, seats as workers, into 2024-Q4', async () => {
    await importer.chooseFile(ACCOUNTS);
    await importer.waitMapping();
    expect(await importer.mappedColumn('client_id')).toBe('account_id');
    expect(await importer.mappedColumn('name')).toBe('account_name');
    expect(await importer.mappedColumn('workers')).toBe('seats');
    expect(await importer.mappedColumn('countries')).toBe('country');
    expect(await importer.kind()).toBe('clients');
    await importer.mapField('workers', 'seats');
    await importer.setPeriod('2024-Q4');
    await screenshot(fixture.session.page, 'import-mapping');

    await importer.validate();
    expect(await importer.count('read')).toBe(500);
    expect(await importer.count('accepted')).toBe(500);
    expect(await importer.count('rejected')).toBe(0);
    await screenshot(fixture.session.page, 'import-report');

    await importer.commit();
    await expect(fixture.app.sampleBadge().count()).resolves.toBe(0);
    expect(await fixture.app.sourceName()).toContain('ravenstack_accounts.csv');
    expect(await fixture.app.period()).toBe('2024-Q4');
  });

  it('adds the MRR of the subscriptions active at the period end', async () => {
    await importer.chooseFile(SUBSCRIPTIONS);
    await importer.waitMapping();
    expect(await importer.kind()).toBe('lines');
    expect(await importer.mappedColumn('client_id')).toBe('account_id');
    expect(await importer.mappedColumn('mrr')).toBe('mrr_amount');
    await importer.setPeriod('2024-Q4');
    await importer.setMode('merge');
    await importer.setMergeFields(['mrr']);
    await screenshot(fixture.session.page, 'import-merge-mapping');

    await importer.validate();
    // Lines not active on 2024-12-31 are skipped, not read as clients.
    expect(
      (await importer.count('read')) + (await importer.count('skipped')),
    ).toBe(5000);
    expect(await importer.count('rejected')).toBe(0);
    expect(await importer.text('import-unmatched')).toMatch(
      /^Every client id of the file matches/,
    );
    await screenshot(fixture.session.page, 'import-merge-report');
    await importer.commit();
  });

  it('shows the 500 clients with their tiers and MRR in the grid', async () => {
    await fixture.app.go('portfolio');
    expect(await figures.portfolioCount()).toBe(500);
    const mrr = mrrActiveOn('2024-12-31');
    const seats = seatsByAccount();
    const id = [...mrr.keys()].find((key) => (mrr.get(key) ?? 0) > 1000)!;
    await figures.search(id);
    await expect.poll(() => figures.portfolioCount()).toBe(1);
    const row = await figures.firstGridRow();
    expect(row.client_id).toBe(id);
    expect(row.primary_segment).toBe(defaultTier(seats.get(id)!));
    expect(row.mrr).toBe(`$${mrr.get(id)!.toLocaleString('en-US')}`);
    await figures.search('');
    await expect.poll(() => figures.portfolioCount()).toBe(500);
    await fixture.app.dismissNotifications();
    await screenshot(fixture.session.page, 'portfolio');
    await docsScreenshot(fixture.session.page);
  });

  it('opens Segments and Capacity with figures for every tier', async () => {
    await fixture.app.go('segments');
    const seats = [...seatsByAccount().values()];
    before.smb = await figures.number('segment-count-SMB');
    before.mm = await figures.number('segment-count-Mid-Market');
    expect(before.smb + before.mm).toBeGreaterThan(0);
    expect(before.smb).toBeGreaterThanOrEqual(
      seats.filter((s) => s <= 10).length - 500,
    );
    await screenshot(fixture.session.page, 'segments');

    await fixture.app.go('capacity');
    before.required = await figures.number('hiring-required-total');
    before.requiredSmb = await figures.number('hiring-required-SMB');
    expect(before.required).toBeGreaterThan(0);
    await screenshot(fixture.session.page, 'capacity');
  });

  it('creates a scenario, edits a threshold and a ratio, and the figures change', async () => {
    await fixture.app.go('scenario');
    await fixture.app.byTestId('scenario-create').click();
    await expect
      .poll(() => fixture.app.activeScenario())
      .not.toBe('Baseline only');
    await figures.setPolicy('tiers.Mid-Market.min_workers', '21');
    await figures.setPolicy('tiers.SMB.csm_ratio', '25');
    console.log(
      `warm recompute of baseline + scenario, 500 clients: ${(await fixture.app.lastComputeMs()).toFixed(2)} ms`,
    );
    await screenshot(fixture.session.page, 'scenario');

    await fixture.app.go('segments');
    await expect
      .poll(() => figures.number('segment-count-SMB'))
      .toBeGreaterThan(before.smb!);
    expect(await figures.number('segment-count-Mid-Market')).toBeLessThan(
      before.mm!,
    );
    expect(await figures.text('segment-count-SMB-delta')).toMatch(/^\+/);
    await screenshot(fixture.session.page, 'segments-scenario');

    await fixture.app.go('capacity');
    expect(await figures.number('hiring-required-SMB')).toBeGreaterThan(
      before.requiredSmb!,
    );
    expect(await figures.number('hiring-required-total')).not.toBe(
      before.required,
    );
    await screenshot(fixture.session.page, 'capacity-scenario');
  });

  it('keeps the imports, the scenario and its edits after a reload', async () => {
    const scenario = await fixture.app.activeScenario();
    const smb = await figures.number('hiring-required-SMB');
    await fixture.app.reload();

    expect(await fixture.app.activeScenario()).toBe(scenario);
    expect(await fixture.app.period()).toBe('2024-Q4');
    expect(await fixture.app.sourceName()).toContain(
      'ravenstack_accounts.csv + ravenstack_subscriptions.csv',
    );
    await fixture.app.go('capacity');
    expect(await figures.number('hiring-required-SMB')).toBe(smb);
    await fixture.app.go('scenario');
    expect(await figures.policyValue('tiers.Mid-Market.min_workers')).toBe(
      '21',
    );
    expect(await figures.policyValue('tiers.SMB.csm_ratio')).toBe('25');
    await fixture.app.go('portfolio');
    expect(await figures.portfolioCount()).toBe(500);
    await fixture.app.go('import');
    expect(
      await fixture.app.byTestId('import-history').locator('tbody tr').count(),
    ).toBe(2);
    await screenshot(fixture.session.page, 'import');
    await fixture.app.go('settings');
    await screenshot(fixture.session.page, 'settings');
  });

  it('saw no page error, console error or error notification', async () => {
    expect(fixture.session.problems).toEqual([]);
    expect(await fixture.app.errorNotifications()).toEqual([]);
  });
});
