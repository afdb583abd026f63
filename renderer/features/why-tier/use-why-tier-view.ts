/**
 * What the "Why this tier" card explains: the client under the policy on
 * show (the active scenario, or the baseline), or under both policies of
 * the pair it was opened with. A pair's policy need not be on show, so its
 * run is computed here on the main thread (a few ms at 100k clients) and
 * kept per policy while the card is open.
 */
import { useEffect, useMemo, useRef } from 'react';

import type { ClientColumns } from '../../../shared/columns';
import { computePortfolio } from '../../../shared/engine/index';
import type { PortfolioResult } from '../../../shared/engine/types';
import type { Policy } from '../../../shared/policy';
import { explainClient } from '../../../shared/scenario/explain';
import type { TierExplanation } from '../../../shared/scenario/types';
import { useWorkspaceStore } from '../../app/workspace-store';
import { policyKey } from '../../worker/policy-runs';
import { useWhyTierStore, type WhyTierPair } from './why-tier-store';

/** The client under one policy, with what the card calls that policy. */
export type ExplainedSide = {
  readonly key: 'shown' | 'from' | 'to';
  /** The policy's name as the pair names it; `the baseline policy` alone. */
  readonly name: string;
  readonly explanation: TierExplanation;
};

/** The card's content: one side alone, or a pair's before and after. */
export type WhyTierView = {
  readonly sides: readonly ExplainedSide[];
  readonly pair: boolean;
};

/** Runs of policies over one set of columns, each computed once. */
export type RunCache = {
  readonly resultOf: (
    columns: ClientColumns,
    policy: Policy,
  ) => PortfolioResult;
  readonly clear: () => void;
};

/** A cache of runs by policy content (not name); other columns start it afresh. */
export function createRunCache(): RunCache {
  let held: ClientColumns | null = null;
  const results = new Map<string, PortfolioResult>();
  return {
    resultOf(columns, policy) {
      if (held !== columns) {
        results.clear();
        held = columns;
      }
      const key = policyKey(policy);
      let result = results.get(key);
      if (!result) {
        result = computePortfolio(columns, policy);
        results.set(key, result);
      }
      return result;
    },
    clear() {
      results.clear();
      held = null;
    },
  };
}

/** The client the card is open on, explained; null when closed or unknown. */
export function useWhyTierView(): WhyTierView | null {
  const index = useWhyTierStore((s) => s.index);
  const pair = useWhyTierStore((s) => s.pair);
  const columns = useWorkspaceStore((s) => s.columns);
  // The reasons label amounts in the import's currency, as the tables do.
  const currency = useWorkspaceStore((s) => s.currency);
  const shown = useShownRun();
  const cache = useRef<RunCache | null>(null);
  cache.current ??= createRunCache();

  // Closed, the runs of the pair are let go.
  useEffect(() => {
    if (index === null) cache.current?.clear();
  }, [index]);

  return useMemo(() => {
    if (index === null || !columns || index >= columns.length) return null;
    if (pair) return pairView(columns, pair, index, cache.current!, currency);
    if (!shown.result) return null;
    const { policy, result } = shown;
    const run = { policy, result };
    const explanation = explainClient(columns, run, index, currency);
    return {
      pair: false,
      sides: [{ key: 'shown', name: shown.name, explanation }],
    };
  }, [index, pair, columns, shown, currency]);
}

function pairView(
  columns: ClientColumns,
  pair: WhyTierPair,
  index: number,
  cache: RunCache,
  currency: string,
): WhyTierView {
  const side = (key: 'from' | 'to'): ExplainedSide => {
    const { name, policy } = pair[key];
    const result = cache.resultOf(columns, policy);
    return {
      key,
      name,
      explanation: explainClient(columns, { policy, result }, index, currency),
    };
  };
  return { pair: true, sides: [side('from'), side('to')] };
}

/** The policy on show and its result: the active scenario's, else the baseline's. */
function useShownRun() {
  const onScenario = useWorkspaceStore(
    (s) => s.scenarioPolicy !== null && s.scenario !== null,
  );
  const policy = useWorkspaceStore((s) =>
    onScenario ? s.scenarioPolicy! : s.baselinePolicy,
  );
  const result = useWorkspaceStore((s) =>
    onScenario ? s.scenario : s.baseline,
  );
  return useMemo(
    () => ({
      policy,
      result,
      name: onScenario ? `the scenario ${policy.name}` : 'the baseline policy',
    }),
    [policy, result, onScenario],
  );
}
