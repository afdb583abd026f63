import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it, vi } from 'vitest';

import type { ImportReport } from '../../../shared/import/types';
import { CHUNK_SIZE } from '../../../renderer/db/column-chunks';
import { TierwiseDb } from '../../../renderer/db/db';
import {
  commitImport,
  listImports,
  listPeriods,
  loadPeriodColumns,
  storeSample,
  type ImportInput,
} from '../../../renderer/db/imports-repo';

import { buildColumns } from './build-columns';

const opened: TierwiseDb[] = [];
let counter = 0;

function openDb(name = `imports-${++counter}-${Date.now()}`): TierwiseDb {
  const db = new TierwiseDb(name);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function report(accepted: number, rejected = 0): ImportReport {
  return {
    read: accepted + rejected,
    accepted,
    rejected,
    skipped: 1,
    rejections: rejected
      ? [
          {
            record: 2,
            line: 3,
            client_id: 'X',
            code: 'E_DUP_ID',
            column: 'client_id',
            value: 'X',
            message: 'repeated id',
          },
        ]
      : [],
    warnings: [],
    fileWarnings: [{ code: 'W_NO_GROWTH_COLUMN', message: 'no growth column' }],
    skippedRows: [{ line: 9, reason: 'blank' }],
  };
}

function input(
  count: number,
  overrides: Partial<ImportInput> = {},
): ImportInput {
  return {
    period: '2024-Q4',
    fileName: 'accounts.csv',
    kind: 'clients',
    mode: 'replace',
    fields: [],
    currency: 'USD',
    report: report(count, 1),
    columns: buildColumns(count),
    ...overrides,
  };
}

describe('imports repository', () => {
  it('stores an import as column chunks and reads the columns back', async () => {
    const db = openDb();
    const id = await commitImport(
      db,
      input(3),
      new Date('2026-01-02T03:04:05Z'),
    );

    expect(await loadPeriodColumns(db, '2024-Q4')).toEqual(buildColumns(3));
    expect(await db.snapshots.count()).toBe(1);
    const [record] = await listImports(db);
    expect(record).toMatchObject({
      id,
      fileName: 'accounts.csv',
      importedAt: '2026-01-02T03:04:05.000Z',
      counts: { read: 4, accepted: 3, rejected: 1, skipped: 1 },
      clientCount: 3,
    });
    expect(record!.report.rejections[0]!.code).toBe('E_DUP_ID');
  });

  it('splits a large period into chunks, not one record per client', async () => {
    const db = openDb();
    const count = CHUNK_SIZE + 10;
    await commitImport(db, input(count));

    expect(await db.snapshots.count()).toBe(2);
    const back = await loadPeriodColumns(db, '2024-Q4');
    expect(back!.length).toBe(count);
    expect(back!.clientId[count - 1]).toBe(`C${count}`);
    expect(back!.workers[CHUNK_SIZE]).toBe(CHUNK_SIZE + 1);
  });

  it('keeps everything after the database is closed and reopened', async () => {
    const name = `reload-${Date.now()}`;
    const first = openDb(name);
    await commitImport(first, input(4));
    first.close();

    const second = openDb(name);
    expect((await loadPeriodColumns(second, '2024-Q4'))!.clientId).toEqual([
      'C1',
      'C2',
      'C3',
      'C4',
    ]);
    expect((await listPeriods(second)).map((p) => p.sourceName)).toEqual([
      'accounts.csv',
    ]);
  });

  it('leaves the prior data untouched when the transaction fails part-way', async () => {
    const db = openDb();
    await commitImport(db, input(3));
    const spy = vi.spyOn(db.periods, 'put').mockImplementation(() => {
      throw new Error('disk full');
    });

    await expect(
      commitImport(
        db,
        input(5, { fileName: 'second.csv', columns: buildColumns(5, 'D') }),
      ),
    ).rejects.toThrow('disk full');
    spy.mockRestore();

    expect((await loadPeriodColumns(db, '2024-Q4'))!.clientId).toEqual([
      'C1',
      'C2',
      'C3',
    ]);
    expect((await listImports(db)).map((r) => r.fileName)).toEqual([
      'accounts.csv',
    ]);
    expect(await db.snapshots.count()).toBe(1);
  });

  it('refuses an invalid import before writing anything', async () => {
    const db = openDb();
    const broken = { ...buildColumns(3), csmId: ['a'] };

    await expect(
      commitImport(db, input(3, { period: '2024-13' })),
    ).rejects.toThrow(/quarter/);
    await expect(
      commitImport(db, input(3, { columns: broken })),
    ).rejects.toThrow(/csmId/);
    await expect(commitImport(db, input(3, { fileName: ' ' }))).rejects.toThrow(
      /file name/,
    );
    expect(await db.imports.count()).toBe(0);
  });

  it('replaces a period on re-import and keeps the other periods', async () => {
    const db = openDb();
    await commitImport(db, input(3, { period: '2024-Q3' }));
    await commitImport(db, input(3));
    await commitImport(
      db,
      input(2, { columns: buildColumns(2, 'N'), fileName: 'again.csv' }),
    );

    expect((await loadPeriodColumns(db, '2024-Q4'))!.clientId).toEqual([
      'N1',
      'N2',
    ]);
    expect((await loadPeriodColumns(db, '2024-Q3'))!.length).toBe(3);
    expect((await listPeriods(db)).map((p) => p.period)).toEqual([
      '2024-Q3',
      '2024-Q4',
    ]);
    expect(await loadPeriodColumns(db, '2023-Q1')).toBeNull();
  });

  it('names both files as the source of a period a merge added to', async () => {
    const db = openDb();
    await commitImport(db, input(3));
    await commitImport(
      db,
      input(3, { fileName: 'billing.csv', mode: 'merge', fields: ['mrr'] }),
    );

    expect((await listPeriods(db))[0]!.sourceName).toBe(
      'accounts.csv + billing.csv',
    );
    expect((await listImports(db))[0]).toMatchObject({
      mode: 'merge',
      fields: ['mrr'],
    });
  });

  it('stores the sample, and the first own import replaces all of it', async () => {
    const db = openDb();
    await storeSample(db, 'Sample', [
      { period: '2024-Q4', columns: buildColumns(6, 'S') },
      { period: '2025-Q1', columns: buildColumns(7, 'S') },
    ]);
    expect((await listPeriods(db)).map((p) => [p.period, p.isSample])).toEqual([
      ['2024-Q4', true],
      ['2025-Q1', true],
    ]);

    await commitImport(db, input(3));

    expect((await listPeriods(db)).map((p) => [p.period, p.isSample])).toEqual([
      ['2024-Q4', false],
    ]);
    expect(await loadPeriodColumns(db, '2025-Q1')).toBeNull();
    expect((await listImports(db)).every((r) => !r.isSample)).toBe(true);
  });
});
