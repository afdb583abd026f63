/**
 * A file with duplicated columns: a plain file-level error, nothing stored,
 * and the data on show before is still there.
 */
import { describe, expect, it } from 'vitest';

import { browserAvailable, screenshot, sharedFile } from './harness';
import { useAppFixture } from './app-fixture';
import { FiguresPage } from './pages/figures-page';
import { ImportPage } from './pages/import-page';

const canRun = browserAvailable();

describe.skipIf(!canRun)('a rejected file', () => {
  const fixture = useAppFixture();

  it('shows the duplicate columns plainly and stores nothing', async () => {
    await fixture.app.open();
    const figures = new FiguresPage(fixture.app);
    const clients = await figures.portfolioCount();
    const imports = await fixture.app.storedCount('imports');
    const importer = new ImportPage(fixture.app);

    await importer.chooseFile(
      sharedFile('cases/15_duplicate_column_names.csv'),
    );
    await importer.fileError().waitFor();
    const message = await importer.fileError().innerText();
    expect(message).toMatch(/arr/);
    expect(message).toMatch(/workers/i);
    expect(message).toMatch(/Rename or delete/);
    expect(await fixture.app.byTestId('import-mapping').count()).toBe(0);
    await screenshot(fixture.session.page, 'import-rejected');

    expect(await fixture.app.storedCount('imports')).toBe(imports);
    await fixture.app.go('portfolio');
    expect(await figures.portfolioCount()).toBe(clients);
    await expect(fixture.app.sampleBadge().isVisible()).resolves.toBe(true);
    expect(fixture.session.problems).toEqual([]);
  });

  it('says the same for the file dropped on the screen', async () => {
    const importer = new ImportPage(fixture.app);
    await importer.dropFile(sharedFile('cases/15_duplicate_column_names.csv'));
    await importer.fileError().waitFor();

    expect(await importer.fileError().innerText()).toMatch(
      /E_DUPLICATE_COLUMN/,
    );
    expect(await fixture.app.storedCount('imports')).toBe(8);
    expect(fixture.session.problems).toEqual([]);
  });
});
