/**
 * Requests of one kind where only the newest answer matters (a compare
 * while the user edits): one is in the worker at a time, a newer one waits
 * in its place, and the answer of a request that a newer one overtook is
 * dropped (resolved as null) instead of shown.
 */
import type { EngineClient } from './engine-client';
import type { PayloadOf, RequestType, ResultOf } from './messages';

type Job<K extends RequestType> = {
  readonly seq: number;
  readonly payload: () => Promise<PayloadOf<K>> | PayloadOf<K>;
  readonly resolve: (value: ResultOf<K> | null) => void;
  readonly reject: (error: unknown) => void;
};

/** Runs the newest request of a kind; older answers resolve as null. */
export type LatestCall<K extends RequestType> = {
  /**
   * Sends the request built by `payload` (built when it is sent, so it
   * names the data the worker holds then); null when overtaken.
   */
  run(
    payload: () => Promise<PayloadOf<K>> | PayloadOf<K>,
  ): Promise<ResultOf<K> | null>;
  /** Drops every answer still to come (the screen went away). */
  drop(): void;
};

/** A latest-only runner of `type` requests on the engine `engine()` gives. */
export function createLatestCall<K extends RequestType>(
  engine: () => EngineClient,
  type: K,
): LatestCall<K> {
  let latest = 0;
  let busy = false;
  let waiting: Job<K> | null = null;

  const send = async (job: Job<K>) => {
    busy = true;
    try {
      const payload = await job.payload();
      const result = await engine().request(type, payload).promise;
      job.resolve(job.seq === latest ? result : null);
    } catch (error) {
      if (job.seq === latest) job.reject(error);
      else job.resolve(null);
    } finally {
      busy = false;
      pump();
    }
  };

  const pump = () => {
    if (busy || !waiting) return;
    const job = waiting;
    waiting = null;
    void send(job);
  };

  return {
    run(payload) {
      const seq = ++latest;
      return new Promise((resolve, reject) => {
        // Never sent: a newer request takes its place.
        waiting?.resolve(null);
        waiting = { seq, payload, resolve, reject };
        pump();
      });
    },
    drop() {
      latest++;
      waiting?.resolve(null);
      waiting = null;
    },
  };
}
