/**
 * The whole workspace as one JSON file, and its restore. Typed arrays are
 * written as base64 of their bytes (little-endian, as every platform the app
 * runs on stores them), so NaN and exact cents survive the round trip.
 * A restore checks everything first and then replaces all tables in one
 * transaction: a bad file leaves the workspace as it was.
 */
import { fromChunkRecords } from './column-chunks';
import type { TierwiseDb } from './db';
import type {
  ImportRecord,
  PeriodRecord,
  PolicyEditRecord,
  PolicyRecord,
  SettingRecord,
  SnapshotChunkRecord,
} from './records';
import { LATEST_VERSION } from './schema';
import { StorageError } from './storage-error';

/** The `format` value of a backup file. */
export const BACKUP_FORMAT = 'tierwise-backup';
/** The version of the backup file layout. */
export const BACKUP_VERSION = 1;

type Tables = {
  imports: ImportRecord[];
  periods: PeriodRecord[];
  snapshots: SnapshotChunkRecord[];
  policies: PolicyRecord[];
  settings: SettingRecord[];
  policyEdits: PolicyEditRecord[];
};

const TABLE_NAMES = [
  'imports',
  'periods',
  'snapshots',
  'policies',
  'settings',
  'policyEdits',
] as const;

/**
 * Tables a backup of an earlier schema may lack, by the schema version
 * that added them; such a backup restores with them empty.
 */
const ADDED_IN: Partial<Record<(typeof TABLE_NAMES)[number], number>> = {
  policyEdits: 2,
};

/** Base64 of bytes, in slices so a large column does not blow the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

/** Bytes of a base64 string. */
export function base64ToBytes(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function replacer(_key: string, value: unknown): unknown {
  if (
    value instanceof Float64Array ||
    value instanceof Uint8Array ||
    value instanceof Uint32Array
  ) {
    const bytes = new Uint8Array(
      value.buffer,
      value.byteOffset,
      value.byteLength,
    );
    return { $typed: typedName(value), base64: bytesToBase64(bytes) };
  }
  return value;
}

function typedName(value: Float64Array | Uint8Array | Uint32Array): string {
  if (value instanceof Float64Array) return 'f64';
  // The end offsets of packed string columns.
  if (value instanceof Uint32Array) return 'u32';
  return 'u8';
}

function reviver(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('$typed' in value))
    return value;
  const { $typed, base64 } = value as { $typed: unknown; base64: unknown };
  if (typeof base64 !== 'string')
    throw new StorageError('E_BACKUP_INVALID', 'a column is damaged');
  const bytes = base64ToBytes(base64);
  if ($typed === 'u8') return bytes;
  if ($typed === 'f64' && bytes.length % 8 === 0)
    return new Float64Array(bytes.buffer);
  if ($typed === 'u32' && bytes.length % 4 === 0)
    return new Uint32Array(bytes.buffer);
  throw new StorageError('E_BACKUP_INVALID', 'a column is damaged');
}

/** The whole workspace as backup file text. */
export async function exportBackup(
  db: TierwiseDb,
  now: Date = new Date(),
): Promise<string> {
  const tables = await db.transaction(
    'r',
    [...TABLE_NAMES].map((name) => db.table(name)),
    async () => {
      const entries = await Promise.all(
        TABLE_NAMES.map(
          async (name) => [name, await db.table(name).toArray()] as const,
        ),
      );
      return Object.fromEntries(entries) as Tables;
    },
  );
  return JSON.stringify(
    {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: LATEST_VERSION,
      exportedAt: now.toISOString(),
      tables,
    },
    replacer,
  );
}

/** Replaces the whole workspace with a backup, all or nothing. */
export async function restoreBackup(
  db: TierwiseDb,
  text: string,
): Promise<{ periods: number; policies: number }> {
  const tables = parseBackup(text);
  await db.transaction(
    'rw',
    [...TABLE_NAMES].map((name) => db.table(name)),
    async () => {
      for (const name of TABLE_NAMES) {
        await db.table(name).clear();
        await db.table(name).bulkAdd(tables[name]);
      }
    },
  );
  return { periods: tables.periods.length, policies: tables.policies.length };
}

function parseBackup(text: string): Tables {
  let json: unknown;
  try {
    json = JSON.parse(text, reviver);
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(
      'E_BACKUP_INVALID',
      'the file is not a Tierwise backup (not JSON)',
    );
  }
  const file = json as {
    format?: unknown;
    version?: unknown;
    schemaVersion?: unknown;
    tables?: unknown;
  };
  if (file?.format !== BACKUP_FORMAT)
    throw new StorageError(
      'E_BACKUP_INVALID',
      'the file is not a Tierwise backup',
    );
  if (
    file.version !== BACKUP_VERSION ||
    typeof file.schemaVersion !== 'number' ||
    file.schemaVersion > LATEST_VERSION
  ) {
    throw new StorageError(
      'E_BACKUP_INVALID',
      'the backup was written by a newer version of Tierwise',
    );
  }
  const tables = { ...(file.tables as Partial<Tables> | undefined) };
  for (const name of TABLE_NAMES) {
    if (Array.isArray(tables[name])) continue;
    const added = ADDED_IN[name];
    if (added === undefined || file.schemaVersion >= added)
      throw new StorageError(
        'E_BACKUP_INVALID',
        `the backup has no ${name} table`,
      );
    tables[name] = [];
  }
  const whole = tables as Tables;
  checkSnapshots(whole);
  return { ...whole, policies: withScenarioOrder(whole.policies) };
}

/**
 * Scenarios of a backup written before they had a place in the list get
 * one in the order they were created (as the v2 schema upgrade does).
 */
function withScenarioOrder(policies: PolicyRecord[]): PolicyRecord[] {
  if (policies.every((p) => p.kind !== 'scenario' || p.order !== undefined))
    return policies;
  const unordered = policies
    .filter((p) => p.kind === 'scenario')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const places = new Map(unordered.map((p, order) => [p.id, order]));
  return policies.map((p) =>
    places.has(p.id) ? { ...p, order: places.get(p.id)! } : p,
  );
}

/** Every period head must have its chunks, and they must read back whole. */
function checkSnapshots(tables: Tables): void {
  for (const head of tables.periods) {
    const chunks = tables.snapshots.filter((c) => c.period === head.period);
    if (
      chunks.length !== head.chunkCount ||
      fromChunkRecords(chunks).length !== head.length
    ) {
      throw new StorageError(
        'E_BACKUP_INVALID',
        `the clients of ${head.period} are incomplete in the backup`,
      );
    }
  }
}
