/**
 * The engine's Web Worker: parsing, import validation and every recompute
 * run here so the window never freezes. The logic is in engine-handlers.ts.
 */
import { createEngineHandlers, toWireError } from './engine-handlers';
import type { RequestMessage, WorkerMessage } from './messages';
import { packForWire } from './wire-pack';

type WorkerScope = {
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<RequestMessage>) => void,
  ): void;
};

const scope = self as unknown as WorkerScope;
const engine = createEngineHandlers();

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message?.kind !== 'request') return;
  try {
    const { result, transfer } = engine.handle(message, (fraction, stage) =>
      scope.postMessage({ kind: 'progress', id: message.id, fraction, stage }),
    );
    // Long string arrays go packed; the client unpacks them.
    const wire = packForWire(result);
    scope.postMessage(
      { kind: 'response', id: message.id, ok: true, result: wire.value },
      [...transfer, ...wire.transfer],
    );
  } catch (error) {
    scope.postMessage({
      kind: 'response',
      id: message.id,
      ok: false,
      error: toWireError(error),
    });
  }
});
