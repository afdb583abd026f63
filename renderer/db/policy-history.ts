/**
 * Undo and redo derived from a policy's edit log, replayed oldest first:
 * every edit goes on the undo side and clears the redo side, an undo moves
 * its entry to the redo side, a redo moves it back. Nothing but the log is
 * needed, so the history is the same after a restart.
 */
import { diffPolicies } from './policy-diff';
import type {
  PolicyChange,
  PolicyEditAction,
  PolicyEditRecord,
} from './records';

/** Edits in a row of one value, this close together, are one undo step. */
export const COALESCE_MS = 1500;

/** Who undid an entry, and when. */
export type UndoMark = { readonly by: string; readonly at: string };

/** One step of the history: one edit, or several joined ones. */
export type HistoryEntry = {
  /** The id of its first record: what an undo or redo record targets. */
  readonly id: number;
  readonly action: PolicyEditAction;
  readonly by: string;
  /** When it was made (its last joined record). */
  readonly at: string;
  readonly changes: readonly PolicyChange[];
  /** The whole policy before the first record and after the last. */
  readonly before: unknown;
  readonly after: unknown;
  readonly source?: string;
  /** Create, clone and import start a policy and cannot be undone. */
  readonly undoable: boolean;
  /** Set while the entry is undone. */
  readonly undone: UndoMark | null;
};

/** The history of one policy. */
export type PolicyHistory = {
  /** Oldest first. */
  readonly entries: readonly HistoryEntry[];
  /** What undo would undo next; null when nothing can be. */
  readonly undo: HistoryEntry | null;
  /** What redo would redo next; null when nothing can be. */
  readonly redo: HistoryEntry | null;
};

const ORIGINS: ReadonlySet<PolicyEditAction> = new Set([
  'create',
  'clone',
  'import',
]);

type Draft = { -readonly [K in keyof HistoryEntry]: HistoryEntry[K] };

/** Replays a policy's log (any order; sorted by id here) into its history. */
export function derivePolicyHistory(
  records: readonly PolicyEditRecord[],
): PolicyHistory {
  const sorted = [...records].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  const entries: Draft[] = [];
  const byId = new Map<number, Draft>();
  let undoSide: number[] = [];
  let redoSide: number[] = [];

  for (const record of sorted) {
    if (record.action === 'undo' || record.action === 'redo') {
      const entry = byId.get(record.target ?? -1);
      if (!entry) continue;
      const undoing = record.action === 'undo';
      const [from, to] = undoing ? [undoSide, redoSide] : [redoSide, undoSide];
      if (!remove(from, entry.id)) continue;
      to.push(entry.id);
      entry.undone = undoing ? { by: record.by, at: record.at } : null;
      continue;
    }
    const last = entries[entries.length - 1];
    if (record.joins && last && undoSide[undoSide.length - 1] === last.id) {
      join(last, record);
    } else {
      const entry = startEntry(record);
      entries.push(entry);
      byId.set(entry.id, entry);
      if (entry.undoable) undoSide.push(entry.id);
      else undoSide = [];
    }
    redoSide = [];
  }
  const top = (side: number[]) => byId.get(side[side.length - 1] ?? -1);
  return {
    entries,
    undo: top(undoSide) ?? null,
    redo: top(redoSide) ?? null,
  };
}

function startEntry(record: PolicyEditRecord): Draft {
  return {
    id: record.id ?? 0,
    action: record.action,
    by: record.by,
    at: record.at,
    changes: record.changes,
    before: record.before,
    after: record.after,
    ...(record.source === undefined ? {} : { source: record.source }),
    undoable: !ORIGINS.has(record.action),
    undone: null,
  };
}

function join(entry: Draft, record: PolicyEditRecord): void {
  entry.at = record.at;
  entry.after = record.after;
  entry.changes = diffPolicies(entry.before, entry.after);
}

function remove(side: number[], id: number): boolean {
  const index = side.lastIndexOf(id);
  if (index < 0) return false;
  side.splice(index, 1);
  return true;
}

/**
 * Whether a new edit continues the log's last record as one undo step:
 * both change the same one value, by the same person, within COALESCE_MS.
 */
export function continuesEdit(
  last: PolicyEditRecord | undefined,
  next: Pick<PolicyEditRecord, 'action' | 'by' | 'at' | 'changes'>,
): boolean {
  if (!last || last.action !== 'edit' || next.action !== 'edit') return false;
  if (last.by !== next.by || last.changes.length !== 1) return false;
  if (next.changes.length !== 1) return false;
  if (last.changes[0]!.path !== next.changes[0]!.path) return false;
  const gap = Date.parse(next.at) - Date.parse(last.at);
  return gap >= 0 && gap <= COALESCE_MS;
}
