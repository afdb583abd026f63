/**
 * Runs one sweep at a time in the compute worker, with its progress and
 * cancel. Cancelling ends the worker (a sweep cannot be interrupted any
 * other way); the period's columns are then sent to a fresh one, so the
 * figures on every screen keep computing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

import type { Policy } from '../../../../shared/policy';
import type {
  SweepParameter,
  SweepResult,
} from '../../../../shared/scenario/types';
import { getComputeEngine } from '../../../app/engines';
import { logger } from '../../../platform/index';
import type { EngineCall } from '../../../worker/engine-client';
import {
  describeFailure,
  heldDataKey,
  isCancelled,
  restoreEngine,
} from './analysis-source';

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

const IDLE: SweepState = {
  status: 'idle',
  progress: 0,
  message: null,
  run: null,
};

/** The sweep runner of one panel. */
export function useSweep() {
  const [state, setState] = useState<SweepState>(IDLE);
  const call = useRef<EngineCall<SweepResult> | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      // A sweep under way finishes in the worker; its answer is dropped.
      mounted.current = false;
    };
  }, []);

  const show = useCallback((next: Partial<SweepState>) => {
    if (mounted.current) setState((before) => ({ ...before, ...next }));
  }, []);

  const run = useCallback(
    async (policy: Policy, parameter: SweepParameter, values: number[]) => {
      show({ status: 'running', progress: 0, message: null });
      const started = performance.now();
      try {
        const key = await heldDataKey();
        const current = getComputeEngine().request(
          'sweep',
          { key, policy, parameter, values },
          { onProgress: (fraction) => show({ progress: fraction }) },
        );
        call.current = current;
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
        call.current = null;
      }
    },
    [show],
  );

  const cancel = useCallback(() => {
    const current = call.current;
    if (!current) return;
    current.cancel();
    // The worker was ended with the period's columns: give a new one them.
    void restoreEngine().catch((error: unknown) =>
      logger.warn('the engine could not be restarted', error as Error),
    );
  }, []);

  return { state, run, cancel };
}
