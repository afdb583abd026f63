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
  /**
   * A scenario's place in the list (0 first); the baseline has none.
   * Optional because version 1 rows had none until the v2 upgrade ran.
   */
  readonly order?: number;
};

/** What a logged policy edit did. */
export type PolicyEditAction =
  'create' | 'clone' | 'edit' | 'rename' | 'import' | 'undo' | 'redo';

/** One changed value: its dotted path and its value before and after. */
export type PolicyChange = {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
};

/**
 * One change of a policy (a scenario or the baseline), append-only. It
 * holds the whole policy before and after, so undo and redo are derived
 * from the log alone and survive a restart.
 */
export type PolicyEditRecord = {
  readonly id?: number;
  /** The policy's id: `baseline` or a scenario id. */
  readonly policyId: string;
  /** ISO timestamp. */
  readonly at: string;
  /** The user's name as set in Settings. */
  readonly by: string;
  readonly action: PolicyEditAction;
  readonly changes: readonly PolicyChange[];
  /** Plain JSON; null when the policy did not exist before. */
  readonly before: unknown;
  readonly after: unknown;
  /** Undo and redo: the id of the history entry they undid or redid. */
  readonly target?: number;
  /**
   * An edit that continues the entry before it (the same one value typed
   * again within a moment): both are one undo step.
   */
  readonly joins?: boolean;
  /** Clone: the source scenario's name; import: the file name. */
  readonly source?: string;
};

/** One key-value setting. */
export type SettingRecord = { readonly key: string; readonly value: unknown };
