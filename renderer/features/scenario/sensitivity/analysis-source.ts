/**
 * What the Sensitivity and Break-even panels analyse: the active
 * scenario's policy (or the baseline's when none is active) over the
 * period on show, and the key of the columns the compute worker holds, so
 * a request sends only a policy.
 */
import { useShallow } from 'zustand/react/shallow';

import type { ClientColumns } from '../../../../shared/columns';
import type { PortfolioResult } from '../../../../shared/engine/types';
import type { Policy } from '../../../../shared/policy';
import { getComputeEngine } from '../../../app/engines';
import { recompute } from '../../../app/workspace-loader';
import { useWorkspaceStore } from '../../../app/workspace-store';
import { EngineError } from '../../../worker/engine-client';

/** The policy analysed and what the screens computed for it. */
export type AnalysisSource = {
  readonly period: string | null;
  readonly columns: ClientColumns | null;
  readonly policy: Policy;
  readonly result: PortfolioResult | null;
  /** The active scenario's name; null when the baseline is analysed. */
  readonly scenarioName: string | null;
  readonly currency: string;
};

/** The active scenario (or the baseline) as the analysis panels read it. */
export function useAnalysisSource(): AnalysisSource {
  return useWorkspaceStore(
    useShallow((s) => {
      const onScenario = s.scenarioPolicy !== null && s.scenario !== null;
      return {
        period: s.period,
        columns: s.columns,
        policy: onScenario ? s.scenarioPolicy! : s.baselinePolicy,
        result: onScenario ? s.scenario : s.baseline,
        scenarioName: onScenario ? s.scenarioPolicy!.name : null,
        currency: s.currency,
      };
    }),
  );
}

/** Which policy the panel works on, in words. */
export function describeSource(source: AnalysisSource): string {
  return source.scenarioName === null
    ? 'the baseline policy'
    : `the scenario ${source.scenarioName}`;
}

/**
 * The key of the columns the compute worker holds. A worker ended by a
 * cancel holds none: a fresh one is given the period's columns first.
 */
export async function heldDataKey(): Promise<string> {
  const held = getComputeEngine().heldData();
  if (held !== null) return held;
  await restoreEngine();
  const again = getComputeEngine().heldData();
  if (again === null) {
    throw new Error('the period on show is not loaded in the engine yet');
  }
  return again;
}

/**
 * After a cancel ended the compute worker: the data layer sees that no
 * worker holds the period's columns, sends them to a fresh one and
 * recomputes.
 */
export async function restoreEngine(): Promise<void> {
  if (getComputeEngine().heldData() !== null) return;
  await recompute();
}

/** Whether an error is the one a cancel gives. */
export function isCancelled(error: unknown): boolean {
  return error instanceof EngineError && error.code === 'E_CANCELLED';
}

/** An engine error in words a user can act on. */
export function describeFailure(what: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `${what} could not be computed: ${detail}.`;
}
