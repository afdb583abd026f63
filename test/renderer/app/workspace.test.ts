import 'fake-indexeddb/auto';

import { beforeAll, describe, expect, it } from 'vitest';

import { TIERS } from '../../../shared/domain';
import { getDb } from '../../../renderer/db/db';
import { commitImport, listPeriods } from '../../../renderer/db/imports-repo';
import { setEngines } from '../../../renderer/app/engines';
import { useNavigationStore } from '../../../renderer/app/navigation-store';
import {
  activateScenario,
  createScenario,
  deleteScenario,
  loadSample,
  renameScenario,
  selectPeriod,
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

/** What a page reload does: the session state is gone, Dexie is not. */
async function reload(): Promise<void> {
  useWorkspaceStore.setState({ ...initialWorkspaceState });
  useNavigationStore.setState({ screen: 'portfolio' });
  await loadWorkspace();
}

beforeAll(() => {
  setEngines({
    compute: createEngineClient(createInProcessWorker),
    importer: createEngineClient(createInProcessWorker),
  });
});

describe('workspace data layer', () => {
  it('shows the stored sample portfolio on a first start', async () => {
    await loadWorkspace();

    expect(store().status).toBe('ready');
    expect(store().isSample).toBe(true);
    expect(store().periods).toHaveLength(8);
    expect(store().period).toBe(store().periods[7]);
    expect(store().columns!.length).toBeGreaterThan(1000);
    expect(store().baseline!.total.client_count).toBe(store().columns!.length);
    expect(store().scenario).toBeNull();
    expect(store().lastComputeMs).toBeGreaterThanOrEqual(0);
    expect((await listPeriods(getDb())).every((p) => p.isSample)).toBe(true);
  });

  it('creates a scenario from the baseline and recomputes it on every edit', async () => {
    const id = await createScenario('Pool Mid-Market');
    expect(store().activeScenarioId).toBe(id);
    expect(store().scenario!.segments).toEqual(store().baseline!.segments);

    const policy = store().scenarioPolicy!;
    const tiers = {
      ...policy.tiers,
      'Mid-Market': { ...policy.tiers['Mid-Market'], min_workers: 21 },
      Enterprise: { ...policy.tiers.Enterprise, csm_ratio: 5 },
    };
    await updateScenarioPolicy({ ...policy, tiers });

    const count = (
      result: typeof store extends () => infer S ? S : never,
      tier: string,
    ) =>
      result.scenario!.segments.find((s) => s.segment === tier)?.client_count ??
      0;
    const baseCount = (tier: string) =>
      store().baseline!.segments.find((s) => s.segment === tier)
        ?.client_count ?? 0;
    expect(count(store(), 'SMB')).toBeGreaterThan(baseCount('SMB'));
    expect(count(store(), 'Mid-Market')).toBeLessThan(baseCount('Mid-Market'));
    const hiring = (tier: string, which: 'baseline' | 'scenario') =>
      store()[which]!.hiring.find((h) => h.tier === tier)!.required_csms;
    expect(hiring('Enterprise', 'scenario')).toBeGreaterThan(
      hiring('Enterprise', 'baseline'),
    );
  });

  it('keeps the period, the scenario and its edits across a reload', async () => {
    const id = store().activeScenarioId;
    await selectPeriod(store().periods[5]!);
    await reload();

    expect(store().period).toBe(store().periods[5]);
    expect(store().activeScenarioId).toBe(id);
    expect(store().scenarioPolicy!.tiers['Mid-Market'].min_workers).toBe(21);
    expect(store().scenario).not.toBeNull();
    expect(store().scenarios.map((s) => s.name)).toEqual(['Pool Mid-Market']);
  });

  it('renames, deactivates and deletes scenarios', async () => {
    const id = store().activeScenarioId!;
    await renameScenario(id, 'Renamed');
    expect(store().scenarioPolicy!.name).toBe('Renamed');
    expect(store().scenarios[0]!.name).toBe('Renamed');

    await activateScenario(null);
    expect(store().scenario).toBeNull();
    await activateScenario(id);
    expect(store().scenario).not.toBeNull();

    await deleteScenario(id);
    expect(store().activeScenarioId).toBeNull();
    expect(store().scenarios).toEqual([]);
    await reload();
    expect(store().activeScenarioId).toBeNull();
  });

  it('refuses an invalid policy and keeps the last valid one', async () => {
    const before = store().baselinePolicy;
    const bad = {
      ...before,
      tiers: { ...before.tiers, SMB: { ...before.tiers.SMB, csm_ratio: 0 } },
    };

    await expect(updateBaselinePolicy(bad)).rejects.toThrow(/csm_ratio/);
    expect(store().baselinePolicy).toEqual(before);
  });

  it('replaces the sample with the first own import and shows it after a reload', async () => {
    const columns = buildColumns(40);
    await commitImport(getDb(), {
      period: '2024-Q4',
      fileName: 'own.csv',
      kind: 'clients',
      mode: 'replace',
      fields: [],
      currency: 'USD',
      report: {
        read: 40,
        accepted: 40,
        rejected: 0,
        skipped: 0,
        rejections: [],
        warnings: [],
        fileWarnings: [],
        skippedRows: [],
      },
      columns,
    });
    await reload();

    expect(store().isSample).toBe(false);
    expect(store().periods).toEqual(['2024-Q4']);
    expect(store().sourceName).toBe('own.csv');
    expect(store().baseline!.total.client_count).toBe(40);
    // Size tiers by workers 1…40; the service tiers add the High uplift.
    const primary = Array.from(store().baseline!.classification.primary);
    expect(
      TIERS.map((_, code) => primary.filter((c) => c === code).length),
    ).toEqual([10, 30, 0, 0]);
    const service = store().baseline!.segments.map((s) => s.client_count);
    expect(service.reduce((a, b) => a + b, 0)).toBe(40);
  });

  it('attaches the quarter before to the period on show', async () => {
    const prior = buildColumns(40);
    for (let i = 0; i < prior.length; i++) prior.workers[i] = 2 * (i + 1);
    await commitImport(getDb(), {
      period: '2024-Q3',
      fileName: 'q3.csv',
      kind: 'clients',
      mode: 'replace',
      fields: [],
      currency: 'USD',
      report: {
        read: 40,
        accepted: 40,
        rejected: 0,
        skipped: 0,
        rejections: [],
        warnings: [],
        fileWarnings: [],
        skippedRows: [],
      },
      columns: prior,
    });
    await reload();
    await selectPeriod('2024-Q4');

    expect(store().periods).toEqual(['2024-Q3', '2024-Q4']);
    expect(store().columns!.workersPrior[4]).toBe(10);
    expect(store().columns!.newClient[4]).toBe(0);
    expect(store().columns!.clientId[4]).toBe('C5');
    // Half the workers of the quarter before: every client is contracting.
    const growth = Array.from(store().baseline!.classification.growth);
    expect(new Set(growth)).toEqual(new Set([2]));
  });

  it('goes back to the sample on request, keeping the policies', async () => {
    const id = await createScenario('Kept');
    await loadSample();

    expect(store().isSample).toBe(true);
    expect(store().periods).toHaveLength(8);
    expect(store().period).toBe(store().periods[7]);
    expect(store().activeScenarioId).toBe(id);
    expect(store().scenario).not.toBeNull();
    expect((await listPeriods(getDb())).every((p) => p.isSample)).toBe(true);
  });
});
