/**
 * The one Dexie instance of the app. Everything else reaches IndexedDB
 * through the repository functions of this folder, which take the database
 * as their first argument so tests can pass their own.
 */
import { Dexie, type Table } from 'dexie';

import type {
  ImportRecord,
  PeriodRecord,
  PolicyEditRecord,
  PolicyRecord,
  SettingRecord,
  SnapshotChunkRecord,
} from './records';
import { applySchema } from './schema';

/** The database name the app uses. */
export const DB_NAME = 'tierwise';

/** The app's database with its typed tables. */
export class TierwiseDb extends Dexie {
  imports!: Table<ImportRecord, number>;
  periods!: Table<PeriodRecord, string>;
  snapshots!: Table<SnapshotChunkRecord, [string, number]>;
  policies!: Table<PolicyRecord, string>;
  settings!: Table<SettingRecord, string>;
  policyEdits!: Table<PolicyEditRecord, number>;

  constructor(name = DB_NAME) {
    super(name);
    applySchema(this);
  }
}

let instance: TierwiseDb | null = null;

/** The app's shared database, opened on first use. */
export function getDb(): TierwiseDb {
  instance ??= new TierwiseDb();
  return instance;
}
