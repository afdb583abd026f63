/**
 * A cancelled sweep ends the compute worker with the period's columns in
 * it: the analysis panels must get a fresh worker the columns back, so the
 * figures keep computing and the next request finds its data.
 */
import 'fake-indexeddb/auto';

import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('../../../../../renderer/platform/index', () => ({
  logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() },
}));

import {
  getComputeEngine,
  setEngines,
} from '../../../../../renderer/app/engines';
import { useNotificationsStore } from '../../../../../renderer/app/notifications-store';
import { loadWorkspace } from '../../../../../renderer/app/workspace-loader';
import { useWorkspaceStore } from '../../../../../renderer/app/workspace-store';
import {
  heldDataKey,
  isCancelled,
  restoreEngine,
} from '../../../../../renderer/features/scenario/sensitivity/analysis-source';
import { createEngineClient } from '../../../../../renderer/worker/engine-client';
import { sweepRange, sweepValues } from '../../../../../shared/scenario/sweep';
import { createInProcessWorker } from '../../../worker/fake-worker';

beforeAll(async () => {
  setEngines({
    compute: createEngineClient(createInProcessWorker),
    importer: createEngineClient(createInProcessWorker),
  });
  await loadWorkspace();
}, 60_000);

describe('analysis source after a cancel', () => {
  it('gives a fresh worker the columns back, and the figures and the next request work', async () => {
    const engine = getComputeEngine();
    const key = await heldDataKey();
    expect(key).toBe(engine.heldData());
    const policy = useWorkspaceStore.getState().baselinePolicy;
    const parameter = { kind: 'min_workers', tier: 'Mid-Market' } as const;
    const values = sweepValues(sweepRange(policy, parameter), 2, 50, 49);

    const call = engine.request('sweep', { key, policy, parameter, values });
    call.cancel();
    await expect(call.promise).rejects.toSatisfy(isCancelled);
    expect(engine.heldData()).toBeNull();

    await restoreEngine();
    expect(engine.heldData()).not.toBeNull();
    expect(useWorkspaceStore.getState().status).toBe('ready');
    expect(
      useNotificationsStore.getState().items.filter((n) => n.kind === 'error'),
    ).toEqual([]);
    const solved = await engine.request('solve', {
      key: await heldDataKey(),
      policy,
    }).promise;
    expect(solved).toHaveLength(4);
  });

  it('restores on its own when a request finds no columns held', async () => {
    const engine = getComputeEngine();
    const key = await heldDataKey();
    const policy = useWorkspaceStore.getState().baselinePolicy;
    const call = engine.request('solve', { key, policy });
    call.cancel();
    await call.promise.catch(() => undefined);
    const again = await heldDataKey();
    expect(again).not.toBe(key);
    const solved = await engine.request('solve', { key: again, policy })
      .promise;
    expect(solved.map((row) => row.tier)).toEqual([
      'SMB',
      'Mid-Market',
      'Enterprise',
      'Strategic',
    ]);
    expect(useWorkspaceStore.getState().status).toBe('ready');
  });
});
