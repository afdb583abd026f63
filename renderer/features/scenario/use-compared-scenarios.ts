import { useMemo } from 'react';

import { useWorkspaceStore } from '../../app/workspace-store';
import type { CompareOutput } from '../../worker/messages';
import { BASELINE_REF } from './compare/scenario-view-store';
import {
  useEngineResult,
  type AnalysisInput,
} from './compare/use-engine-result';
import {
  useScenarioPolicies,
  type NamedPolicy,
} from './compare/use-scenario-policies';

/** The comparison on show and whether a newer one is being computed. */
export type ComparedScenarios = {
  /** The worker's figures for the baseline and each scenario; null at first. */
  readonly output: CompareOutput | null;
  readonly pending: boolean;
  readonly error: string | null;
  /** The compared scenarios' policies as they are now, in order. */
  readonly policies: readonly NamedPolicy[];
};

/**
 * The baseline and the scenarios `ids` (at most four), computed side by
 * side in the compute worker: each scenario's figures, bridge and mover
 * count against the baseline. Asked again when the baseline's or any
 * compared scenario's policy changes; the active scenario's edits come
 * from the store, so they show as soon as the worker answers.
 */
export function useComparedScenarios(
  ids: readonly string[],
): ComparedScenarios {
  const baseline = useWorkspaceStore((s) => s.baselinePolicy);
  const refs = useMemo(() => ids.filter((id) => id !== BASELINE_REF), [ids]);
  const policies = useScenarioPolicies(refs);
  const input = useMemo((): AnalysisInput<'compare'> | null => {
    if (!policies) return null;
    return {
      baseline,
      scenarios: policies.map((p) => ({ id: p.id, policy: p.policy })),
    };
  }, [baseline, policies]);
  const { result, pending, error } = useEngineResult('compare', input);
  return { output: result, pending, error, policies: policies ?? [] };
}
