/**
 * Imports and the client snapshots they store. A commit is one Dexie
 * transaction over imports, periods and snapshots: it either stores the
 * import record, the period's new column chunks and its head together, or,
 * on any failure, leaves everything as it was.
 */
import type { ClientColumns } from '../../shared/columns';
import type { Field, ImportReport } from '../../shared/import/types';
import { isPeriod, sortPeriods } from '../app/periods';

import { toChunkRecords, fromChunkRecords } from './column-chunks';
import type { TierwiseDb } from './db';
import type {
  ImportKind,
  ImportMode,
  ImportRecord,
  PeriodRecord,
} from './records';
import { StorageError } from './storage-error';

/** What the Import screen commits: the period's clients after the import. */
export type ImportInput = {
  readonly period: string;
  readonly fileName: string;
  readonly kind: Exclude<ImportKind, 'sample'>;
  readonly mode: ImportMode;
  readonly fields: readonly Field[];
  readonly currency: string;
  readonly report: ImportReport;
  /** The period's whole client list after the import (merged for a merge). */
  readonly columns: ClientColumns;
  readonly unmatchedIds?: readonly string[];
  readonly missingIds?: readonly string[];
};

/** One sample period to store. */
export type SamplePeriodInput = {
  readonly period: string;
  readonly columns: ClientColumns;
};

const emptyReport = (count: number): ImportReport => ({
  read: count,
  accepted: count,
  rejected: 0,
  skipped: 0,
  rejections: [],
  warnings: [],
  fileWarnings: [],
  skippedRows: [],
});

function validateImportInput(input: ImportInput): void {
  if (!isPeriod(input.period)) {
    throw new StorageError(
      'E_INVALID_RECORD',
      `period "${input.period}" is not a quarter such as 2024-Q4`,
    );
  }
  if (input.fileName.trim() === '') {
    throw new StorageError('E_INVALID_RECORD', 'an import needs a file name');
  }
  if (!/^[A-Z]{3}$/.test(input.currency)) {
    throw new StorageError(
      'E_INVALID_RECORD',
      `currency "${input.currency}" is not an ISO code`,
    );
  }
  const { read, accepted, rejected } = input.report;
  if (![read, accepted, rejected].every((n) => Number.isInteger(n) && n >= 0)) {
    throw new StorageError(
      'E_INVALID_RECORD',
      'the import report counts are not whole numbers',
    );
  }
}

/**
 * Stores an import all or nothing and returns its id. The first import of
 * the user's own data also removes the sample portfolio, which it replaces.
 */
export async function commitImport(
  db: TierwiseDb,
  input: ImportInput,
  now: Date = new Date(),
): Promise<number> {
  validateImportInput(input);
  const chunks = toChunkRecords(input.period, input.columns);
  const importedAt = now.toISOString();
  return db.transaction(
    'rw',
    db.imports,
    db.periods,
    db.snapshots,
    async () => {
      await removeSample(db);
      const before = await db.periods.get(input.period);
      // A merge adds to the clients of the earlier import: name both files.
      const sourceName =
        input.mode === 'merge' && before && !before.isSample
          ? `${before.sourceName} + ${input.fileName}`
          : input.fileName;
      await db.snapshots.where('period').equals(input.period).delete();
      const id = await db.imports.add(toImportRecord(input, importedAt));
      // One chunk per put: the window can paint between the serialisations.
      for (const chunk of chunks) await db.snapshots.put(chunk);
      await db.periods.put({
        period: input.period,
        importId: id,
        sourceName,
        currency: input.currency,
        length: input.columns.length,
        chunkCount: chunks.length,
        isSample: false,
        updatedAt: importedAt,
      });
      return id;
    },
  );
}

function toImportRecord(input: ImportInput, importedAt: string): ImportRecord {
  const { read, accepted, rejected, skipped } = input.report;
  return {
    period: input.period,
    fileName: input.fileName,
    kind: input.kind,
    mode: input.mode,
    fields: [...input.fields],
    importedAt,
    currency: input.currency,
    counts: { read, accepted, rejected, skipped },
    clientCount: input.columns.length,
    report: input.report,
    unmatchedIds: [...(input.unmatchedIds ?? [])],
    missingIds: [...(input.missingIds ?? [])],
    isSample: false,
  };
}

async function removeSample(db: TierwiseDb): Promise<void> {
  const samplePeriods = (await db.periods.toArray()).filter((p) => p.isSample);
  for (const head of samplePeriods) {
    await db.snapshots.where('period').equals(head.period).delete();
    await db.periods.delete(head.period);
  }
  await db.imports.filter((record) => record.isSample).delete();
}

/**
 * Replaces every stored client snapshot and import with the sample
 * portfolio, all or nothing. Policies and settings are kept.
 */
export async function storeSample(
  db: TierwiseDb,
  name: string,
  periods: readonly SamplePeriodInput[],
  now: Date = new Date(),
): Promise<void> {
  const importedAt = now.toISOString();
  const prepared = periods.map((p) => {
    if (!isPeriod(p.period)) {
      throw new StorageError(
        'E_INVALID_RECORD',
        `sample period "${p.period}" is not a quarter`,
      );
    }
    return { ...p, chunks: toChunkRecords(p.period, p.columns) };
  });
  await db.transaction('rw', db.imports, db.periods, db.snapshots, async () => {
    await Promise.all([
      db.imports.clear(),
      db.periods.clear(),
      db.snapshots.clear(),
    ]);
    for (const p of prepared) {
      const id = await db.imports.add(
        toSampleRecord(name, p.period, p.columns.length, importedAt),
      );
      await db.snapshots.bulkPut(p.chunks);
      await db.periods.put({
        period: p.period,
        importId: id,
        sourceName: name,
        currency: 'USD',
        length: p.columns.length,
        chunkCount: p.chunks.length,
        isSample: true,
        updatedAt: importedAt,
      });
    }
  });
}

function toSampleRecord(
  name: string,
  period: string,
  count: number,
  importedAt: string,
): ImportRecord {
  return {
    period,
    fileName: name,
    kind: 'sample',
    mode: 'replace',
    fields: [],
    importedAt,
    currency: 'USD',
    counts: { read: count, accepted: count, rejected: 0, skipped: 0 },
    clientCount: count,
    report: emptyReport(count),
    unmatchedIds: [],
    missingIds: [],
    isSample: true,
  };
}

/** Every stored period head, oldest period first. */
export async function listPeriods(db: TierwiseDb): Promise<PeriodRecord[]> {
  const heads = await db.periods.toArray();
  const order = sortPeriods(heads.map((h) => h.period));
  return order.map((period) => heads.find((h) => h.period === period)!);
}

/** Every import, newest first. */
export async function listImports(db: TierwiseDb): Promise<ImportRecord[]> {
  const records = await db.imports.toArray();
  return records.sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
}

/** A period's stored clients as columns, or null when none are stored. */
export async function loadPeriodColumns(
  db: TierwiseDb,
  period: string,
): Promise<ClientColumns | null> {
  return db.transaction('r', db.periods, db.snapshots, async () => {
    const head = await db.periods.get(period);
    if (!head) return null;
    const chunks = await db.snapshots.where('period').equals(period).toArray();
    if (chunks.length !== head.chunkCount) {
      throw new StorageError(
        'E_CORRUPT',
        `period ${period} has ${chunks.length} of ${head.chunkCount} chunks`,
      );
    }
    const columns = fromChunkRecords(chunks);
    if (columns.length !== head.length) {
      throw new StorageError(
        'E_CORRUPT',
        `period ${period} holds ${columns.length} of ${head.length} clients`,
      );
    }
    return columns;
  });
}
