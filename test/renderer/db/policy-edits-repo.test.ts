import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import {
  DEFAULT_POLICY,
  clonePolicy,
  type Policy,
} from '../../../shared/policy';
import { TierwiseDb } from '../../../renderer/db/db';
import {
  BASELINE_ID,
  deleteStoredScenario,
  loadBaselinePolicy,
  loadScenario,
  loadScenarios,
  moveStoredScenario,
} from '../../../renderer/db/policies-repo';
import {
  loadPolicyEdits,
  loadPolicyHistory,
  storeBaselineEdit,
  storeHistoryStep,
  storeScenarioEdit,
} from '../../../renderer/db/policy-edits-repo';

const opened: TierwiseDb[] = [];
let names = 0;

function openDb(name = `edits-${names++}-${Date.now()}`): TierwiseDb {
  const db = new TierwiseDb(name);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const at = (seconds: number) => new Date(Date.UTC(2026, 8, 30, 9, 0, seconds));

function withMidMarket(policy: Policy, minWorkers: number): Policy {
  const tier = { ...policy.tiers['Mid-Market'], min_workers: minWorkers };
  return { ...policy, tiers: { ...policy.tiers, 'Mid-Market': tier } };
}

function withRatio(policy: Policy, ratio: number): Policy {
  const tier = { ...policy.tiers['Mid-Market'], csm_ratio: ratio };
  return { ...policy, tiers: { ...policy.tiers, 'Mid-Market': tier } };
}

const edit = { action: 'edit', by: 'Ana' } as const;

async function created(db: TierwiseDb, id = 's1', name = 'Pool') {
  const policy = clonePolicy(DEFAULT_POLICY, name);
  await storeScenarioEdit(
    db,
    id,
    policy,
    { action: 'create', by: 'Ana' },
    at(0),
  );
  return policy;
}

describe('policy edit log', () => {
  it('records who changed which values, from what to what, with the whole policy', async () => {
    const db = openDb();
    const base = await created(db);
    const { logged } = await storeScenarioEdit(
      db,
      's1',
      withRatio(withMidMarket(base, 16), 30),
      edit,
      at(10),
    );

    expect(logged).toBe(true);
    const [create, change] = await loadPolicyEdits(db, 's1');
    expect(create).toMatchObject({ action: 'create', by: 'Ana', before: null });
    expect(change).toMatchObject({
      policyId: 's1',
      action: 'edit',
      by: 'Ana',
      at: '2026-09-30T09:00:10.000Z',
      changes: [
        { path: 'tiers.Mid-Market.min_workers', before: 11, after: 16 },
        { path: 'tiers.Mid-Market.csm_ratio', before: 20, after: 30 },
      ],
    });
    expect((change!.before as Policy).tiers['Mid-Market'].min_workers).toBe(11);
    expect((change!.after as Policy).tiers['Mid-Market'].min_workers).toBe(16);
  });

  it('does not log a change that changes nothing', async () => {
    const db = openDb();
    const base = await created(db);
    const { logged } = await storeScenarioEdit(db, 's1', base, edit, at(5));
    expect(logged).toBe(false);
    expect(await loadPolicyEdits(db, 's1')).toHaveLength(1);
  });

  it('joins edits of one value within 1.5 s into one undo step, and not others', async () => {
    const db = openDb();
    const base = await created(db);
    // Typing "16": 1 is refused by the editor, then 16; then 17 a second later.
    await storeScenarioEdit(db, 's1', withMidMarket(base, 16), edit, at(10));
    await storeScenarioEdit(db, 's1', withMidMarket(base, 17), edit, at(11));
    // Four seconds on: a new step.
    await storeScenarioEdit(db, 's1', withMidMarket(base, 18), edit, at(15));
    // Another value at once: a new step too.
    const both = withRatio(withMidMarket(base, 18), 30);
    await storeScenarioEdit(db, 's1', both, edit, at(15));

    const history = await loadPolicyHistory(db, 's1');
    expect(history.entries.map((e) => e.changes.map((c) => c.after))).toEqual([
      [],
      [17],
      [18],
      [30],
    ]);
    expect(history.entries[1]!.changes[0]!.before).toBe(11);
    expect(
      (await loadPolicyEdits(db, 's1')).map((r) => r.joins ?? false),
    ).toEqual([false, false, true, false, false]);
  });

  it('undoes and redoes step by step, and a new edit clears the redo side', async () => {
    const db = openDb();
    const base = await created(db);
    await storeScenarioEdit(db, 's1', withMidMarket(base, 16), edit, at(10));
    await storeScenarioEdit(
      db,
      's1',
      withRatio(withMidMarket(base, 16), 30),
      edit,
      at(20),
    );

    const first = await storeHistoryStep(db, 's1', 'undo', 'Bo', at(30));
    expect(first!.policy.tiers['Mid-Market'].csm_ratio).toBe(20);
    expect(first!.policy.tiers['Mid-Market'].min_workers).toBe(16);
    const second = await storeHistoryStep(db, 's1', 'undo', 'Bo', at(31));
    expect(second!.policy.tiers['Mid-Market'].min_workers).toBe(11);
    // The creation is not undoable: nothing further.
    expect(await storeHistoryStep(db, 's1', 'undo', 'Bo', at(32))).toBeNull();
    expect((await loadScenario(db, 's1'))!.policy).toEqual(base);

    const redone = await storeHistoryStep(db, 's1', 'redo', 'Bo', at(33));
    expect(redone!.policy.tiers['Mid-Market'].min_workers).toBe(16);
    expect(redone!.history.redo!.changes[0]!.path).toBe(
      'tiers.Mid-Market.csm_ratio',
    );

    await storeScenarioEdit(
      db,
      's1',
      withMidMarket(redone!.policy, 12),
      edit,
      at(40),
    );
    const history = await loadPolicyHistory(db, 's1');
    expect(history.redo).toBeNull();
    expect(history.undo!.changes[0]).toMatchObject({ before: 16, after: 12 });
    const undone = history.entries.filter((e) => e.undone);
    expect(undone.map((e) => [e.changes[0]!.path, e.undone!.by])).toEqual([
      ['tiers.Mid-Market.csm_ratio', 'Bo'],
    ]);
    expect((await loadPolicyEdits(db, 's1')).map((r) => r.action)).toEqual([
      'create',
      'edit',
      'edit',
      'undo',
      'undo',
      'redo',
      'edit',
    ]);
  });

  it('keeps the undo and redo sides across a reopen of the database', async () => {
    const name = `edits-reopen-${Date.now()}`;
    const db = openDb(name);
    const base = await created(db);
    await storeScenarioEdit(db, 's1', withMidMarket(base, 16), edit, at(10));
    await storeScenarioEdit(
      db,
      's1',
      withRatio(withMidMarket(base, 16), 30),
      edit,
      at(20),
    );
    await storeHistoryStep(db, 's1', 'undo', 'Ana', at(30));
    db.close();

    const again = openDb(name);
    const history = await loadPolicyHistory(again, 's1');
    expect(history.undo!.changes[0]!.path).toBe('tiers.Mid-Market.min_workers');
    expect(history.redo!.changes[0]!.path).toBe('tiers.Mid-Market.csm_ratio');
    const redone = await storeHistoryStep(again, 's1', 'redo', 'Ana', at(40));
    expect(redone!.policy.tiers['Mid-Market'].csm_ratio).toBe(30);
    expect(
      (await loadScenario(again, 's1'))!.policy.tiers['Mid-Market'].csm_ratio,
    ).toBe(30);
  });

  it('logs and undoes edits of the baseline under its own id', async () => {
    const db = openDb();
    const costs = { ...DEFAULT_POLICY.costs, csm_annual_cost: 130_000 };
    await storeBaselineEdit(db, { ...DEFAULT_POLICY, costs }, edit, at(1));
    expect((await loadPolicyEdits(db, BASELINE_ID))[0]!.changes).toEqual([
      { path: 'costs.csm_annual_cost', before: 120_000, after: 130_000 },
    ]);
    const undone = await storeHistoryStep(
      db,
      BASELINE_ID,
      'undo',
      'Ana',
      at(2),
    );
    expect(undone!.policy.costs.csm_annual_cost).toBe(120_000);
    expect((await loadBaselinePolicy(db)).policy.costs.csm_annual_cost).toBe(
      120_000,
    );
  });

  it('undoes a rename like any other edit', async () => {
    const db = openDb();
    const base = await created(db);
    await storeScenarioEdit(
      db,
      's1',
      { ...base, name: 'Renamed' },
      { action: 'rename', by: 'Ana' },
      at(3),
    );
    const undone = await storeHistoryStep(db, 's1', 'undo', 'Ana', at(4));
    expect(undone!.policy.name).toBe('Pool');
    expect((await loadScenarios(db)).scenarios[0]!.name).toBe('Pool');
  });

  it('deletes a scenario with its log and leaves the others', async () => {
    const db = openDb();
    await created(db, 's1');
    await created(db, 's2', 'Other');
    await deleteStoredScenario(db, 's1');
    expect(await loadPolicyEdits(db, 's1')).toEqual([]);
    expect(await loadPolicyEdits(db, 's2')).toHaveLength(1);
  });
});

describe('scenario order', () => {
  it('adds scenarios at the end and moves one up or down, the ends staying put', async () => {
    const db = openDb();
    for (const [id, name] of [
      ['a', 'A'],
      ['b', 'B'],
      ['c', 'C'],
    ] as const)
      await created(db, id, name);
    const names = async () =>
      (await loadScenarios(db)).scenarios.map((s) => s.name);
    expect(await names()).toEqual(['A', 'B', 'C']);

    expect(await moveStoredScenario(db, 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(await moveStoredScenario(db, 'a', -1)).toEqual(['a', 'c', 'b']);
    expect(await moveStoredScenario(db, 'a', 1)).toEqual(['c', 'a', 'b']);
    expect(await moveStoredScenario(db, 'b', 1)).toEqual(['c', 'a', 'b']);
    expect(await names()).toEqual(['C', 'A', 'B']);
    expect((await loadScenarios(db)).scenarios.map((s) => s.order)).toEqual([
      0, 1, 2,
    ]);
    // An edit keeps the place.
    await storeScenarioEdit(
      db,
      'c',
      clonePolicy(DEFAULT_POLICY, 'C2'),
      edit,
      at(9),
    );
    expect(await names()).toEqual(['C2', 'A', 'B']);
    await expect(moveStoredScenario(db, 'zz', 1)).rejects.toThrow(
      /no longer exists/,
    );
  });
});
