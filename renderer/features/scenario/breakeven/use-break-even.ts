/**
 * The break-even values of the policy on show, solved in the compute
 * worker and solved again shortly after each policy edit or period change.
 * Only the newest answer is shown; one overtaken by an edit is dropped.
 */
import { useEffect, useMemo, useState } from 'react';

import type { ClientColumns } from '../../../../shared/columns';
import type { Policy } from '../../../../shared/policy';
import type { BreakEven } from '../../../../shared/scenario/types';
import { getComputeEngine } from '../../../app/engines';
import { logger } from '../../../platform/index';
import { createLatestCall } from '../../../worker/latest-call';
import {
  describeFailure,
  heldDataKey,
  isCancelled,
} from '../sensitivity/analysis-source';

/** Waits this long after an edit, so typing a value solves once. */
export const SOLVE_DELAY_MS = 200;

export type BreakEvenState = {
  /** The latest answer and the policy it was solved for. */
  readonly rows: readonly BreakEven[] | null;
  readonly solvedFor: Policy | null;
  readonly solving: boolean;
  readonly message: string | null;
};

/** Solves the policy over the columns whenever either changes. */
export function useBreakEven(
  policy: Policy,
  columns: ClientColumns | null,
): BreakEvenState {
  const solver = useMemo(() => createLatestCall(getComputeEngine, 'solve'), []);
  const [state, setState] = useState<BreakEvenState>({
    rows: null,
    solvedFor: null,
    solving: false,
    message: null,
  });

  useEffect(() => () => solver.drop(), [solver]);

  useEffect(() => {
    if (!columns) return;
    let live = true;
    setState((s) => ({ ...s, solving: true }));
    const timer = setTimeout(() => {
      solver
        .run(async () => ({ key: await heldDataKey(), policy }))
        .then((rows) => {
          if (live && rows)
            setState({
              rows,
              solvedFor: policy,
              solving: false,
              message: null,
            });
        })
        .catch((error: unknown) => {
          if (!live) return;
          // A cancel elsewhere ended the worker: the next edit solves again.
          if (!isCancelled(error))
            logger.warn('break-even failed', error as Error);
          setState((s) => ({
            ...s,
            solving: false,
            message: describeFailure('The break-even values', error),
          }));
        });
    }, SOLVE_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [solver, policy, columns]);

  return state;
}
