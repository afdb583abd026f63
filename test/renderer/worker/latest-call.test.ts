import { describe, expect, it } from 'vitest';

import type { EngineClient } from '../../../renderer/worker/engine-client';
import { createLatestCall } from '../../../renderer/worker/latest-call';

/** An engine whose answers the test gives by hand, in any order. */
function manualEngine() {
  const sent: {
    payload: unknown;
    resolve: (value: unknown) => void;
    reject: (error: Error) => void;
  }[] = [];
  const engine = {
    request: (_type: string, payload: unknown) => {
      let resolve!: (value: unknown) => void;
      let reject!: (error: Error) => void;
      const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
      });
      sent.push({ payload, resolve, reject });
      return { promise, cancel: () => undefined };
    },
  } as unknown as EngineClient;
  return { engine, sent };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latest call', () => {
  it('sends one request at a time, skips the ones a newer replaced, and drops overtaken answers', async () => {
    const { engine, sent } = manualEngine();
    const call = createLatestCall(() => engine, 'solve');
    const payload = (n: number) => () => ({ key: `k${n}` }) as never;
    const first = call.run(payload(1));
    await tick();
    const second = call.run(payload(2));
    const third = call.run(payload(3));
    await tick();
    expect(sent.map((s) => s.payload)).toEqual([{ key: 'k1' }]);
    expect(await second).toBeNull();

    sent[0]!.resolve('one');
    expect(await first).toBeNull();
    await tick();
    expect(sent.map((s) => s.payload)).toEqual([{ key: 'k1' }, { key: 'k3' }]);
    sent[1]!.resolve('three');
    expect(await third).toBe('three');
  });

  it('builds the payload when it is sent, not when it is asked', async () => {
    const { engine, sent } = manualEngine();
    const call = createLatestCall(() => engine, 'solve');
    let key = 'old';
    const first = call.run(() => ({ key }) as never);
    await tick();
    const second = call.run(() => ({ key }) as never);
    key = 'new';
    sent[0]!.resolve(1);
    await first;
    await tick();
    expect(sent[1]!.payload).toEqual({ key: 'new' });
    sent[1]!.resolve(2);
    expect(await second).toBe(2);
  });

  it('rejects with the newest request only; an overtaken failure is dropped', async () => {
    const { engine, sent } = manualEngine();
    const call = createLatestCall(() => engine, 'solve');
    const first = call.run(() => ({ key: 'a' }) as never);
    await tick();
    const second = call.run(() => ({ key: 'b' }) as never);
    sent[0]!.reject(new Error('old failure'));
    expect(await first).toBeNull();
    await tick();
    sent[1]!.reject(new Error('new failure'));
    await expect(second).rejects.toThrow('new failure');
  });

  it('drops everything still to come when the screen goes away', async () => {
    const { engine, sent } = manualEngine();
    const call = createLatestCall(() => engine, 'solve');
    const first = call.run(() => ({ key: 'a' }) as never);
    await tick();
    const waiting = call.run(() => ({ key: 'b' }) as never);
    call.drop();
    expect(await waiting).toBeNull();
    sent[0]!.resolve('late');
    expect(await first).toBeNull();
    await tick();
    expect(sent).toHaveLength(1);
  });
});
