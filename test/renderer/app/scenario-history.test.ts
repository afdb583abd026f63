import 'fake-indexeddb/auto';

import { beforeAll, describe, expect, it } from 'vitest';

import {
  DEFAULT_POLICY,
  clonePolicy,
  type Policy,
} from '../../../shared/policy';
import { getDb } from '../../../renderer/db/db';
import { commitImport } from '../../../renderer/db/imports-repo';
import { BASELINE_ID } from '../../../renderer/db/policies-repo';
import { loadPolicyEdits } from '../../../renderer/db/policy-edits-repo';
import { setEngines } from '../../../renderer/app/engines';
import { useNavigationStore } from '../../../renderer/app/navigation-store';
import { registerPendingEdits } from '../../../renderer/app/pending-edits';
import {
  historyTarget,
  redoPolicyEdit,
  undoPolicyEdit,
} from '../../../renderer/app/scenario-history-actions';
import {
  activateScenario,
  cloneScenario,
  createScenario,
  importScenario,
  renameScenario,
  reorderScenario,
  setUserName,
  updateBaselinePolicy,
  updateScenarioPolicy,
} from '../../../renderer/app/workspace-actions';
import { loadWorkspace } from '../../../renderer/app/workspace-loader';
import {
  initialWorkspaceState,
  useWorkspaceStore,
} from '../../../renderer/app/workspace-store';
import { createEngineClient } from '../../../renderer/worker/engine-client';
import { buildColumns } from '../db/build-columns';
import { createInProcessWorker } from '../worker/fake-worker';

const store = () => useWorkspaceStore.getState();
const show = (screen: 'scenario' | 'settings') =>
  useNavigationStore.setState({ screen });

async function reload(): Promise<void> {
  useWorkspaceStore.setState({ ...initialWorkspaceState });
  await loadWorkspace();
}

function edited(
  policy: Policy,
  tier: 'SMB' | 'Mid-Market',
  key: 'min_workers' | 'csm_ratio',
  value: number,
): Policy {
  const tiers = {
    ...policy.tiers,
    [tier]: { ...policy.tiers[tier], [key]: value },
  };
  return { ...policy, tiers };
}

const clients = (which: 'baseline' | 'scenario', tier: string) =>
  store()[which]!.segments.find((s) => s.segment === tier)?.client_count ?? 0;
const required = (which: 'baseline' | 'scenario', tier: string) =>
  store()[which]!.hiring.find((h) => h.tier === tier)!.required_csms;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  setEngines({
    compute: createEngineClient(createInProcessWorker),
    importer: createEngineClient(createInProcessWorker),
  });
  // 60 clients of 1…60 workers: moving the Mid-Market line moves some.
  await commitImport(getDb(), {
    period: '2024-Q4',
    fileName: 'own.csv',
    kind: 'clients',
    mode: 'replace',
    fields: [],
    currency: 'USD',
    report: {
      read: 60,
      accepted: 60,
      rejected: 0,
      skipped: 0,
      rejections: [],
      warnings: [],
      fileWarnings: [],
      skippedRows: [],
    },
    columns: buildColumns(60),
  });
  show('scenario');
  await loadWorkspace();
});

