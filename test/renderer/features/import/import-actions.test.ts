import 'fake-indexeddb/auto';

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { beforeAll, describe, expect, it } from 'vitest';

import { setEngines } from '../../../../renderer/app/engines';
import { loadWorkspace } from '../../../../renderer/app/workspace-loader';
import { useWorkspaceStore } from '../../../../renderer/app/workspace-store';
import { getDb } from '../../../../renderer/db/db';
import { listImports, listPeriods } from '../../../../renderer/db/imports-repo';
import {
  cancelImport,
  commitValidatedImport,
  pickSheet,
  readImportFile,
  setImportMode,
  setImportPeriod,
  toggleMergeField,
  validateImport,
} from '../../../../renderer/features/import/import-actions';
import { useImportStore } from '../../../../renderer/features/import/import-store';
import { createEngineClient } from '../../../../renderer/worker/engine-client';
import { createInProcessWorker } from '../../worker/fake-worker';

const SHARED = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../../../../shared',
);
const file = (relative: string) =>
  new Uint8Array(readFileSync(resolve(SHARED, relative)));
const imp = () => useImportStore.getState();
const workspace = () => useWorkspaceStore.getState();

beforeAll(async () => {
  setEngines({
    compute: createEngineClient(createInProcessWorker),
    importer: createEngineClient(createInProcessWorker),
  });
  await loadWorkspace();
});

describe('import flow', () => {
  it('shows a file-level error and stores nothing for duplicated columns', async () => {
    const before = await listImports(getDb());
    await readImportFile('15.csv', file('cases/15_duplicate_column_names.csv'));

    expect(imp().step).toBe('pick');
    expect(imp().fileError).toMatchObject({ code: 'E_DUPLICATE_COLUMN' });
    expect(imp().fileError!.nextStep).toMatch(/Rename or delete/);
    expect(await listImports(getDb())).toEqual(before);
    expect(workspace().isSample).toBe(true);
  });

  it('reads, validates and commits the accounts, replacing the sample', async () => {
    await readImportFile(
      'ravenstack_accounts.csv',
      file('data/ravenstack/ravenstack_accounts.csv'),
    );
    expect(imp().step).toBe('mapping');
    expect(imp().fileError).toBeNull();
    expect(imp().kind).toBe('clients');
    setImportPeriod('2024-Q4');
    expect(imp().mode).toBe('replace');

    await validateImport();
    expect(imp().step).toBe('report');
    expect(imp().validation!.report.accepted).toBe(500);
    expect(await listImports(getDb())).toHaveLength(8);

    await commitValidatedImport();
    expect(imp().done).toMatchObject({
      period: '2024-Q4',
      clients: 500,
      mode: 'replace',
    });
    expect(workspace().isSample).toBe(false);
    expect(workspace().period).toBe('2024-Q4');
    expect(workspace().baseline!.total.client_count).toBe(500);
    expect((await listPeriods(getDb())).map((p) => p.period)).toEqual([
      '2024-Q4',
    ]);
  });

  it('adds the MRR of the billing lines to the stored accounts by id', async () => {
    await readImportFile(
      'subs.csv',
      file('data/ravenstack/ravenstack_subscriptions.csv'),
    );
    expect(imp().kind).toBe('lines');
    setImportPeriod('2024-Q4');
    setImportMode('merge');
    for (const field of imp().mergeFields)
      if (field !== 'mrr') toggleMergeField(field);
    if (!imp().mergeFields.includes('mrr')) toggleMergeField('mrr');

    await validateImport();
    expect(imp().validation!.unmatchedIds).toEqual([]);
    expect(imp().validation!.columns.length).toBe(500);
    await commitValidatedImport();

    expect(workspace().baseline!.total.client_count).toBe(500);
    expect(workspace().baseline!.total.total_mrr_cents).toBeGreaterThan(0);
    const [latest] = await listImports(getDb());
    expect(latest).toMatchObject({
      mode: 'merge',
      fields: ['mrr'],
      fileName: 'subs.csv',
    });
  });

  it('offers the sheets of a workbook and reads the one picked', async () => {
    await readImportFile(
      '18.xlsx',
      file('cases/18_xlsx_title_rows_and_totals.xlsx'),
    );
    expect(imp().summary!.sheetNames.length).toBeGreaterThan(1);
    expect(imp().summary!.sheet).toBe('Clients');
    expect(imp().summary!.rowCount).toBe(12);

    const other = imp().summary!.sheetNames.find((name) => name !== 'Clients')!;
    await pickSheet(other);
    expect(imp().summary?.sheet ?? imp().fileError?.code).toBeTruthy();
    await pickSheet('Clients');
    expect(imp().summary!.sheet).toBe('Clients');
    expect(imp().summary!.header[imp().mapping.client_id!]).toBe('Client ID');
    await cancelImport();
  });

  it('keeps only the last of two files picked one after the other', async () => {
    const first = readImportFile(
      'subs.csv',
      file('data/ravenstack/ravenstack_subscriptions.csv'),
    );
    const second = readImportFile(
      'ravenstack_accounts.csv',
      file('data/ravenstack/ravenstack_accounts.csv'),
    );
    await Promise.all([first, second]);

    expect(imp().step).toBe('mapping');
    expect(imp().fileName).toBe('ravenstack_accounts.csv');
    expect(imp().summary!.fileName).toBe('ravenstack_accounts.csv');
    expect(imp().fileError).toBeNull();
    await cancelImport();
  });

  it('cancels an import and forgets the file', async () => {
    await readImportFile(
      'ravenstack_accounts.csv',
      file('data/ravenstack/ravenstack_accounts.csv'),
    );
    await cancelImport();

    expect(imp().step).toBe('pick');
    expect(imp().summary).toBeNull();
  });
});
