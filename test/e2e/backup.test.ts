/**
 * The whole workspace saved to one file and restored: after the sample is
 * loaded over an import, the backup brings the import and the scenario back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { browserAvailable, screenshot } from './harness';
import { useAppFixture } from './app-fixture';
import { FiguresPage } from './pages/figures-page';
import { ImportPage } from './pages/import-page';
import { ACCOUNTS } from './ravenstack-oracle';

const canRun = browserAvailable();

describe.skipIf(!canRun)('workspace backup and restore', () => {
  const fixture = useAppFixture();

  beforeAll(async () => {
    await fixture.app.open();
  });

  it('saves the workspace, loads the sample over it, and restores it', async () => {
    const importer = new ImportPage(fixture.app);
    const figures = new FiguresPage(fixture.app);
    await importer.chooseFile(ACCOUNTS);
    await importer.waitMapping();
    await importer.setPeriod('2024-Q4');
    await importer.validate();
    await importer.commit();
    await fixture.app.go('scenario');
    await fixture.app.byTestId('scenario-create').click();
    await expect
      .poll(() => fixture.app.activeScenario())
      .not.toBe('Baseline only');
    await figures.setPolicy('tiers.Enterprise.csm_ratio', '7');
    const scenario = await fixture.app.activeScenario();

    await fixture.app.go('settings');
    const [download] = await Promise.all([
      fixture.app.page.waitForEvent('download'),
      fixture.app.byTestId('backup-export').click(),
    ]);
    const saved = join(fixture.dir, download.suggestedFilename());
    await download.saveAs(saved);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({
      format: 'tierwise-backup',
      version: 1,
    });

    await fixture.app.go('import');
    await fixture.app.byTestId('import-sample').click();
    await fixture.app.byTestId('import-sample-confirm').click();
    await fixture.app.sampleBadge().waitFor();
    await fixture.app.go('portfolio');
    expect(await figures.portfolioCount()).toBeGreaterThan(1000);

    await fixture.app.go('settings');
    const [chooser] = await Promise.all([
      fixture.app.page.waitForEvent('filechooser'),
      fixture.app.byTestId('backup-restore').click(),
    ]);
    await chooser.setFiles(saved);
    // Nothing is replaced until the user confirms.
    await fixture.app.byTestId('backup-restore-confirm').click();
    await fixture.app.byTestId('source-name').waitFor();
    await fixture.app.waitComputed();

    expect(await fixture.app.sourceName()).toContain('ravenstack_accounts.csv');
    expect(await fixture.app.activeScenario()).toBe(scenario);
    await fixture.app.go('scenario');
    expect(await figures.policyValue('tiers.Enterprise.csm_ratio')).toBe('7');
    await fixture.app.go('portfolio');
    expect(await figures.portfolioCount()).toBe(500);
    await screenshot(fixture.session.page, 'portfolio-restored');
    expect(fixture.session.problems).toEqual([]);
    expect(await fixture.app.errorNotifications()).toEqual([]);
  });
});
