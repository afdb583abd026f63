import { useMemo } from 'react';

import { useShallow } from 'zustand/react/shallow';

import { useWorkspaceStore } from '../../../app/workspace-store';
import type { PairOutput } from '../../../worker/messages';
import {
  BASELINE_REF,
  setPair,
  useScenarioView,
  type PolicyRef,
} from './scenario-view-store';
import { useEngineResult, type AnalysisInput } from './use-engine-result';
import { useScenarioPolicies, type NamedPolicy } from './use-scenario-policies';

/** The pair on show: the user's, else the baseline → the active scenario. */
export function usePairRefs(): { from: PolicyRef; to: PolicyRef } {
  const ids = useWorkspaceStore(
    useShallow((s) => s.scenarios.map((x) => x.id)),
  );
  const activeId = useWorkspaceStore((s) => s.activeScenarioId);
  const { pairFrom, pairTo } = useScenarioView(
    useShallow((s) => ({ pairFrom: s.pairFrom, pairTo: s.pairTo })),
  );
  const known = (ref: PolicyRef | null) =>
    ref !== null && (ref === BASELINE_REF || ids.includes(ref));
  const fallback = activeId ?? ids[0] ?? BASELINE_REF;
  return {
    from: known(pairFrom) ? pairFrom : BASELINE_REF,
    to: known(pairTo) ? pairTo! : fallback,
  };
}

/** The pair's two policies, its bridge and movers from the worker. */
export function usePair(): {
  readonly from: NamedPolicy | null;
  readonly to: NamedPolicy | null;
  readonly output: PairOutput | null;
  readonly pending: boolean;
  readonly error: string | null;
} {
  const refs = usePairRefs();
  const policies = useScenarioPolicies(
    useMemo(() => [refs.from, refs.to], [refs.from, refs.to]),
  );
  const from = policies?.find((p) => p.id === refs.from) ?? null;
  const to = policies?.find((p) => p.id === refs.to) ?? null;
  const input = useMemo(
    (): AnalysisInput<'pair'> | null =>
      from && to ? { before: from.policy, after: to.policy } : null,
    [from, to],
  );
  const { result, pending, error } = useEngineResult('pair', input);
  return { from, to, output: result, pending, error };
}

/** The two selects of a pair: from (before) and to (after). */
export function PairPickers() {
  const scenarios = useWorkspaceStore(useShallow((s) => s.scenarios));
  const { from, to } = usePairRefs();
  const options = [
    { id: BASELINE_REF, name: 'Baseline' },
    ...scenarios.map((s) => ({ id: s.id, name: s.name })),
  ];
  const select = (side: 'from' | 'to', value: PolicyRef) => (
    <select
      data-testid={`pair-${side}`}
      aria-label={side === 'from' ? 'Before' : 'After'}
      value={value}
      onChange={(e) =>
        side === 'from'
          ? setPair(e.target.value, to)
          : setPair(from, e.target.value)
      }
    >
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );
  return (
    <div className="ui-toolbar sc-pair">
      <label className="ui-toggle">
        <span className="muted">From</span>
        {select('from', from)}
      </label>
      <span aria-hidden="true">→</span>
      <label className="ui-toggle">
        <span className="muted">To</span>
        {select('to', to)}
      </label>
    </div>
  );
}
