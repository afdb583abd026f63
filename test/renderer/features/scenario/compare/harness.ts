/**
 * The Scenarios screen's tests run the real engine handlers in an
 * in-process worker: the fixture's columns are sent as the loader sends
 * them, scenarios are stored in fake IndexedDB, and the store is filled
 * as the workspace loader fills it.
 */
import { setEngines } from '../../../../../renderer/app/engines';
import {
  initialWorkspaceState,
  useWorkspaceStore,
} from '../../../../../renderer/app/workspace-store';
import { getDb } from '../../../../../renderer/db/db';
import { saveScenario } from '../../../../../renderer/db/policies-repo';
import {
  initialScenarioView,
  useScenarioView,
} from '../../../../../renderer/features/scenario/compare/scenario-view-store';
import { createEngineClient } from '../../../../../renderer/worker/engine-client';
import { createEngineHandlers } from '../../../../../renderer/worker/engine-handlers';
import type { CompareOutput } from '../../../../../renderer/worker/messages';
import {
  clonePolicy,
  validatePolicy,
  type Policy,
} from '../../../../../shared/policy';
import { getFixture, type Fixture } from '../../fixtures';
import { createInProcessWorker } from '../../../worker/fake-worker';

/** A second scenario that only reprices SMB (moves no client). */
export function pricedPolicy(base: Policy): Policy {
  const policy = structuredClone(
    clonePolicy(base, 'Price SMB +10 %'),
  ) as Policy;
  policy.tiers.SMB.price_change = 0.1;
  return validatePolicy(policy);
}

/**
 * The fixture in the store and the compute worker, with two stored
 * scenarios: `a` (the fixture's, active) and `b` (SMB repriced).
 */
export async function showFixture(): Promise<
  Fixture & { priced: Policy; posted: () => string[] }
> {
  const fixture = getFixture();
  const priced = pricedPolicy(fixture.baselinePolicy);
  const fake = createInProcessWorker();
  const worker = createEngineClient(() => fake);
  setEngines({
    compute: worker,
    importer: createEngineClient(createInProcessWorker),
  });
  await worker.request('set-data', {
    key: 'test#1',
    columns: fixture.columns,
    prior: null,
  }).promise;
  const db = getDb();
  await db.policies.clear();
  await saveScenario(db, 'a', fixture.scenarioPolicy);
  await saveScenario(db, 'b', priced);
  useScenarioView.setState(initialScenarioView);
  useWorkspaceStore.setState({
    ...initialWorkspaceState,
    status: 'ready',
    columns: fixture.columns,
    baselinePolicy: fixture.baselinePolicy,
    baseline: fixture.baseline,
    scenario: fixture.scenario,
    scenarioPolicy: fixture.scenarioPolicy,
    activeScenarioId: 'a',
    scenarios: [
      { id: 'a', name: fixture.scenarioPolicy.name, updatedAt: '' },
      { id: 'b', name: priced.name, updatedAt: '' },
    ],
  });
  return { ...fixture, priced, posted: () => fake.posted.map((m) => m.type) };
}

/** What the worker answers for the fixture's baseline, `a`, `b`, then any extra policies. */
export function fixtureComparison(
  extra: readonly Policy[] = [],
): CompareOutput {
  const fixture = getFixture();
  const engine = createEngineHandlers();
  const handle = (type: string, payload: unknown) =>
    engine.handle(
      { kind: 'request', id: 1, type, payload } as never,
      () => undefined,
    ).result;
  handle('set-data', { key: 'k', columns: fixture.columns, prior: null });
  return handle('compare', {
    key: 'k',
    baseline: fixture.baselinePolicy,
    scenarios: [
      { id: 'a', policy: fixture.scenarioPolicy },
      { id: 'b', policy: pricedPolicy(fixture.baselinePolicy) },
      ...extra.map((policy, k) => ({ id: `x${k}`, policy })),
    ],
  }) as CompareOutput;
}
