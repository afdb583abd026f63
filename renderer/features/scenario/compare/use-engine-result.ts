import { useEffect, useMemo, useState } from 'react';

import type { ClientColumns } from '../../../../shared/columns';
import { getComputeEngine } from '../../../app/engines';
import { useWorkspaceStore } from '../../../app/workspace-store';
import { EngineError } from '../../../worker/engine-client';
import { createLatestCall } from '../../../worker/latest-call';
import type { PayloadOf, ResultOf } from '../../../worker/messages';

/** The analysis requests a screen asks of the compute worker. */
export type AnalysisRequest = 'compare' | 'pair' | 'sweep' | 'solve';

/** A request's payload without the key of the columns (added when sent). */
export type AnalysisInput<K extends AnalysisRequest> = Omit<
  PayloadOf<K>,
  'key'
>;

/** The newest answer on show, whether a newer one is on its way, and a failure. */
export type EngineResult<K extends AnalysisRequest> = {
  readonly result: ResultOf<K> | null;
  readonly pending: boolean;
  readonly error: string | null;
};

let resent = 0;

/**
 * The key of the columns the compute worker holds; when a restart lost
 * them, the period's columns (prior period already laid over) are sent
 * again, as the workspace loader does.
 */
async function heldKey(columns: ClientColumns): Promise<string> {
  const engine = getComputeEngine();
  const held = engine.heldData();
  if (held) return held;
  const key = `scenario-resend#${++resent}`;
  await engine.request('set-data', { key, columns, prior: null }).promise;
  return key;
}

/**
 * One analysis request over the period on show, answered whatever else
 * is asked meanwhile (an export's movers); rejects without a portfolio.
 */
export async function requestAnalysis<K extends AnalysisRequest>(
  type: K,
  input: AnalysisInput<K>,
): Promise<ResultOf<K>> {
  const columns = useWorkspaceStore.getState().columns;
  if (!columns) throw new Error('no portfolio is on show');
  const key = await heldKey(columns);
  const payload = { ...input, key } as PayloadOf<K>;
  return getComputeEngine().request(type, payload).promise;
}

/**
 * The compute worker's answer to `input` over the period on show, asked
 * again whenever the input or the period changes. Only the newest answer
 * is shown: one that a later change overtook is dropped. `input` must be
 * memoised by the caller (a new object is a new request); null asks nothing.
 */
export function useEngineResult<K extends AnalysisRequest>(
  type: K,
  input: AnalysisInput<K> | null,
): EngineResult<K> {
  const columns = useWorkspaceStore((s) => s.columns);
  const call = useMemo(() => createLatestCall(getComputeEngine, type), [type]);
  const [state, setState] = useState<EngineResult<K>>({
    result: null,
    pending: false,
    error: null,
  });

  useEffect(() => {
    if (!input || !columns) return;
    setState((s) => ({ ...s, pending: true }));
    call
      .run(
        async () => ({ ...input, key: await heldKey(columns) }) as PayloadOf<K>,
      )
      .then(
        (result) => {
          if (result) setState({ result, pending: false, error: null });
        },
        (error: unknown) =>
          setState((s) => ({ ...s, pending: false, error: messageOf(error) })),
      );
  }, [call, input, columns]);

  useEffect(() => () => call.drop(), [call]);
  return state;
}

function messageOf(error: unknown): string {
  if (error instanceof EngineError || error instanceof Error)
    return error.message;
  return String(error);
}
