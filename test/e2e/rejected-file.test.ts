/**
 * A file with duplicated columns: a plain file-level error, nothing stored,
 * and the data on show before is still there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  browserAvailable,
  openSession,
  screenshot,
  serveRenderer,
  sharedFile,
  type Session,
} from './harness';
import { AppPage } from './pages/app-page';
import { FiguresPage } from './pages/figures-page';
import { ImportPage } from './pages/import-page';

const canRun = browserAvailable();

describe.skipIf(!canRun)('a rejected file', () => {
  let server: Awaited<ReturnType<typeof serveRenderer>>;
  let session: Session;
  let app: AppPage;

  beforeAll(async () => {
    server = await serveRenderer();
    session = await openSession();
    app = new AppPage(session.page, server.url);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows the duplicate columns plainly and stores nothing', async () => {
    await app.open();
    const figures = new FiguresPage(app);
    const clients = await figures.portfolioCount();
    const imports = await app.storedCount('imports');
    const importer = new ImportPage(app);

    await importer.chooseFile(
      sharedFile('cases/15_duplicate_column_names.csv'),
    );
    await importer.fileError().waitFor();
    const message = await importer.fileError().innerText();
    expect(message).toMatch(/arr/);
    expect(message).toMatch(/workers/i);
    expect(message).toMatch(/Rename or delete/);
    expect(await app.byTestId('import-mapping').count()).toBe(0);
    await screenshot(session.page, 'import-rejected');

    expect(await app.storedCount('imports')).toBe(imports);
    await app.go('portfolio');
    expect(await figures.portfolioCount()).toBe(clients);
    await expect(app.sampleBadge().isVisible()).resolves.toBe(true);
    expect(session.problems).toEqual([]);
  });

  it('says the same for the file dropped on the screen', async () => {
    const importer = new ImportPage(app);
    await importer.dropFile(sharedFile('cases/15_duplicate_column_names.csv'));
    await importer.fileError().waitFor();

    expect(await importer.fileError().innerText()).toMatch(
      /E_DUPLICATE_COLUMN/,
    );
    expect(await app.storedCount('imports')).toBe(8);
    expect(session.problems).toEqual([]);
  });
});
