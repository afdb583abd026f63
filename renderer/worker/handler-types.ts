/** The shape of the worker's request handlers, shared by its handler files. */
import type { PayloadOf, RequestType, ResultOf } from './messages';

/** Reports a fraction done of the request being handled. */
export type ProgressSink = (fraction: number, stage: string) => void;

/** A handled request's result and the buffers to transfer with it. */
export type HandlerOutput<K extends RequestType = RequestType> = {
  readonly result: ResultOf<K>;
  readonly transfer: Transferable[];
};

/** The handler of one request type. */
export type Handler<K extends RequestType> = (
  payload: PayloadOf<K>,
  progress: ProgressSink,
) => HandlerOutput<K>;

/** A handler for each request type in `K`. */
export type HandlersOf<K extends RequestType> = { [T in K]: Handler<T> };
