/**
 * The worker's scenario analysis requests: the baseline and up to four
 * scenarios side by side, bridge and movers between any two policies, a
 * threshold sweep and the break-even solver, all over the columns the
 * worker holds. Results carry figures only, never per-client arrays.
 */
import type { ClientColumns } from '../../shared/columns';
import type { PortfolioResult } from '../../shared/engine/types';
import { computeBridge } from '../../shared/scenario/bridge';
import { countMovers, findMovers } from '../../shared/scenario/movers';
import { solveBreakEven } from '../../shared/scenario/solver';
import { runSweep } from '../../shared/scenario/sweep';
import type { PolicyRun } from '../../shared/scenario/types';

import type { HandlersOf } from './handler-types';
import {
  MAX_COMPARED,
  type ComparedFigures,
  type PolicyFigures,
} from './messages';
import { policyKey, type PolicyRuns } from './policy-runs';

/** A scenario's figures and what separates it from the baseline. */
type Delta = Omit<ComparedFigures, 'id' | 'name'>;

/** The columns of a loaded period and the runs computed over them. */
export type LoadedData = {
  readonly columns: ClientColumns;
  readonly runs: PolicyRuns;
};

type State = {
  /** Each compared scenario's figures against the baseline, by content. */
  deltas: Map<string, Delta>;
};

/** A policy's figures, without its per-client arrays or CSM book. */
export function toFigures(result: PortfolioResult): PolicyFigures {
  const { segments, total, hiring, matrix } = result;
  return { segments, total, hiring, matrix };
}

function deltaOf(
  columns: ClientColumns,
  base: PolicyRun,
  next: PolicyRun,
): Delta {
  return {
    ...toFigures(next.result),
    bridge: computeBridge(columns, base, next),
    moverCount: countMovers(base.result, next.result),
  };
}

/**
 * Handlers of compare, pair, sweep and solve over the held columns. The
 * runs are the ones `compute` keeps too, so an edit computes its scenario
 * once for both.
 */
export function createAnalysisHandlers(
  loadedOf: (key: string) => LoadedData,
): HandlersOf<'compare' | 'pair' | 'sweep' | 'solve'> {
  // Per set of columns: a new period (new columns) starts afresh.
  const states = new WeakMap<ClientColumns, State>();
  const stateOf = (columns: ClientColumns): State => {
    let state = states.get(columns);
    if (!state) {
      state = { deltas: new Map() };
      states.set(columns, state);
    }
    return state;
  };

  return {
    compare: ({ key, baseline, scenarios }) => {
      if (scenarios.length > MAX_COMPARED)
        throw codedError(
          'E_TOO_MANY',
          `at most ${MAX_COMPARED} scenarios are compared at once`,
        );
      const started = performance.now();
      const { columns, runs } = loadedOf(key);
      const state = stateOf(columns);
      const base = runs.runOf(baseline);
      const baseKey = policyKey(baseline);
      const kept = new Map<string, Delta>();
      const compared: ComparedFigures[] = scenarios.map(({ id, policy }) => {
        const deltaKey = `${baseKey}\u0000${policyKey(policy)}`;
        const delta =
          kept.get(deltaKey) ??
          state.deltas.get(deltaKey) ??
          deltaOf(columns, runs.runOf(baseline), runs.runOf(policy));
        kept.set(deltaKey, delta);
        return { id, name: policy.name, ...delta };
      });
      state.deltas = kept;
      const result = {
        baseline: toFigures(base.result),
        scenarios: compared,
        ms: performance.now() - started,
      };
      return { result, transfer: [] };
    },
    pair: ({ key, before, after }) => {
      const { columns, runs } = loadedOf(key);
      // The second run replaces the least recently used slot, never the first.
      const from = runs.runOf(before);
      const to = runs.runOf(after);
      const result = {
        bridge: computeBridge(columns, from, to),
        movers: findMovers(columns, from, to),
        before: toFigures(from.result),
        after: toFigures(to.result),
      };
      return { result, transfer: [] };
    },
    sweep: ({ key, policy, parameter, values }, progress) => {
      progress(0, 'sweeping');
      const result = runSweep(
        loadedOf(key).columns,
        policy,
        parameter,
        values,
        (fraction) => progress(fraction, 'sweeping'),
      );
      return { result, transfer: [] };
    },
    solve: ({ key, policy }, progress) => {
      progress(0, 'solving');
      return {
        result: solveBreakEven(loadedOf(key).columns, policy),
        transfer: [],
      };
    },
  };
}

function codedError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}
