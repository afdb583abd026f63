/**
 * Policy runs the worker keeps between requests: a few computed results
 * over one set of columns, each in its own reused buffers, found again by
 * the policy's content. An edit of one scenario recomputes that scenario
 * only; the baseline and the other compared scenarios are found here.
 */
import type { ClientColumns } from '../../shared/columns';
import {
  computePortfolio,
  createPortfolioBuffers,
} from '../../shared/engine/index';
import type { PortfolioBuffers } from '../../shared/engine/types';
import type { Policy } from '../../shared/policy';
import type { PolicyRun } from '../../shared/scenario/types';

type Slot = { key: string | null; run: PolicyRun | null; used: number };

/** The content of a policy that the engine reads (its name is not). */
export function policyKey(policy: Policy): string {
  return JSON.stringify({ ...policy, name: '' });
}

/** Computed runs over one set of columns, least recently used replaced. */
export type PolicyRuns = {
  /** The run of a policy: kept, or computed into the oldest slot. */
  readonly runOf: (policy: Policy) => PolicyRun;
  /** How many runs were computed (not found), for tests. */
  readonly computed: () => number;
};

/** Up to `size` runs over `columns`; every run needs its own buffers. */
export function createPolicyRuns(
  columns: ClientColumns,
  size: number,
): PolicyRuns {
  const slots: (Slot & { buffers: PortfolioBuffers | null })[] = Array.from(
    { length: size },
    () => ({ key: null, run: null, used: 0, buffers: null }),
  );
  let clock = 0;
  let computed = 0;
  const runOf = (policy: Policy): PolicyRun => {
    const key = policyKey(policy);
    const found = slots.find((slot) => slot.key === key);
    if (found?.run) {
      found.used = ++clock;
      return { policy, result: found.run.result };
    }
    const slot = slots.reduce((a, b) => (b.used < a.used ? b : a));
    slot.buffers ??= createPortfolioBuffers(columns.length);
    const result = computePortfolio(columns, policy, slot.buffers);
    computed++;
    Object.assign(slot, { key, run: { policy, result }, used: ++clock });
    return { policy, result };
  };
  return { runOf, computed: () => computed };
}
