/**
 * A compute engine stand-in for the analysis panels' tests: every request
 * waits until the test answers it (with the real engine's output, through
 * `answer`), progress can be reported in between, and a cancel rejects it
 * with E_CANCELLED and drops the held columns as the real client does.
 */
import {
  EngineError,
  type EngineClient,
  type RequestOptions,
} from '../../../../renderer/worker/engine-client';
import type {
  PayloadOf,
  RequestType,
  ResultOf,
} from '../../../../renderer/worker/messages';

/** One request the panel sent. */
export type FakeCall = {
  readonly type: RequestType;
  readonly payload: unknown;
  readonly options: RequestOptions;
  settled: boolean;
  cancelled: boolean;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
};

export type FakeAnalysisEngine = {
  readonly client: EngineClient;
  readonly calls: FakeCall[];
  /** The key the fake worker holds; null after a cancel. */
  held: string | null;
  /** Answers the oldest open request of `type` with `compute(payload)`. */
  answer<K extends RequestType>(
    type: K,
    compute: (payload: PayloadOf<K>, call: FakeCall) => ResultOf<K>,
  ): FakeCall;
  /** Open requests of a type. */
  open(type: RequestType): FakeCall[];
};

const cancelled = () =>
  new EngineError({
    name: 'EngineError',
    code: 'E_CANCELLED',
    message: 'cancelled',
    details: {},
  });

/** A fake engine client holding the columns under `key`. */
export function createFakeAnalysisEngine(key = 'period#1'): FakeAnalysisEngine {
  const calls: FakeCall[] = [];
  const fake: FakeAnalysisEngine = {
    calls,
    held: key,
    client: {
      request(type, payload, options = {}) {
        let call!: FakeCall;
        const promise = new Promise<never>((resolve, reject) => {
          call = {
            type,
            payload,
            options,
            settled: false,
            cancelled: false,
            resolve: resolve as (value: unknown) => void,
            reject,
          };
        });
        calls.push(call);
        const cancel = () => {
          if (call.settled) return;
          call.settled = true;
          call.cancelled = true;
          fake.held = null;
          call.reject(cancelled());
        };
        return { promise, cancel };
      },
      heldData: () => fake.held,
      terminate: () => undefined,
    },
    open: (type) => calls.filter((c) => c.type === type && !c.settled),
    answer(type, compute) {
      const call = fake.open(type)[0];
      if (!call) throw new Error(`no open ${type} request`);
      call.settled = true;
      call.resolve(compute(call.payload as PayloadOf<typeof type>, call));
      return call;
    },
  };
  return fake;
}
