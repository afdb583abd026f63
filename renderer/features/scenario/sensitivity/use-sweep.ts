/**
 * Runs one sweep at a time in the compute worker, with its progress and
 * cancel, whether or not the Sensitivity tab is on show. Cancelling ends
 * the worker (a sweep cannot be interrupted any other way); the period's
 * columns are then sent to a fresh one, so the figures on every screen
 * keep computing.
 */
import { useCallback } from 'react';

import type { Policy } from '../../../../shared/policy';
import type {
  SweepParameter,
  SweepResult,
} from '../../../../shared/scenario/types';
import { getComputeEngine } from '../../../app/engines';
import { logger } from '../../../platform/index';
import {
  describeFailure,
  heldDataKey,
  isCancelled,
  restoreEngine,
} from './analysis-source';
import {
  beginSweep,
  endSweep,
  holdSweepCall,
  isAwaited,
  sessionFor,
  sweepUnderWay,
  updateSession,
  useSensitivityStore,
} from './sensitivity-store';

/** A finished sweep and the policy it was run on. */
export type SweepRun = {
  readonly result: SweepResult;
  readonly policy: Policy;
  readonly ms: number;
};

/**
 * Where the runner is; the last finished sweep stays on show while a new
 * one runs, after a cancel and after a failure.
 */
export type SweepState = {
  readonly status: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  /** 0…1 while running. */
  readonly progress: number;
  readonly message: string | null;
  readonly run: SweepRun | null;
};

/**
 * The sweep runner of the period on show. Its state lives in the
 * sensitivity store, so a sweep started before the tab was left finishes
 * into it and shows (or can be cancelled) when the tab is back.
 */
export function useSweep(period: string | null) {
  const state = useSensitivityStore((s) => sessionFor(s, period).sweep);

  const run = useCallback(
    async (policy: Policy, parameter: SweepParameter, values: number[]) => {
      const token = beginSweep();
      // Only the sweep awaited writes: one of another period, or replaced, is dropped.
      const show = (next: Partial<SweepState>) => {
        if (!isAwaited(token)) return;
        const before = sessionFor(useSensitivityStore.getState(), period);
        updateSession(period, { sweep: { ...before.sweep, ...next } });
      };
      show({ status: 'running', progress: 0, message: null });
      const started = performance.now();
      try {
        const key = await heldDataKey();
        const current = getComputeEngine().request(
          'sweep',
          { key, policy, parameter, values },
          { onProgress: (fraction) => show({ progress: fraction }) },
        );
        holdSweepCall(token, current);
        const result = await current.promise;
        show({
          status: 'done',
          progress: 1,
          run: { result, policy, ms: performance.now() - started },
        });
      } catch (error) {
        if (isCancelled(error)) return show({ status: 'cancelled' });
        logger.warn('the sweep failed', error as Error);
        show({ status: 'error', message: describeFailure('The sweep', error) });
      } finally {
        endSweep(token);
      }
    },
    [period],
  );

  const cancel = useCallback(() => {
    const current = sweepUnderWay();
    if (!current) return;
    current.cancel();
    // The worker was ended with the period's columns: give a new one them.
    void restoreEngine().catch((error: unknown) =>
      logger.warn('the engine could not be restarted', error as Error),
    );
  }, []);

  return { state, run, cancel };
}
