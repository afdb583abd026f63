/**
 * The main flow, steps in order in one browser session: the sample on a
 * first start, the RavenStack accounts and their billing lines imported,
 * every screen opened, a scenario edited, a reload keeping it all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  browserAvailable,
  docsScreenshot,
  openSession,
  screenshot,
  serveRenderer,
  type Session,
} from './harness';
import { AppPage } from './pages/app-page';
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
  let server: Awaited<ReturnType<typeof serveRenderer>>;
  let session: Session;
  let app: AppPage;
  let importer: ImportPage;
  let figures: FiguresPage;
  const before: Record<string, number> = {};

  beforeAll(async () => {
    server = await serveRenderer();
    session = await openSession();
    app = new AppPage(session.page, server.url);
    importer = new ImportPage(app);
    figures = new FiguresPage(app);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows the sample portfolio on a first start', async () => {
    await app.open();
    await expect(app.sampleBadge().isVisible()).resolves.toBe(true);
    await app.byTestId('screen-portfolio').waitFor();
    const count = await figures.portfolioCount();
    expect(count).toBeGreaterThanOrEqual(1200);
    expect(count).toBeLessThanOrEqual(1800);
    const ms = await app.lastComputeMs();
    expect(ms).toBeGreaterThan(0);
    console.log(
      `sample: ${count} clients, recompute ${ms.toFixed(2)} ms in the browser worker`,
    );
    await screenshot(session.page, 'portfolio-sample');
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
    await screenshot(session.page, 'import-mapping');

    await importer.validate();
    expect(await importer.count('read')).toBe(500);
    expect(await importer.count('accepted')).toBe(500);
    expect(await importer.count('rejected')).toBe(0);
    await screenshot(session.page, 'import-report');

    await importer.commit();
    await expect(app.sampleBadge().count()).resolves.toBe(0);
    expect(await app.sourceName()).toContain('ravenstack_accounts.csv');
    expect(await app.period()).toBe('2024-Q4');
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
    await screenshot(session.page, 'import-merge-mapping');

    await importer.validate();
    // Lines not active on 2024-12-31 are skipped, not read as clients.
    expect(
      (await importer.count('read')) + (await importer.count('skipped')),
    ).toBe(5000);
    expect(await importer.count('rejected')).toBe(0);
    expect(await importer.text('import-unmatched')).toMatch(
      /^Every client id of the file matches/,
    );
    await screenshot(session.page, 'import-merge-report');
    await importer.commit();
  });

  it('shows the 500 clients with their tiers and MRR in the grid', async () => {
    await app.go('portfolio');
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
    await app.dismissNotifications();
    await screenshot(session.page, 'portfolio');
    await docsScreenshot(session.page);
  });

  it('opens Segments and Capacity with figures for every tier', async () => {
    await app.go('segments');
    const seats = [...seatsByAccount().values()];
    before.smb = await figures.number('segment-count-SMB');
    before.mm = await figures.number('segment-count-Mid-Market');
    expect(before.smb + before.mm).toBeGreaterThan(0);
    expect(before.smb).toBeGreaterThanOrEqual(
      seats.filter((s) => s <= 10).length - 500,
    );
    await screenshot(session.page, 'segments');

    await app.go('capacity');
    before.required = await figures.number('hiring-required-total');
    before.requiredSmb = await figures.number('hiring-required-SMB');
    expect(before.required).toBeGreaterThan(0);
    await screenshot(session.page, 'capacity');
  });

  it('creates a scenario, edits a threshold and a ratio, and the figures change', async () => {
    await app.go('scenario');
    await app.byTestId('scenario-create').click();
    await expect.poll(() => app.activeScenario()).not.toBe('Baseline only');
    await figures.setPolicy('tiers.Mid-Market.min_workers', '21');
    await figures.setPolicy('tiers.SMB.csm_ratio', '25');
    console.log(
      `warm recompute of baseline + scenario, 500 clients: ${(await app.lastComputeMs()).toFixed(2)} ms`,
    );
    await screenshot(session.page, 'scenario');

    await app.go('segments');
    await expect
      .poll(() => figures.number('segment-count-SMB'))
      .toBeGreaterThan(before.smb!);
    expect(await figures.number('segment-count-Mid-Market')).toBeLessThan(
      before.mm!,
    );
    expect(await figures.text('segment-count-SMB-delta')).toMatch(/^\+/);
    await screenshot(session.page, 'segments-scenario');

    await app.go('capacity');
    expect(await figures.number('hiring-required-SMB')).toBeGreaterThan(
      before.requiredSmb!,
    );
    expect(await figures.number('hiring-required-total')).not.toBe(
      before.required,
    );
    await screenshot(session.page, 'capacity-scenario');
  });

  it('keeps the imports, the scenario and its edits after a reload', async () => {
    const scenario = await app.activeScenario();
    const smb = await figures.number('hiring-required-SMB');
    await app.reload();

    expect(await app.activeScenario()).toBe(scenario);
    expect(await app.period()).toBe('2024-Q4');
    expect(await app.sourceName()).toContain(
      'ravenstack_accounts.csv + ravenstack_subscriptions.csv',
    );
    await app.go('capacity');
    expect(await figures.number('hiring-required-SMB')).toBe(smb);
    await app.go('scenario');
    expect(await figures.policyValue('tiers.Mid-Market.min_workers')).toBe(
      '21',
    );
    expect(await figures.policyValue('tiers.SMB.csm_ratio')).toBe('25');
    await app.go('portfolio');
    expect(await figures.portfolioCount()).toBe(500);
    await app.go('import');
    expect(
      await app.byTestId('import-history').locator('tbody tr').count(),
    ).toBe(2);
    await screenshot(session.page, 'import');
    await app.go('settings');
    await screenshot(session.page, 'settings');
  });

  it('saw no page error, console error or error notification', async () => {
    expect(session.problems).toEqual([]);
    expect(await app.errorNotifications()).toEqual([]);
  });
});
