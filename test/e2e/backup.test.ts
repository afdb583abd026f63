/**
 * The whole workspace saved to one file and restored: after the sample is
 * loaded over an import, the backup brings the import and the scenario back.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  browserAvailable,
  openSession,
  screenshot,
  serveRenderer,
  type Session,
} from './harness';
import { AppPage } from './pages/app-page';
import { FiguresPage } from './pages/figures-page';
import { ImportPage } from './pages/import-page';
import { ACCOUNTS } from './ravenstack-oracle';

const canRun = browserAvailable();

describe.skipIf(!canRun)('workspace backup and restore', () => {
  let server: Awaited<ReturnType<typeof serveRenderer>>;
  let session: Session;
  let app: AppPage;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tierwise-backup-'));
    server = await serveRenderer();
    session = await openSession();
    app = new AppPage(session.page, server.url);
    await app.open();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('saves the workspace, loads the sample over it, and restores it', async () => {
    const importer = new ImportPage(app);
    const figures = new FiguresPage(app);
    await importer.chooseFile(ACCOUNTS);
    await importer.waitMapping();
    await importer.setPeriod('2024-Q4');
    await importer.validate();
    await importer.commit();
    await app.go('scenario');
    await app.byTestId('scenario-create').click();
    await expect.poll(() => app.activeScenario()).not.toBe('Baseline only');
    await figures.setPolicy('tiers.Enterprise.csm_ratio', '7');
    const scenario = await app.activeScenario();

    await app.go('settings');
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.byTestId('backup-export').click(),
    ]);
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({
      format: 'tierwise-backup',
      version: 1,
    });

    await app.go('import');
    await app.byTestId('import-sample').click();
    await app.byTestId('import-sample-confirm').click();
    await app.sampleBadge().waitFor();
    await app.go('portfolio');
    expect(await figures.portfolioCount()).toBeGreaterThan(1000);

    await app.go('settings');
    const [chooser] = await Promise.all([
      app.page.waitForEvent('filechooser'),
      app.byTestId('backup-restore').click(),
    ]);
    await chooser.setFiles(saved);
    // Nothing is replaced until the user confirms.
    await app.byTestId('backup-restore-confirm').click();
    await app.byTestId('source-name').waitFor();
    await app.waitComputed();

    expect(await app.sourceName()).toContain('ravenstack_accounts.csv');
    expect(await app.activeScenario()).toBe(scenario);
    await app.go('scenario');
    expect(await figures.policyValue('tiers.Enterprise.csm_ratio')).toBe('7');
    await app.go('portfolio');
    expect(await figures.portfolioCount()).toBe(500);
    await screenshot(session.page, 'portfolio-restored');
    expect(session.problems).toEqual([]);
    expect(await app.errorNotifications()).toEqual([]);
  });
});
