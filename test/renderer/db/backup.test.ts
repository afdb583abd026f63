import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import {
  CODE_COLUMNS,
  NUMERIC_COLUMNS,
  STRING_COLUMNS,
  type ClientColumns,
} from '../../../shared/columns';
import { DEFAULT_POLICY, clonePolicy } from '../../../shared/policy';
import {
  base64ToBytes,
  bytesToBase64,
  exportBackup,
  restoreBackup,
} from '../../../renderer/db/backup';
import { TierwiseDb } from '../../../renderer/db/db';
import {
  commitImport,
  listImports,
  loadPeriodColumns,
} from '../../../renderer/db/imports-repo';
import {
  loadScenarios,
  moveStoredScenario,
  saveScenario,
} from '../../../renderer/db/policies-repo';
import {
  loadPolicyEdits,
  storeScenarioEdit,
} from '../../../renderer/db/policy-edits-repo';
import { LATEST_VERSION } from '../../../renderer/db/schema';
import { getSetting, setSetting } from '../../../renderer/db/settings-repo';

import { buildColumns } from './build-columns';

const opened: TierwiseDb[] = [];

function openDb(): TierwiseDb {
  const db = new TierwiseDb(`backup-${opened.length}-${Date.now()}`);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function seed(db: TierwiseDb): Promise<void> {
  const columns = buildColumns(70_000);
  await commitImport(db, {
    period: '2024-Q4',
    fileName: 'big.csv',
    kind: 'clients',
    mode: 'replace',
    fields: [],
    currency: 'USD',
    report: {
      read: 70_000,
      accepted: 70_000,
      rejected: 0,
      skipped: 0,
      rejections: [],
      warnings: [],
      fileWarnings: [],
      skippedRows: [],
    },
    columns,
  });
  await storeScenarioEdit(db, 's1', clonePolicy(DEFAULT_POLICY, 'Pool'), {
    action: 'create',
    by: 'Ana',
  });
  await saveScenario(db, 's2', clonePolicy(DEFAULT_POLICY, 'Second'));
  await moveStoredScenario(db, 's2', -1);
  await setSetting(db, 'activeScenarioId', 's1');
}

/** Column by column, as bytes and joined text (a deep equal is slow here). */
function expectSameColumns(
  actual: ClientColumns,
  expected: ClientColumns,
): void {
  expect(actual.length).toBe(expected.length);
  for (const key of [...NUMERIC_COLUMNS, ...CODE_COLUMNS]) {
    const a = new Uint8Array(
      actual[key].buffer,
      actual[key].byteOffset,
      actual[key].byteLength,
    );
    const b = new Uint8Array(
      expected[key].buffer,
      expected[key].byteOffset,
      expected[key].byteLength,
    );
    expect(Buffer.compare(a, b), key).toBe(0);
  }
  for (const key of STRING_COLUMNS)
    expect(actual[key].join('\n'), key).toBe(expected[key].join('\n'));
}

describe('workspace backup', () => {
  it('round-trips bytes through base64 of any length', () => {
    for (const length of [0, 1, 2, 3, 100_000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 7) % 256);
      expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    }
  });

  it('restores every import, column, policy and setting into another database', async () => {
    const source = openDb();
    await seed(source);
    const text = await exportBackup(source);
    expect(JSON.parse(text)).toMatchObject({
      format: 'tierwise-backup',
      version: 1,
      schemaVersion: LATEST_VERSION,
    });

    const target = openDb();
    await restoreBackup(target, text);

    const back = await loadPeriodColumns(target, '2024-Q4');
    expectSameColumns(back!, buildColumns(70_000));
    expect(Number.isNaN(back!.health[0])).toBe(true);
    expect((await listImports(target))[0]!.fileName).toBe('big.csv');
    const { scenarios } = await loadScenarios(target);
    expect(scenarios.map((s) => s.name)).toEqual(['Second', 'Pool']);
    expect((await loadPolicyEdits(target, 's1')).map((e) => e.by)).toEqual([
      'Ana',
    ]);
    expect(await getSetting(target, 'activeScenarioId')).toBe('s1');
  });

  it('restores a backup of schema version 1 (no edit log, no scenario order)', async () => {
    const source = openDb();
    await seed(source);
    const file = JSON.parse(await exportBackup(source)) as {
      schemaVersion: number;
      tables: Record<string, unknown[]>;
    };
    file.schemaVersion = 1;
    delete file.tables.policyEdits;
    file.tables.policies = (
      file.tables.policies as { order?: number; createdAt: string }[]
    ).map(({ order: _order, ...rest }, i) => ({
      ...rest,
      // s1 created before s2, whatever the order the rows come in.
      createdAt: rest.createdAt.replace(/^\d{4}/, String(2020 + i)),
    }));

    const target = openDb();
    await restoreBackup(target, JSON.stringify(file));
    const { scenarios } = await loadScenarios(target);
    expect(scenarios.map((s) => [s.name, s.order])).toEqual([
      ['Pool', 0],
      ['Second', 1],
    ]);
    expect(await loadPolicyEdits(target, 's1')).toEqual([]);

    // A version 2 backup without its log is damaged, not old.
    const newer = JSON.parse(await exportBackup(source)) as {
      tables: Record<string, unknown>;
    };
    delete newer.tables.policyEdits;
    await expect(restoreBackup(target, JSON.stringify(newer))).rejects.toThrow(
      /no policyEdits table/,
    );
  });

  it('refuses a file that is not a backup, or an incomplete one, and keeps the workspace', async () => {
    const db = openDb();
    await seed(db);
    const text = await exportBackup(db);
    const parsed = JSON.parse(text) as { tables: { snapshots: unknown[] } };
    parsed.tables.snapshots = parsed.tables.snapshots.slice(1);

    await expect(restoreBackup(db, 'not json')).rejects.toThrow(
      /not a Tierwise backup/,
    );
    await expect(restoreBackup(db, '{"format":"other"}')).rejects.toThrow(
      /not a Tierwise backup/,
    );
    await expect(restoreBackup(db, JSON.stringify(parsed))).rejects.toThrow(
      /incomplete/,
    );
    await expect(
      restoreBackup(db, text.replace('"version":1', '"version":9')),
    ).rejects.toThrow(/newer/);
    expect((await loadPeriodColumns(db, '2024-Q4'))!.length).toBe(70_000);
  });
});
