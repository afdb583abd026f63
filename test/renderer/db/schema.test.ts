import 'fake-indexeddb/auto';

import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';

import { toChunkRecords } from '../../../renderer/db/column-chunks';
import { TierwiseDb } from '../../../renderer/db/db';
import {
  loadPeriodColumns,
  listImports,
} from '../../../renderer/db/imports-repo';
import { loadScenarios } from '../../../renderer/db/policies-repo';
import { loadPolicyEdits } from '../../../renderer/db/policy-edits-repo';
import { getSetting } from '../../../renderer/db/settings-repo';
import {
  LATEST_VERSION,
  SCHEMA_VERSIONS,
  applySchema,
} from '../../../renderer/db/schema';
import { DEFAULT_POLICY } from '../../../shared/policy';

import { buildColumns } from './build-columns';

const stamp = '2025-01-01T00:00:00.000Z';

/** Rows as each earlier version stored them, keyed by version. */
const seeds: Record<number, (db: Dexie) => Promise<void>> = {
  1: async (db) => {
    await db.table('imports').add({
      period: '2024-Q4',
      fileName: 'v1.csv',
      kind: 'clients',
      mode: 'replace',
      fields: [],
      importedAt: stamp,
      currency: 'USD',
      counts: { read: 3, accepted: 3, rejected: 0, skipped: 0 },
      clientCount: 3,
      report: {
        read: 3,
        accepted: 3,
        rejected: 0,
        skipped: 0,
        rejections: [],
        warnings: [],
        fileWarnings: [],
        skippedRows: [],
      },
      unmatchedIds: [],
      missingIds: [],
      isSample: false,
    });
    await db
      .table('snapshots')
      .bulkPut(toChunkRecords('2024-Q4', buildColumns(3)));
    await db.table('periods').put({
      period: '2024-Q4',
      importId: 1,
      sourceName: 'v1.csv',
      currency: 'USD',
      length: 3,
      chunkCount: 1,
      isSample: false,
      updatedAt: stamp,
    });
    // Stored first (and with the smaller id) but created later.
    await db.table('policies').put({
      id: 'a0',
      kind: 'scenario',
      name: 'Newer',
      policy: { ...DEFAULT_POLICY, name: 'Newer' },
      createdAt: '2025-02-01T00:00:00.000Z',
      updatedAt: stamp,
    });
    await db.table('policies').put({
      id: 's1',
      kind: 'scenario',
      name: 'Old',
      policy: { ...DEFAULT_POLICY, name: 'Old' },
      createdAt: stamp,
      updatedAt: stamp,
    });
    await db.table('settings').put({ key: 'period', value: '2024-Q4' });
  },
  2: async (db) => {
    await seeds[1]!(db);
    // Version 2 rows carry their place; this one lists Newer first.
    await db.table('policies').update('a0', { order: 0 });
    await db.table('policies').update('s1', { order: 1 });
    await db.table('policyEdits').add({
      policyId: 's1',
      at: stamp,
      by: 'Ana',
      action: 'create',
      changes: [],
      before: null,
      after: { ...DEFAULT_POLICY, name: 'Old' },
    });
  },
};

/** The scenario names in list order each version's seed must read back as. */
const expectedOrder: Record<number, string[]> = {
  1: ['Old', 'Newer'],
  2: ['Newer', 'Old'],
};

describe('schema versions', () => {
  it('are numbered in increasing order and the latest is opened by default', async () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const db = new TierwiseDb(`latest-${Date.now()}`);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    db.close();
  });

  it.each(SCHEMA_VERSIONS.map((v) => v.version))(
    'data stored under version %i opens at the latest version intact',
    async (version) => {
      const name = `schema-v${version}-${Date.now()}`;
      const old = new Dexie(name);
      applySchema(old, version);
      await old.open();
      expect(old.verno).toBe(version);
      await seeds[version]!(old);
      old.close();

      const db = new TierwiseDb(name);
      expect((await loadPeriodColumns(db, '2024-Q4'))!.clientId).toEqual([
        'C1',
        'C2',
        'C3',
      ]);
      expect((await listImports(db))[0]!.fileName).toBe('v1.csv');
      const { scenarios } = await loadScenarios(db);
      expect(scenarios.map((s) => s.name)).toEqual(expectedOrder[version]);
      // Every scenario has its place stored, 0 first.
      const records = await db.policies.toArray();
      expect(records.map((r) => r.order).sort()).toEqual([0, 1]);
      expect(await getSetting(db, 'period')).toBe('2024-Q4');
      const edits = await loadPolicyEdits(db, 's1');
      expect(edits.map((e) => e.by)).toEqual(version >= 2 ? ['Ana'] : []);
      db.close();
    },
  );

  it('has a seed for every earlier version', () => {
    for (const { version } of SCHEMA_VERSIONS) {
      expect(seeds[version]).toBeTypeOf('function');
      expect(expectedOrder[version]).toBeDefined();
    }
  });
});
