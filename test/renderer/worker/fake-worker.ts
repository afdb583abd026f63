/**
 * A Worker stand-in that runs the real engine handlers in this process,
 * answering asynchronously with structured-cloned messages as a real
 * worker would (transferred buffers are detached on the sender's side).
 */
import {
  createEngineHandlers,
  toWireError,
} from '../../../renderer/worker/engine-handlers';
import type { WorkerLike } from '../../../renderer/worker/engine-client';
import type {
  RequestMessage,
  WorkerMessage,
} from '../../../renderer/worker/messages';

type Listener = (event: { data: WorkerMessage }) => void;

/** A fake worker over the real handlers; `terminated` tells if it was ended. */
export function createInProcessWorker(): WorkerLike & {
  terminated: boolean;
  posted: RequestMessage[];
} {
  const engine = createEngineHandlers();
  const listeners: Listener[] = [];
  const worker = {
    terminated: false,
    posted: [] as RequestMessage[],
    postMessage(message: RequestMessage, transfer: Transferable[]) {
      const copy = structuredClone(message, { transfer });
      worker.posted.push(copy);
      setTimeout(() => run(copy), 0);
    },
    terminate() {
      worker.terminated = true;
    },
    addEventListener(type: string, listener: Listener) {
      if (type === 'message') listeners.push(listener);
    },
  };
  const emit = (message: WorkerMessage, transfer: Transferable[] = []) => {
    if (worker.terminated) return;
    const copy = structuredClone(message, { transfer });
    for (const listener of listeners) listener({ data: copy });
  };
  const run = (message: RequestMessage) => {
    if (worker.terminated) return;
    try {
      const { result, transfer } = engine.handle(message, (fraction, stage) =>
        emit({ kind: 'progress', id: message.id, fraction, stage }),
      );
      emit({ kind: 'response', id: message.id, ok: true, result }, transfer);
    } catch (error) {
      emit({
        kind: 'response',
        id: message.id,
        ok: false,
        error: toWireError(error),
      });
    }
  };
  return worker as unknown as WorkerLike & {
    terminated: boolean;
    posted: RequestMessage[];
  };
}
