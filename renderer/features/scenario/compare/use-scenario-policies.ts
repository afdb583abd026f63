import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';

import type { Policy } from '../../../../shared/policy';
import { policyKey } from '../../../worker/policy-runs';
import { useWorkspaceStore } from '../../../app/workspace-store';
import { getDb } from '../../../db/db';
import { loadScenario } from '../../../db/policies-repo';
import { BASELINE_REF, type PolicyRef } from './scenario-view-store';

/** A policy the screen compares, with the id it is known by. */
export type NamedPolicy = {
  readonly id: PolicyRef;
  readonly name: string;
  readonly policy: Policy;
};

const SEPARATOR = '\u0000';

/**
 * The policies of `refs` (scenario ids or `baseline`), in that order: the
 * baseline and the active scenario from the store, so an edit shows at
 * once, and other scenarios read live from storage. A ref that is not
 * stored (deleted, damaged) is left out; null while storage is read.
 */
export function useScenarioPolicies(
  refs: readonly PolicyRef[],
): readonly NamedPolicy[] | null {
  const activeId = useWorkspaceStore((s) => s.activeScenarioId);
  const active = useWorkspaceStore((s) => s.scenarioPolicy);
  const baseline = useWorkspaceStore((s) => s.baselinePolicy);
  const key = refs.join(SEPARATOR);
  const stored = useLiveQuery(async () => {
    const ids = key
      .split(SEPARATOR)
      .filter((id) => id && id !== BASELINE_REF && id !== activeId);
    const found = await Promise.all(
      ids.map((id) => loadScenario(getDb(), id).catch(() => null)),
    );
    return new Map(
      found.filter((s) => s !== null).map((s) => [s.id, s] as const),
    );
  }, [key, activeId]);

  const last = useRef<readonly NamedPolicy[] | null>(null);
  return useMemo(() => {
    if (!stored) return null;
    const named: NamedPolicy[] = [];
    for (const id of key.split(SEPARATOR).filter(Boolean)) {
      if (id === BASELINE_REF)
        named.push({ id, name: 'Baseline', policy: baseline });
      else if (id === activeId && active)
        named.push({ id, name: active.name, policy: active });
      else {
        const scenario = stored.get(id);
        if (scenario)
          named.push({ id, name: scenario.name, policy: scenario.policy });
      }
    }
    // Storage is read again on every write (a save of the active scenario):
    // the same policies again are no change, so nothing is asked anew.
    if (last.current && samePolicies(last.current, named)) return last.current;
    last.current = named;
    return named;
  }, [stored, key, activeId, active, baseline]);
}

function samePolicies(a: readonly NamedPolicy[], b: readonly NamedPolicy[]) {
  return (
    a.length === b.length &&
    a.every(
      (p, k) =>
        p.id === b[k]!.id &&
        p.name === b[k]!.name &&
        (p.policy === b[k]!.policy ||
          policyKey(p.policy) === policyKey(b[k]!.policy)),
    )
  );
}
