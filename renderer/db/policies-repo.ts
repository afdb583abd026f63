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

/** Every valid stored scenario, oldest first, and the ones that failed. */
export async function loadScenarios(
  db: TierwiseDb,
): Promise<{ scenarios: StoredScenario[]; problems: PolicyProblem[] }> {
  const records = await db.policies.where('kind').equals('scenario').toArray();
  records.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const scenarios: StoredScenario[] = [];
  const problems: PolicyProblem[] = [];
  for (const record of records) {
    try {
      const policy = validatePolicy(record.policy);
      const { id, name, createdAt, updatedAt } = record;
      scenarios.push({ id, name, policy, createdAt, updatedAt });
    } catch (error) {
      problems.push({ id: record.id, message: (error as Error).message });
    }
  }
  return { scenarios, problems };
}

/** One stored scenario, validated; null when absent. Throws when damaged. */
export async function loadScenario(
  db: TierwiseDb,
  id: string,
): Promise<StoredScenario | null> {
  const record = await db.policies.get(id);
  if (!record || record.kind !== 'scenario') return null;
  const policy = validatePolicy(record.policy);
  const { name, createdAt, updatedAt } = record;
  return { id, name, policy, createdAt, updatedAt };
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
  const existing = await db.policies.get(id);
  const record = toRecord(id, 'scenario', valid, existing, now);
  await db.policies.put(record);
  return {
    id,
    name: record.name,
    policy: valid,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/** Removes a scenario. */
export async function deleteStoredScenario(
  db: TierwiseDb,
  id: string,
): Promise<void> {
  if (id === BASELINE_ID) throw new Error('the baseline cannot be deleted');
  await db.policies.delete(id);
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
