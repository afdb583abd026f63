/**
 * The shapes of the stored rows (`…Record`), one type per table. Client
 * snapshots are stored as column chunks, never one row per client
 * (DESIGN.md §7).
 */
import type {
  CodeColumn,
  NumericColumn,
  StringColumn,
} from '../../shared/columns';
import type { Field, ImportReport } from '../../shared/import/types';
import type { PackedStrings } from '../worker/wire-pack';

/** How an import's records were read. */
export type ImportKind = 'clients' | 'lines' | 'sample';

/** What an import did to the period's clients. */
export type ImportMode = 'replace' | 'merge';

/** Record counts of an import's report. */
export type ImportCounts = {
  readonly read: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly skipped: number;
};

/** One committed file (or one sample period). */
export type ImportRecord = {
  readonly id?: number;
  readonly period: string;
  readonly fileName: string;
  readonly kind: ImportKind;
  readonly mode: ImportMode;
  /** The fields a merge added; [] for a replace. */
  readonly fields: readonly Field[];
  /** ISO timestamp of the commit. */
  readonly importedAt: string;
  readonly currency: string;
  readonly counts: ImportCounts;
  /** Clients of the period after this import. */
  readonly clientCount: number;
  readonly report: ImportReport;
  /** Ids of the merged file absent from the period (merge only). */
  readonly unmatchedIds: readonly string[];
  /** Ids of the period absent from the merged file (merge only). */
  readonly missingIds: readonly string[];
  readonly isSample: boolean;
};

/** Which import a period's stored clients come from. */
export type PeriodRecord = {
  readonly period: string;
  readonly importId: number;
  /** File name of the latest import into the period, or the sample's name. */
  readonly sourceName: string;
  readonly currency: string;
  readonly length: number;
  readonly chunkCount: number;
  readonly isSample: boolean;
  readonly updatedAt: string;
};

/** Up to one chunk's clients of one period, as columns. */
export type SnapshotChunkRecord = {
  readonly period: string;
  readonly chunk: number;
  /** Index of the chunk's first client in the period. */
  readonly offset: number;
  readonly length: number;
  readonly numeric: Readonly<Record<NumericColumn, Float64Array>>;
  readonly codes: Readonly<Record<CodeColumn, Uint8Array>>;
  /**
   * Each string column packed (one string and where each entry ends): a
   * million separate strings take IndexedDB seconds to serialise. Plain
   * string arrays, as earlier builds wrote them, are read too.
   */
  readonly strings: Readonly<Record<StringColumn, PackedStrings | string[]>>;
};

/** A stored policy: the baseline (id `baseline`) or a scenario. */
export type PolicyRecord = {
  readonly id: string;
  readonly kind: 'baseline' | 'scenario';
  readonly name: string;
  /** Plain JSON as written; validated when read back. */
  readonly policy: unknown;
  readonly createdAt: string;
  readonly updatedAt: string;
};

/** One key-value setting. */
export type SettingRecord = { readonly key: string; readonly value: unknown };