describe('undo and redo of scenario edits', () => {
  it('undoes both edits of a scenario and the figures return, then redoes them', async () => {
    await setUserName('  Ana  ');
    await createScenario('Move the line');
    expect([store().canUndo, store().canRedo]).toEqual([false, false]);

    await updateScenarioPolicy(
      edited(store().scenarioPolicy!, 'Mid-Market', 'min_workers', 16),
    );
    await updateScenarioPolicy(
      edited(store().scenarioPolicy!, 'Mid-Market', 'csm_ratio', 30),
    );
    expect(store().canUndo).toBe(true);
    expect(clients('scenario', 'SMB')).toBeGreaterThan(
      clients('baseline', 'SMB'),
    );
    expect(required('scenario', 'Mid-Market')).not.toBe(
      required('baseline', 'Mid-Market'),
    );

    expect(await undoPolicyEdit()).toBe(true);
    expect(store().scenarioPolicy!.tiers['Mid-Market'].csm_ratio).toBe(20);
    expect(store().scenarioPolicy!.tiers['Mid-Market'].min_workers).toBe(16);
    expect([store().canUndo, store().canRedo]).toEqual([true, true]);
    expect(await undoPolicyEdit()).toBe(true);
    expect(store().scenario!.segments).toEqual(store().baseline!.segments);
    expect(store().scenario!.hiring).toEqual(store().baseline!.hiring);
    expect([store().canUndo, store().canRedo]).toEqual([false, true]);
    expect(await undoPolicyEdit()).toBe(false);

    expect(await redoPolicyEdit()).toBe(true);
    expect(store().scenarioPolicy!.tiers['Mid-Market'].min_workers).toBe(16);
    expect(clients('scenario', 'SMB')).toBeGreaterThan(
      clients('baseline', 'SMB'),
    );

    const log = await loadPolicyEdits(getDb(), store().activeScenarioId!);
    expect(log.map((r) => [r.action, r.by])).toEqual([
      ['create', 'Ana'],
      ['edit', 'Ana'],
      ['edit', 'Ana'],
      ['undo', 'Ana'],
      ['undo', 'Ana'],
      ['redo', 'Ana'],
    ]);
  });

  it('keeps the undo and redo sides and the user name across a reload', async () => {
    const id = store().activeScenarioId!;
    await reload();
    expect(store().activeScenarioId).toBe(id);
    expect(store().userName).toBe('Ana');
    expect([store().canUndo, store().canRedo]).toEqual([true, true]);
    expect(await redoPolicyEdit()).toBe(true);
    expect(store().scenarioPolicy!.tiers['Mid-Market'].csm_ratio).toBe(30);
    expect(store().canRedo).toBe(false);
  });

  it('takes quick edits of one value as one step, and a new edit clears redo', async () => {
    await undoPolicyEdit();
    expect(store().canRedo).toBe(true);
    const start = store().scenarioPolicy!;
    // Typing "45": the editor applies 4, then 45.
    await updateScenarioPolicy(edited(start, 'SMB', 'csm_ratio', 4));
    await updateScenarioPolicy(edited(start, 'SMB', 'csm_ratio', 45));
    expect(store().canRedo).toBe(false);
    await undoPolicyEdit();
    expect(store().scenarioPolicy!.tiers.SMB.csm_ratio).toBe(50);
    await redoPolicyEdit();
    expect(store().scenarioPolicy!.tiers.SMB.csm_ratio).toBe(45);
  });

  it('applies typing not yet applied before undoing, and undoes that typing', async () => {
    const start = store().scenarioPolicy!;
    let pending: Promise<void> | null = null;
    const stop = registerPendingEdits(() => {
      pending ??= updateScenarioPolicy(edited(start, 'SMB', 'csm_ratio', 46));
    });
    await undoPolicyEdit();
    stop();
    await pending;
    expect(store().scenarioPolicy!.tiers.SMB.csm_ratio).toBe(45);
    const log = await loadPolicyEdits(getDb(), store().activeScenarioId!);
    expect(log.slice(-2).map((r) => r.action)).toEqual(['edit', 'undo']);
    await redoPolicyEdit();
    expect(store().scenarioPolicy!.tiers.SMB.csm_ratio).toBe(46);
    await undoPolicyEdit();
    expect(store().scenarioPolicy!.tiers.SMB.csm_ratio).toBe(45);
  });

  it('keeps edits more than 1.5 s apart as separate steps', async () => {
    const start = store().scenarioPolicy!;
    await updateScenarioPolicy(edited(start, 'SMB', 'csm_ratio', 44));
    await sleep(1600);
    await updateScenarioPolicy(edited(start, 'SMB', 'csm_ratio', 43));
    await undoPolicyEdit();
    expect(store().scenarioPolicy!.tiers.SMB.csm_ratio).toBe(44);
    await undoPolicyEdit();
    expect(store().scenarioPolicy!.tiers.SMB.csm_ratio).toBe(45);
  });

  it('renames over an edit still on its way to storage, keeping the edit', async () => {
    const id = store().activeScenarioId!;
    const start = store().scenarioPolicy!;
    const editing = updateScenarioPolicy(edited(start, 'SMB', 'csm_ratio', 47));
    await renameScenario(id, 'Raced');
    await editing;
    await reload();
    expect(store().scenarioPolicy!.name).toBe('Raced');
    expect(store().scenarioPolicy!.tiers.SMB.csm_ratio).toBe(47);
    await undoPolicyEdit();
    await undoPolicyEdit();
    expect(store().scenarioPolicy!.name).toBe('Move the line');
    expect(store().scenarioPolicy!.tiers.SMB.csm_ratio).toBe(45);
  });

  it('undoes a rename, and the list shows the old name again', async () => {
    const id = store().activeScenarioId!;
    await renameScenario(id, 'Renamed');
    expect(store().scenarios.find((s) => s.id === id)!.name).toBe('Renamed');
    await undoPolicyEdit();
    expect(store().scenarios.find((s) => s.id === id)!.name).toBe(
      'Move the line',
    );
    expect(store().scenarioPolicy!.name).toBe('Move the line');
  });

  it('clones the active scenario under a new name, active, with a history of its own', async () => {
    const sourceId = store().activeScenarioId!;
    const source = store().scenarioPolicy!;
    const copyId = await cloneScenario(sourceId);
    expect(store().activeScenarioId).toBe(copyId);
    expect(store().scenarioPolicy).toEqual({
      ...source,
      name: 'Copy of Move the line',
    });
    expect([store().canUndo, store().canRedo]).toEqual([false, false]);
    const log = await loadPolicyEdits(getDb(), copyId);
    expect(log.map((r) => [r.action, r.source])).toEqual([
      ['clone', 'Move the line'],
    ]);
    const again = await cloneScenario(sourceId);
    expect(store().scenarios.find((s) => s.id === again)!.name).toBe(
      'Copy of Move the line (2)',
    );
  });

  it('reorders scenarios and keeps the order across a reload', async () => {
    const names = () => store().scenarios.map((s) => s.name);
    expect(names()).toEqual([
      'Move the line',
      'Copy of Move the line',
      'Copy of Move the line (2)',
    ]);
    const last = store().scenarios[2]!.id;
    await reorderScenario(last, -1);
    await reorderScenario(last, -1);
    expect(names()[0]).toBe('Copy of Move the line (2)');
    await reorderScenario(last, -1);
    await reload();
    expect(names()).toEqual([
      'Copy of Move the line (2)',
      'Move the line',
      'Copy of Move the line',
    ]);
  });

  it('undoes the baseline on Settings, and the active scenario elsewhere', async () => {
    const scenarioId = store().activeScenarioId!;
    show('settings');
    expect(historyTarget()).toBe(BASELINE_ID);
    const cost = () => store().baseline!.total.cost_to_serve_cents!;
    const before = cost();
    const costs = { ...store().baselinePolicy.costs, csm_annual_cost: 150_000 };
    await updateBaselinePolicy({ ...store().baselinePolicy, costs });
    expect([store().baselineCanUndo, store().canUndo]).toEqual([true, false]);
    expect(cost()).toBeGreaterThan(before);
    await undoPolicyEdit();
    expect(store().baselinePolicy.costs.csm_annual_cost).toBe(120_000);
    expect(cost()).toBe(before);
    expect(store().baselineCanRedo).toBe(true);

    show('scenario');
    expect(historyTarget()).toBe(scenarioId);
    await activateScenario(null);
    expect(historyTarget()).toBeNull();
    expect(await undoPolicyEdit()).toBe(false);
  });

  it('logs an imported policy as an import of its file, not undoable', async () => {
    const policy = {
      ...clonePolicy(DEFAULT_POLICY, 'From file'),
      size_basis: 'arr' as const,
    };
    const id = await importScenario(policy, 'pool.json');
    expect(store().scenarioPolicy!.size_basis).toBe('arr');
    const log = await loadPolicyEdits(getDb(), id);
    expect(log.map((r) => [r.action, r.source])).toEqual([
      ['import', 'pool.json'],
    ]);
    expect(store().canUndo).toBe(false);
  });

  it('refuses to rename a scenario to the name of another', async () => {
    const first = await createScenario('Tide');
    const second = await createScenario('Reef');
    const ours = () =>
      store()
        .scenarios.filter((s) => s.id === first || s.id === second)
        .map((s) => s.name);
    await expect(renameScenario(second, ' Tide ')).rejects.toThrow(
      'another scenario is already called "Tide"',
    );
    expect(ours()).toEqual(['Tide', 'Reef']);
    await renameScenario(first, 'Tide');
    await renameScenario(second, 'Reef more');
    expect(ours()).toEqual(['Tide', 'Reef more']);
  });

  it('names an imported or created scenario apart from the ones there', async () => {
    const policy = clonePolicy(DEFAULT_POLICY, 'Pool');
    await importScenario(policy, 'pool.json');
    await importScenario(policy, 'pool.json');
    await createScenario('Pool');
    const names = store().scenarios.map((s) => s.name);
    expect(names.filter((n) => n.startsWith('Pool'))).toEqual([
      'Pool',
      'Pool (2)',
      'Pool (3)',
    ]);
    expect(store().scenarioPolicy!.name).toBe('Pool (3)');
  });
});
