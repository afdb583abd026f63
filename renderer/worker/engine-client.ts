/**
 * The UI's side of the engine worker: typed requests that resolve with the
 * worker's response, progress callbacks, and cancel. Cancelling ends the
 * worker (a parse in progress cannot be interrupted any other way) and the
 * next request starts a fresh one, so state the worker held is gone.
 */
import type {
  PayloadOf,
  RequestMessage,
  RequestType,
  ResultOf,
  WireError,
  WorkerMessage,
} from './messages';
import { packForWire, unpackFromWire } from './wire-pack';

/** The part of a Worker the client uses (a fake in tests). */
export type WorkerLike = {
  postMessage(message: RequestMessage, transfer: Transferable[]): void;
  terminate(): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<WorkerMessage>) => void,
  ): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
};

/** An error the engine threw in the worker (or the worker's own failure). */
export class EngineError extends Error {
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;
  constructor(wire: WireError) {
    super(wire.message);
    this.name = wire.name;
    this.code = wire.code;
    this.details = wire.details;
  }
}

/** One request under way. */
export type EngineCall<T> = {
  readonly promise: Promise<T>;
  /** Ends the worker; the promise rejects with code E_CANCELLED. */
  readonly cancel: () => void;
};

export type RequestOptions = {
  readonly transfer?: Transferable[];
  readonly onProgress?: (fraction: number, stage: string) => void;
};

type Pending = {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: (fraction: number, stage: string) => void;
};

/** A client of one engine worker, started on first use. */
export type EngineClient = {
  request<K extends RequestType>(
    type: K,
    payload: PayloadOf<K>,
    options?: RequestOptions,
  ): EngineCall<ResultOf<K>>;
  /**
   * The key of the columns last sent to the running worker (`set-data`),
   * or null when it holds none (not started, restarted, or the send
   * failed). Requests posted after are answered over those columns.
   */
  readonly heldData: () => string | null;
  /** Ends the worker and fails every request under way. */
  readonly terminate: () => void;
};

/** A client that starts workers with `spawn`. */
export function createEngineClient(spawn: () => WorkerLike): EngineClient {
  const pending = new Map<number, Pending>();
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let held: string | null = null;

  const failAll = (wire: WireError) => {
    for (const entry of pending.values()) entry.reject(new EngineError(wire));
    pending.clear();
  };

  const stop = (wire: WireError) => {
    worker?.terminate();
    worker = null;
    held = null;
    failAll(wire);
  };

  const onMessage = (message: WorkerMessage) => {
    const entry = pending.get(message.id);
    if (!entry) return;
    if (message.kind === 'progress') {
      entry.onProgress?.(message.fraction, message.stage);
      return;
    }
    pending.delete(message.id);
    if (message.ok) entry.resolve(unpackFromWire(message.result));
    else entry.reject(new EngineError(message.error));
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const started = spawn();
    started.addEventListener('message', (event) => onMessage(event.data));
    started.addEventListener('error', (event) => {
      event.preventDefault?.();
      stop({
        name: 'Error',
        code: 'E_WORKER',
        message: event.message || 'the engine stopped unexpectedly',
        details: {},
      });
    });
    worker = started;
    return started;
  };

  // The worker answers in order: what it holds is the last key sent.
  const trackHeld = (promise: Promise<unknown>, key: string) => {
    held = key;
    promise.catch(() => {
      if (held === key) held = null;
    });
  };

  return {
    request(type, payload, options = {}) {
      const id = nextId++;
      const target = ensureWorker();
      const promise = new Promise<never>((resolve, reject) => {
        pending.set(id, {
          resolve: resolve as (v: unknown) => void,
          reject,
          onProgress: options.onProgress,
        });
      });
      // Long string columns go packed (see wire-pack.ts); the worker unpacks.
      const wire = packForWire(payload);
      target.postMessage(
        { kind: 'request', id, type, payload: wire.value } as RequestMessage,
        [...(options.transfer ?? []), ...wire.transfer],
      );
      if (type === 'set-data')
        trackHeld(promise, (payload as { key: string }).key);
      const cancel = () => {
        if (pending.has(id))
          stop({
            name: 'EngineError',
            code: 'E_CANCELLED',
            message: 'cancelled',
            details: {},
          });
      };
      return { promise, cancel };
    },
    heldData: () => held,
    terminate: () =>
      stop({
        name: 'EngineError',
        code: 'E_CANCELLED',
        message: 'engine stopped',
        details: {},
      }),
  };
}

/** A client of the real worker bundle. */
export function createWorkerEngineClient(): EngineClient {
  return createEngineClient(
    () =>
      new Worker(new URL('./engine.worker.ts', import.meta.url), {
        type: 'module',
        name: 'tierwise-engine',
      }) as unknown as WorkerLike,
  );
}
