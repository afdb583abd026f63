/**
 * The scenario figures of issue 3, timed in Node: the baseline and four
 * scenarios recomputed with every delta the Compare tab shows (each
 * scenario's bridge against the baseline and its mover count), and one
 * threshold sweep of 50 steps. The browser side (an edit until its
 * figures are on screen) is browser-edit.ts.
 */
import type { ClientColumns } from '../../shared/columns';
import {
  computePortfolio,
  createPortfolioBuffers,
} from '../../shared/engine/index';
import type { PortfolioBuffers } from '../../shared/engine/types';
import {
  DEFAULT_POLICY,
  validatePolicy,
  type Policy,
} from '../../shared/policy';
import { computeBridge } from '../../shared/scenario/bridge';
import { countMovers } from '../../shared/scenario/movers';
import { runSweep, sweepRange, sweepValues } from '../../shared/scenario/sweep';
import type { SweepParameter } from '../../shared/scenario/types';

/** Four scenarios a CS leader and finance would try, each a few edits. */
export function benchScenarios(): Policy[] {
  const edit = (name: string, change: (p: Policy) => void): Policy => {
    const policy = structuredClone(DEFAULT_POLICY) as Policy;
    policy.name = name;
    change(policy);
    return validatePolicy(policy);
  };
  return [
    edit('SMB line at 16', (p) => {
      p.tiers['Mid-Market'].min_workers = 16;
    }),
    edit('Pool Mid-Market', (p) => {
      p.tiers['Mid-Market'].csm_ratio = 30;
    }),
    edit('Price +5 % and a floor', (p) => {
      p.tiers.SMB.price_change = 0.05;
      p.tiers['Mid-Market'].min_pepm = 380;
    }),
    edit('Higher of workers and ARR', (p) => {
      p.size_basis = 'higher';
      p.complexity.High.uplift = 0;
    }),
  ];
}

export type CompareTiming = {
  readonly median: number;
  readonly min: number;
  readonly p90: number;
  /** Clients that change tier, per scenario. */
  readonly movers: readonly number[];
};

/**
 * Baseline + four scenarios: five recomputes into reused buffers, then
 * four bridges and mover counts. A fresh copy of every policy each run,
 * as an edit makes one.
 */
export function benchCompare(
  columns: ClientColumns,
  runs: number,
): CompareTiming {
  const buffers: PortfolioBuffers[] = Array.from({ length: 5 }, () =>
    createPortfolioBuffers(columns.length),
  );
  const scenarios = benchScenarios();
  let movers: number[] = [];
  const once = () => {
    const fresh = [DEFAULT_POLICY, ...scenarios].map(
      (p) => JSON.parse(JSON.stringify(p)) as Policy,
    );
    const runsOf = fresh.map((policy, k) => ({
      policy,
      result: computePortfolio(columns, policy, buffers[k]),
    }));
    const base = runsOf[0]!;
    movers = runsOf.slice(1).map((run) => {
      computeBridge(columns, base, run);
      return countMovers(base.result, run.result);
    });
  };
  for (let w = 0; w < 3; w++) once();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    once();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)]!,
    min: times[0]!,
    p90: times[Math.min(times.length - 1, Math.floor(0.9 * times.length))]!,
    movers,
  };
}

export type SweepTiming = {
  readonly ms: number;
  readonly steps: number;
  readonly cliffs: number;
};

/** One sweep of the Mid-Market minimum workers over its whole valid range. */
export function benchSweep(columns: ClientColumns, steps = 50): SweepTiming {
  const parameter: SweepParameter = { kind: 'min_workers', tier: 'Mid-Market' };
  const range = sweepRange(DEFAULT_POLICY, parameter);
  const values = sweepValues(range, range.min, range.max, steps);
  const start = performance.now();
  const result = runSweep(columns, DEFAULT_POLICY, parameter, values);
  return {
    ms: performance.now() - start,
    steps: result.steps.length,
    cliffs: result.steps.filter((s) => s.cliff).length,
  };
}
