/**
 * The policy edit log: every change of a scenario or the baseline is
 * stored together with its log record in one transaction, so the policy
 * and its history never disagree. Undo and redo are logged too, as records
 * naming the entry they undid or redid.
 */
import { validatePolicy, type Policy } from '../../shared/policy';

import type { TierwiseDb } from './db';
import { diffPolicies } from './policy-diff';
import {
  continuesEdit,
  derivePolicyHistory,
  type HistoryEntry,
  type PolicyHistory,
} from './policy-history';
import {
  BASELINE_ID,
  loadBaselinePolicy,
  saveBaselinePolicy,
  saveScenario,
  type StoredScenario,
} from './policies-repo';
import type { PolicyEditAction, PolicyEditRecord } from './records';

/** How a change is logged: what was done, by whom, from what. */
export type EditNote = {
  readonly action: Exclude<PolicyEditAction, 'undo' | 'redo'>;
  readonly by: string;
  /** Clone: the source scenario's name; import: the file name. */
  readonly source?: string;
};

/** A policy's log, oldest first. */
export async function loadPolicyEdits(
  db: TierwiseDb,
  policyId: string,
): Promise<PolicyEditRecord[]> {
  const records = await db.policyEdits
    .where('policyId')
    .equals(policyId)
    .toArray();
  return records.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
}

/** A policy's history (undo and redo sides) derived from its log. */
export async function loadPolicyHistory(
  db: TierwiseDb,
  policyId: string,
): Promise<PolicyHistory> {
  return derivePolicyHistory(await loadPolicyEdits(db, policyId));
}

/** A stored change; `logged` is false when it changed nothing. */
export type StoredEdit<T> = { readonly stored: T; readonly logged: boolean };

/** Stores a scenario's policy and logs the change, all or nothing. */
export async function storeScenarioEdit(
  db: TierwiseDb,
  id: string,
  policy: Policy,
  note: EditNote,
  now: Date = new Date(),
): Promise<StoredEdit<StoredScenario>> {
  return db.transaction('rw', db.policies, db.policyEdits, async () => {
    const before = (await db.policies.get(id))?.policy ?? null;
    const stored = await saveScenario(db, id, policy, now);
    const logged = await appendEdit(db, id, before, stored.policy, note, now);
    return { stored, logged };
  });
}

/** Stores the baseline policy and logs the change, all or nothing. */
export async function storeBaselineEdit(
  db: TierwiseDb,
  policy: Policy,
  note: EditNote,
  now: Date = new Date(),
): Promise<StoredEdit<Policy>> {
  return db.transaction('rw', db.policies, db.policyEdits, async () => {
    const before = (await loadBaselinePolicy(db)).policy;
    const stored = await saveBaselinePolicy(db, policy, now);
    const logged = await appendEdit(db, BASELINE_ID, before, stored, note, now);
    return { stored, logged };
  });
}

/** Logs a change; one that changes nothing is not logged (false). */
async function appendEdit(
  db: TierwiseDb,
  policyId: string,
  before: unknown,
  after: Policy,
  note: EditNote,
  now: Date,
): Promise<boolean> {
  // A new policy lists no changes: it is all new.
  if (before === null) return addEdit(db, policyId, null, after, [], note, now);
  const changes = diffPolicies(before, after);
  if (changes.length === 0) return false;
  return addEdit(db, policyId, before, after, changes, note, now);
}

async function addEdit(
  db: TierwiseDb,
  policyId: string,
  before: unknown,
  after: Policy,
  changes: PolicyEditRecord['changes'],
  note: EditNote,
  now: Date,
): Promise<boolean> {
  const record: PolicyEditRecord = {
    policyId,
    at: now.toISOString(),
    by: note.by,
    action: note.action,
    changes,
    before: before === null ? null : plain(before),
    after: plain(after),
    ...(note.source === undefined ? {} : { source: note.source }),
  };
  const last = await db.policyEdits.where('policyId').equals(policyId).last();
  const joins = continuesEdit(last, record);
  await db.policyEdits.add(joins ? { ...record, joins } : record);
  return true;
}

/** What an undo or redo did. */
export type HistoryStep = {
  /** The policy now stored. */
  readonly policy: Policy;
  /** The entry undone or redone. */
  readonly entry: HistoryEntry;
  /** The history after the step. */
  readonly history: PolicyHistory;
};

/**
 * Undoes (the top entry's policy before) or redoes (its policy after) one
 * step of a policy's history and logs it; null when there is nothing to do.
 */
export async function storeHistoryStep(
  db: TierwiseDb,
  policyId: string,
  direction: 'undo' | 'redo',
  by: string,
  now: Date = new Date(),
): Promise<HistoryStep | null> {
  return db.transaction('rw', db.policies, db.policyEdits, async () => {
    const records = await loadPolicyEdits(db, policyId);
    const entry = derivePolicyHistory(records)[direction];
    if (!entry) return null;
    const target = validatePolicy(
      direction === 'undo' ? entry.before : entry.after,
    );
    const current = (await db.policies.get(policyId))?.policy ?? null;
    const policy =
      policyId === BASELINE_ID
        ? await saveBaselinePolicy(db, target, now)
        : (await saveScenario(db, policyId, target, now)).policy;
    const record: PolicyEditRecord = {
      policyId,
      at: now.toISOString(),
      by,
      action: direction,
      changes: diffPolicies(current, policy),
      before: current,
      after: plain(policy),
      target: entry.id,
    };
    const id = await db.policyEdits.add(record);
    const history = derivePolicyHistory([...records, { ...record, id }]);
    return { policy, entry, history };
  });
}

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}
