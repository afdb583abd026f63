import { describe, expect, it } from 'vitest';

import {
  EngineError,
  createEngineClient,
  type WorkerLike,
} from '../../../renderer/worker/engine-client';
import type {
  RequestMessage,
  WorkerMessage,
} from '../../../renderer/worker/messages';
import { createClientColumns } from '../../../shared/columns';

/** A worker whose answers the test scripts by hand. */
function scriptedWorker() {
  const listeners: {
    message: ((e: { data: WorkerMessage }) => void)[];
    error: ((e: ErrorEvent) => void)[];
  } = {
    message: [],
    error: [],
  };
  const state = {
    posted: [] as { message: RequestMessage; transfer: Transferable[] }[],
    terminated: false,
    reply: (message: WorkerMessage) =>
      listeners.message.forEach((l) => l({ data: message })),
    crash: (text: string) =>
      listeners.error.forEach((l) =>
        l({ message: text, preventDefault: () => undefined } as ErrorEvent),
      ),
  };
  const worker = {
    postMessage: (message: RequestMessage, transfer: Transferable[]) =>
      state.posted.push({ message, transfer }),
    terminate: () => {
      state.terminated = true;
    },
    addEventListener: (type: 'message' | 'error', listener: never) =>
      listeners[type].push(listener),
  } as unknown as WorkerLike;
  return { worker, state };
}

describe('engine client', () => {
  it('sends typed requests with ids and resolves each with its own response', async () => {
    const { worker, state } = scriptedWorker();
    const client = createEngineClient(() => worker);
    const first = client.request('release-table', { tableId: 't1' });
    const second = client.request('release-table', { tableId: 't2' });

    expect(state.posted.map((p) => [p.message.id, p.message.type])).toEqual([
      [1, 'release-table'],
      [2, 'release-table'],
    ]);
    state.reply({ kind: 'response', id: 2, ok: true, result: 'two' });
    state.reply({ kind: 'response', id: 1, ok: true, result: 'one' });
    expect(await first.promise).toBe('one');
    expect(await second.promise).toBe('two');
  });

  it('passes progress to the caller and transfers the given buffers', async () => {
    const { worker, state } = scriptedWorker();
    const client = createEngineClient(() => worker);
    const bytes = new Uint8Array([1, 2, 3]);
    const seen: [number, string][] = [];
    const call = client.request(
      'parse',
      { bytes, fileName: 'a.csv' },
      {
        transfer: [bytes.buffer],
        onProgress: (fraction, stage) => seen.push([fraction, stage]),
      },
    );

    expect(state.posted[0]!.transfer).toEqual([bytes.buffer]);
    state.reply({ kind: 'progress', id: 1, fraction: 0.5, stage: 'reading' });
    state.reply({
      kind: 'progress',
      id: 99,
      fraction: 0.9,
      stage: 'other request',
    });
    state.reply({ kind: 'response', id: 1, ok: true, result: null });
    await call.promise;
    expect(seen).toEqual([[0.5, 'reading']]);
  });

  it('rejects with the engine error, code and details intact', async () => {
    const { worker, state } = scriptedWorker();
    const call = createEngineClient(() => worker).request('release-table', {
      tableId: 'x',
    });
    state.reply({
      kind: 'response',
      id: 1,
      ok: false,
      error: {
        name: 'ImportError',
        code: 'E_DUPLICATE_COLUMN',
        message: 'arr twice',
        details: { columns: [5, 6] },
      },
    });

    const error = await call.promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({
      name: 'ImportError',
      code: 'E_DUPLICATE_COLUMN',
      message: 'arr twice',
      details: { columns: [5, 6] },
    });
  });

  it('cancels by ending the worker, failing what was pending, and starts a new one next', async () => {
    const spawned: ReturnType<typeof scriptedWorker>[] = [];
    const client = createEngineClient(() => {
      spawned.push(scriptedWorker());
      return spawned[spawned.length - 1]!.worker;
    });
    const held = client.request('set-data', {
      key: 'period#1',
      columns: createClientColumns(0),
      prior: null,
    });
    expect(client.heldData()).toBe('period#1');
    const call = client.request('release-table', { tableId: 'x' });

    call.cancel();
    await expect(call.promise).rejects.toMatchObject({ code: 'E_CANCELLED' });
    await expect(held.promise).rejects.toMatchObject({ code: 'E_CANCELLED' });
    expect(spawned[0]!.state.terminated).toBe(true);
    // The new worker holds no columns: the loader sends them again.
    expect(client.heldData()).toBeNull();

    const next = client.request('release-table', { tableId: 'y' });
    expect(spawned).toHaveLength(2);
    spawned[1]!.state.reply({
      kind: 'response',
      id: 3,
      ok: true,
      result: null,
    });
    await expect(next.promise).resolves.toBeNull();
  });

  it('cancel after the answer came does nothing', async () => {
    const { worker, state } = scriptedWorker();
    const call = createEngineClient(() => worker).request('release-table', {
      tableId: 'x',
    });
    state.reply({ kind: 'response', id: 1, ok: true, result: null });
    await call.promise;

    call.cancel();
    expect(state.terminated).toBe(false);
  });

  it('fails every pending request when the worker crashes', async () => {
    const { worker, state } = scriptedWorker();
    const call = createEngineClient(() => worker).request('release-table', {
      tableId: 'x',
    });
    state.crash('script failed to load');

    await expect(call.promise).rejects.toMatchObject({
      code: 'E_WORKER',
      message: 'script failed to load',
    });
  });
});
