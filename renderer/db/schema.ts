/**
 * The IndexedDB schema, one entry per version, append-only.
 *
 * NOTE: a shipped version is never edited. A change of tables or indexes is a
 * new entry at the end with a named, commented upgrade function that moves
 * the stored data to the new shape; the migration test opens every earlier
 * version, seeds it, reopens it at the latest and checks the data survived.
 */
import type { Dexie, Transaction } from 'dexie';

/** One schema version: its Dexie store definitions and its data upgrade. */
export type SchemaVersion = {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  /** Moves data stored under the previous version; none for version 1. */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
};

/**
 * Version 1: imports (one per committed file), period heads (which import a
 * period's clients come from), client snapshots as column chunks keyed by
 * period and chunk index, policies (baseline and scenarios) and settings.
 */
const version1: SchemaVersion = {
  version: 1,
  stores: {
    imports: '++id, period, importedAt',
    periods: 'period',
    snapshots: '[period+chunk], period',
    policies: 'id, kind',
    settings: 'key',
  },
};

/**
 * Version 2 (scenario workspace): scenarios get an explicit place in the
 * list (`order`, so they can be reordered), and a new append-only log of
 * policy edits (who changed what and when, with the whole policy before and
 * after, from which undo and redo are derived).
 */
const version2: SchemaVersion = {
  version: 2,
  stores: {
    policyEdits: '++id, policyId, at',
  },
  upgrade: assignScenarioOrder,
};

/**
 * v1 → v2: numbers the stored scenarios 0, 1, 2… in the order they were
 * created, which is the order version 1 listed them in.
 */
async function assignScenarioOrder(tx: Transaction): Promise<void> {
  const policies = tx.table('policies');
  const scenarios: { id: string; createdAt: string }[] = await policies
    .where('kind')
    .equals('scenario')
    .toArray();
  scenarios.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const [order, scenario] of scenarios.entries()) {
    await policies.update(scenario.id, { order });
  }
}

/** Every version, oldest first. Append only. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [version1, version2];

/** The version a freshly opened database ends at. */
export const LATEST_VERSION =
  SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Declares the versions up to `upTo` (all by default) on a Dexie instance. */
export function applySchema(db: Dexie, upTo = LATEST_VERSION): void {
  for (const entry of SCHEMA_VERSIONS) {
    if (entry.version > upTo) break;
    const declared = db.version(entry.version).stores({ ...entry.stores });
    if (entry.upgrade) declared.upgrade(entry.upgrade);
  }
}
