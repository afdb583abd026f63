/**
 * The baseline policy and the scenarios. Every policy is validated with
 * validatePolicy before it is written and again when it is read back, so a
 * damaged or outdated record never reaches the engine.
 */
import {
  DEFAULT_POLICY,
  validatePolicy,
  type Policy,
} from '../../shared/policy';

import type { TierwiseDb } from './db';
import type { PolicyRecord } from './records';

/** The id of the baseline policy's record. */
export const BASELINE_ID = 'baseline';

/** A stored scenario, read back and validated. */
export type StoredScenario = {
  readonly id: string;
  readonly name: string;
  readonly policy: Policy;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Its place in the list, 0 first. */
  readonly order: number;
};

/** A stored policy that failed validation when read back. */
export type PolicyProblem = { readonly id: string; readonly message: string };

/** The stored baseline, or the built-in defaults when none is stored. */
export async function loadBaselinePolicy(
  db: TierwiseDb,
): Promise<{ policy: Policy; problem: PolicyProblem | null }> {
  const record = await db.policies.get(BASELINE_ID);
  if (!record) return { policy: DEFAULT_POLICY, problem: null };
  try {
    return { policy: validatePolicy(record.policy), problem: null };
  } catch (error) {
    return {
      policy: DEFAULT_POLICY,
      problem: { id: BASELINE_ID, message: (error as Error).message },
    };
  }
}

/** Validates and stores the baseline policy. */
export async function saveBaselinePolicy(
  db: TierwiseDb,
  policy: Policy,
  now: Date = new Date(),
): Promise<Policy> {
  const valid = validatePolicy(policy);
  const existing = await db.policies.get(BASELINE_ID);
  await db.policies.put(
    toRecord(BASELINE_ID, 'baseline', valid, existing, now),
  );
  return valid;
}

/** Scenario records in list order (then oldest first). */
async function scenarioRecords(db: TierwiseDb): Promise<PolicyRecord[]> {
  const records = await db.policies.where('kind').equals('scenario').toArray();
  const place = (r: PolicyRecord) => r.order ?? Number.MAX_SAFE_INTEGER;
  return records.sort(
    (a, b) => place(a) - place(b) || a.createdAt.localeCompare(b.createdAt),
  );
}

/** Every valid stored scenario in list order, and the ones that failed. */
export async function loadScenarios(
  db: TierwiseDb,
): Promise<{ scenarios: StoredScenario[]; problems: PolicyProblem[] }> {
  const records = await scenarioRecords(db);
  const scenarios: StoredScenario[] = [];
  const problems: PolicyProblem[] = [];
  for (const [index, record] of records.entries()) {
    try {
      scenarios.push(toStored(record, index));
    } catch (error) {
      problems.push({ id: record.id, message: (error as Error).message });
    }
  }
  return { scenarios, problems };
}

function toStored(record: PolicyRecord, fallbackOrder = 0): StoredScenario {
  const policy = validatePolicy(record.policy);
  const { id, name, createdAt, updatedAt } = record;
  const order = record.order ?? fallbackOrder;
  return { id, name, policy, createdAt, updatedAt, order };
}

/** One stored scenario, validated; null when absent. Throws when damaged. */
export async function loadScenario(
  db: TierwiseDb,
  id: string,
): Promise<StoredScenario | null> {
  const record = await db.policies.get(id);
  if (!record || record.kind !== 'scenario') return null;
  return toStored(record);
}

/** The raw stored policy JSON under an id, or null. */
export async function loadStoredPolicyJson(
  db: TierwiseDb,
  id: string,
): Promise<unknown> {
  return (await db.policies.get(id))?.policy ?? null;
}

/**
 * Moves a scenario one place up (-1) or down (1) in the list and numbers
 * the list 0, 1, 2… again; returns the ids in their new order.
 */
export async function moveStoredScenario(
  db: TierwiseDb,
  id: string,
  direction: -1 | 1,
): Promise<string[]> {
  return db.transaction('rw', db.policies, async () => {
    const records = await scenarioRecords(db);
    const from = records.findIndex((r) => r.id === id);
    if (from < 0) throw new Error('that scenario no longer exists');
    const to = from + direction;
    if (to >= 0 && to < records.length) {
      [records[from], records[to]] = [records[to]!, records[from]!];
    }
    for (const [order, record] of records.entries()) {
      if (record.order !== order)
        await db.policies.update(record.id, { order });
    }
    return records.map((r) => r.id);
  });
}

/** Validates and stores a scenario under its id; its name is the policy's. */
export async function saveScenario(
  db: TierwiseDb,
  id: string,
  policy: Policy,
  now: Date = new Date(),
): Promise<StoredScenario> {
  if (id === BASELINE_ID || id.trim() === '') {
    throw new Error(`"${id}" cannot be a scenario id`);
  }
  const valid = validatePolicy(policy);
  return db.transaction('rw', db.policies, async () => {
    const existing = await db.policies.get(id);
    const order = existing?.order ?? (await nextOrder(db));
    const record = { ...toRecord(id, 'scenario', valid, existing, now), order };
    await db.policies.put(record);
    const { name, createdAt, updatedAt } = record;
    return { id, name, policy: valid, createdAt, updatedAt, order };
  });
}

/** The place after the last scenario. */
async function nextOrder(db: TierwiseDb): Promise<number> {
  const records = await db.policies.where('kind').equals('scenario').toArray();
  return records.reduce((max, r) => Math.max(max, (r.order ?? -1) + 1), 0);
}

/** Removes a scenario. */
export async function deleteStoredScenario(
  db: TierwiseDb,
  id: string,
): Promise<void> {
  if (id === BASELINE_ID) throw new Error('the baseline cannot be deleted');
  // Its edit log goes with it: a deleted scenario's history has no place.
  await db.transaction('rw', db.policies, db.policyEdits, async () => {
    await db.policies.delete(id);
    await db.policyEdits.where('policyId').equals(id).delete();
  });
}

function toRecord(
  id: string,
  kind: PolicyRecord['kind'],
  policy: Policy,
  existing: PolicyRecord | undefined,
  now: Date,
): PolicyRecord {
  const stamp = now.toISOString();
  return {
    id,
    kind,
    name: policy.name,
    policy: JSON.parse(JSON.stringify(policy)) as unknown,
    createdAt: existing?.createdAt ?? stamp,
    updatedAt: stamp,
  };
}
