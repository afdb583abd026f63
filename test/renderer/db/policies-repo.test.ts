import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { DEFAULT_POLICY, clonePolicy } from '../../../shared/policy';
import { TierwiseDb } from '../../../renderer/db/db';
import {
  deleteStoredScenario,
  loadBaselinePolicy,
  loadScenarios,
  saveBaselinePolicy,
  saveScenario,
} from '../../../renderer/db/policies-repo';
import { getSetting, setSetting } from '../../../renderer/db/settings-repo';

const opened: TierwiseDb[] = [];

function openDb(): TierwiseDb {
  const db = new TierwiseDb(`policies-${opened.length}-${Date.now()}`);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('policies repository', () => {
  it('gives the defaults when no baseline is stored', async () => {
    expect(await loadBaselinePolicy(openDb())).toEqual({
      policy: DEFAULT_POLICY,
      problem: null,
    });
  });

  it('stores the baseline and scenarios and reads them back validated', async () => {
    const db = openDb();
    const baseline = {
      ...clonePolicy(DEFAULT_POLICY, 'Baseline'),
      size_basis: 'arr' as const,
    };
    await saveBaselinePolicy(db, baseline);
    await saveScenario(
      db,
      's1',
      clonePolicy(DEFAULT_POLICY, 'Pool Mid-Market'),
      new Date(1000),
    );
    await saveScenario(
      db,
      's2',
      clonePolicy(DEFAULT_POLICY, 'Second'),
      new Date(2000),
    );

    expect((await loadBaselinePolicy(db)).policy.size_basis).toBe('arr');
    const { scenarios, problems } = await loadScenarios(db);
    expect(scenarios.map((s) => [s.id, s.name])).toEqual([
      ['s1', 'Pool Mid-Market'],
      ['s2', 'Second'],
    ]);
    expect(problems).toEqual([]);

    await deleteStoredScenario(db, 's1');
    expect((await loadScenarios(db)).scenarios.map((s) => s.id)).toEqual([
      's2',
    ]);
  });

  it('refuses to store an invalid policy', async () => {
    const db = openDb();
    const bad = {
      ...DEFAULT_POLICY,
      size_basis: 'seats',
    } as unknown as typeof DEFAULT_POLICY;

    await expect(saveScenario(db, 's1', bad)).rejects.toThrow(/size_basis/);
    await expect(saveBaselinePolicy(db, bad)).rejects.toThrow(/size_basis/);
    expect(await db.policies.count()).toBe(0);
  });

  it('reports a damaged stored policy instead of handing it to the engine', async () => {
    const db = openDb();
    const stamp = new Date().toISOString();
    await db.policies.put({
      id: 'x',
      kind: 'scenario',
      name: 'x',
      policy: { name: 'x' },
      createdAt: stamp,
      updatedAt: stamp,
    });
    await db.policies.put({
      id: 'baseline',
      kind: 'baseline',
      name: 'b',
      policy: 42,
      createdAt: stamp,
      updatedAt: stamp,
    });

    const { scenarios, problems } = await loadScenarios(db);
    expect(scenarios).toEqual([]);
    expect(problems.map((p) => p.id)).toEqual(['x']);
    const baseline = await loadBaselinePolicy(db);
    expect(baseline.policy).toEqual(DEFAULT_POLICY);
    expect(baseline.problem?.id).toBe('baseline');
  });
});

describe('settings repository', () => {
  it('stores values and ignores a stored value of the wrong type', async () => {
    const db = openDb();
    await setSetting(db, 'period', '2024-Q4');
    await setSetting(db, 'activeScenarioId', null);
    await db.settings.put({ key: 'screen', value: 12 });

    expect(await getSetting(db, 'period')).toBe('2024-Q4');
    expect(await getSetting(db, 'activeScenarioId')).toBeNull();
    expect(await getSetting(db, 'screen')).toBeUndefined();
  });
});
