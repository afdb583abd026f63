import { describe, expect, it } from 'vitest';

import type { ClientColumns } from '../../../shared/columns';
import { computePortfolio } from '../../../shared/engine/index';
import {
  DEFAULT_POLICY,
  clonePolicy,
  validatePolicy,
  type Policy,
} from '../../../shared/policy';
import { generateSamplePortfolio } from '../../../shared/sample';
import { computeBridge } from '../../../shared/scenario/bridge';
import { countMovers, findMovers } from '../../../shared/scenario/movers';
import { solveBreakEven } from '../../../shared/scenario/solver';
import {
  runSweep,
  sweepRange,
  sweepValues,
} from '../../../shared/scenario/sweep';
import type { SweepParameter } from '../../../shared/scenario/types';
import { toFigures } from '../../../renderer/worker/analysis-handlers';
import { createEngineClient } from '../../../renderer/worker/engine-client';
import { createEngineHandlers } from '../../../renderer/worker/engine-handlers';
import type {
  PayloadOf,
  RequestType,
  ResultOf,
} from '../../../renderer/worker/messages';
import {
  createPolicyRuns,
  policyKey,
} from '../../../renderer/worker/policy-runs';

import { createInProcessWorker } from './fake-worker';

const sample = generateSamplePortfolio({ seed: 3, clients: 2000, quarters: 2 });
const latest = sample.periods[1]!.columns;
const prior = sample.periods[0]!.columns;

function edit(name: string, change: (p: Policy) => void): Policy {
  const policy = structuredClone(clonePolicy(DEFAULT_POLICY, name)) as Policy;
  change(policy);
  return validatePolicy(policy);
}

const lineAt16 = edit('SMB line at 16', (p) => {
  p.tiers['Mid-Market'].min_workers = 16;
});
const pooled = edit('Pool Mid-Market', (p) => {
  p.tiers['Mid-Market'].csm_ratio = 30;
});
const priced = edit('Price +5 %', (p) => {
  p.tiers.SMB.price_change = 0.05;
});

type Engine = ReturnType<typeof createEngineHandlers>;

function call<K extends RequestType>(
  engine: Engine,
  type: K,
  payload: PayloadOf<K>,
  progress: (fraction: number, stage: string) => void = () => undefined,
): ResultOf<K> {
  const output = engine.handle(
    { kind: 'request', id: 1, type, payload } as never,
    progress,
  );
  return output.result as ResultOf<K>;
}

/** A worker's handlers holding the sample's latest quarter under `q`. */
function loaded(): { engine: Engine; columns: ClientColumns } {
  const engine = createEngineHandlers();
  const attached = call(engine, 'set-data', {
    key: 'q',
    columns: latest,
    prior,
  });
  return { engine, columns: { ...latest, ...attached } };
}

const run = (columns: ClientColumns, policy: Policy) => ({
  policy,
  result: computePortfolio(columns, policy),
});

describe('compare', () => {
  it('gives the baseline and each scenario with its bridge and movers against the baseline', () => {
    const { engine, columns } = loaded();
    const output = call(engine, 'compare', {
      key: 'q',
      baseline: DEFAULT_POLICY,
      scenarios: [
        { id: 'a', policy: lineAt16 },
        { id: 'b', policy: pooled },
      ],
    });
    const base = run(columns, DEFAULT_POLICY);
    expect(output.baseline.segments).toEqual(base.result.segments);
    expect(output.baseline.total).toEqual(base.result.total);
    expect(output.baseline.hiring).toEqual(base.result.hiring);
    expect(output.scenarios.map((s) => [s.id, s.name])).toEqual([
      ['a', 'SMB line at 16'],
      ['b', 'Pool Mid-Market'],
    ]);
    for (const [k, policy] of [lineAt16, pooled].entries()) {
      const next = run(columns, policy);
      const got = output.scenarios[k]!;
      expect(got.segments).toEqual(next.result.segments);
      expect(got.hiring).toEqual(next.result.hiring);
      expect(got.bridge).toEqual(computeBridge(columns, base, next));
      expect(got.moverCount).toBe(countMovers(base.result, next.result));
    }
    expect(output.scenarios[0]!.moverCount).toBeGreaterThan(0);
    expect(output.scenarios[1]!.moverCount).toBe(0);
    expect(output.ms).toBeGreaterThanOrEqual(0);
  });

  it('carries figures only: no per-client arrays cross to the UI', () => {
    const { engine } = loaded();
    const output = call(engine, 'compare', {
      key: 'q',
      baseline: DEFAULT_POLICY,
      scenarios: [{ id: 'a', policy: lineAt16 }],
    });
    const keys = [output.baseline, output.scenarios[0]!].flatMap(Object.keys);
    expect(keys).not.toContain('classification');
    expect(keys).not.toContain('economics');
    expect(keys).not.toContain('csmBook');
    // Structured clone (the crossing) of the whole answer stays small.
    expect(JSON.stringify(output).length).toBeLessThan(60_000);
  });

  it('answers an edit of one scenario with the same figures a fresh worker gives', () => {
    const { engine } = loaded();
    const scenarios = [
      { id: 'a', policy: lineAt16 },
      { id: 'b', policy: pooled },
      { id: 'c', policy: priced },
    ];
    call(engine, 'compare', { key: 'q', baseline: DEFAULT_POLICY, scenarios });
    const edited = edit('SMB line at 16', (p) => {
      p.tiers['Mid-Market'].min_workers = 14;
    });
    const next = [{ id: 'a', policy: edited }, ...scenarios.slice(1)];
    const warm = call(engine, 'compare', {
      key: 'q',
      baseline: DEFAULT_POLICY,
      scenarios: next,
    });
    const cold = call(loaded().engine, 'compare', {
      key: 'q',
      baseline: DEFAULT_POLICY,
      scenarios: next,
    });
    expect({ ...warm, ms: 0 }).toEqual({ ...cold, ms: 0 });
    // A baseline edit changes every bridge.
    const rebased = call(engine, 'compare', {
      key: 'q',
      baseline: lineAt16,
      scenarios: [{ id: 'a', policy: lineAt16 }],
    });
    expect(rebased.scenarios[0]!.moverCount).toBe(0);
    expect(rebased.scenarios[0]!.bridge.at(-1)!.total_cents).toBe(0);
  });

  it('refuses more than four scenarios and columns it does not hold', () => {
    const { engine } = loaded();
    const five = Array.from({ length: 5 }, (_, k) => ({
      id: String(k),
      policy: pooled,
    }));
    expect(() =>
      call(engine, 'compare', {
        key: 'q',
        baseline: DEFAULT_POLICY,
        scenarios: five,
      }),
    ).toThrow(/at most 4/);
    expect(() =>
      call(engine, 'compare', {
        key: 'other',
        baseline: DEFAULT_POLICY,
        scenarios: [],
      }),
    ).toThrow(expect.objectContaining({ code: 'E_NO_DATA' }));
  });
});

describe('pair, sweep and solve', () => {
  it('gives the bridge and every mover between any two policies', () => {
    const { engine, columns } = loaded();
    const output = call(engine, 'pair', {
      key: 'q',
      before: pooled,
      after: lineAt16,
    });
    const before = run(columns, pooled);
    const after = run(columns, lineAt16);
    expect(output.bridge).toEqual(computeBridge(columns, before, after));
    expect(output.movers).toEqual(findMovers(columns, before, after));
    expect(output.movers.length).toBe(countMovers(before.result, after.result));
    expect(output.movers[0]!.rules).toContain('worker_threshold');
    // Each side's own figures, as the engine computes them.
    expect(output.before).toEqual(toFigures(before.result));
    expect(output.after).toEqual(toFigures(after.result));
    expect(output.after.total.gross_margin).not.toBe(
      output.before.total.gross_margin,
    );
    const back = call(engine, 'pair', {
      key: 'q',
      before: lineAt16,
      after: pooled,
    });
    expect(back.movers.map((m) => m.index)).toEqual(
      output.movers.map((m) => m.index),
    );
  });

  it('sweeps a threshold with progress up to the end', () => {
    const { engine, columns } = loaded();
    const parameter: SweepParameter = {
      kind: 'min_workers',
      tier: 'Mid-Market',
    };
    const values = sweepValues(sweepRange(DEFAULT_POLICY, parameter), 5, 30, 6);
    const fractions: number[] = [];
    const result = call(
      engine,
      'sweep',
      { key: 'q', policy: DEFAULT_POLICY, parameter, values },
      (fraction, stage) => {
        expect(stage).toBe('sweeping');
        fractions.push(fraction);
      },
    );
    expect(result).toEqual(
      runSweep(columns, DEFAULT_POLICY, parameter, values),
    );
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it('solves the break-evens of every tier', () => {
    const { engine, columns } = loaded();
    const result = call(engine, 'solve', { key: 'q', policy: pooled });
    expect(result).toEqual(solveBreakEven(columns, pooled));
    expect(result.map((r) => r.tier)).toEqual([
      'SMB',
      'Mid-Market',
      'Enterprise',
      'Strategic',
    ]);
  });
});

describe('policy runs', () => {
  it('finds a run again by content, whatever its name, and recomputes a new one', () => {
    const runs = createPolicyRuns(latest, 2);
    const first = runs.runOf(lineAt16);
    expect(runs.runOf({ ...lineAt16, name: 'Renamed' }).result).toBe(
      first.result,
    );
    expect(runs.computed()).toBe(1);
    expect(policyKey(lineAt16)).not.toBe(policyKey(pooled));
  });

  it('keeps every run it returns right when slots are reused', () => {
    const runs = createPolicyRuns(latest, 2);
    const policies = [DEFAULT_POLICY, lineAt16, pooled, priced, lineAt16];
    for (const policy of policies) {
      const base = runs.runOf(DEFAULT_POLICY);
      const next = runs.runOf(policy);
      const fresh = computePortfolio(latest, policy);
      expect(Array.from(next.result.classification.service)).toEqual(
        Array.from(fresh.classification.service),
      );
      expect(Array.from(base.result.classification.service)).toEqual(
        Array.from(
          computePortfolio(latest, DEFAULT_POLICY).classification.service,
        ),
      );
    }
  });
});

describe('through the engine client', () => {
  it('compares over the columns it sent, and knows which columns the worker holds', async () => {
    const worker = createInProcessWorker();
    const client = createEngineClient(() => worker);
    expect(client.heldData()).toBeNull();
    await client.request('set-data', { key: 'p1', columns: latest, prior })
      .promise;
    expect(client.heldData()).toBe('p1');
    const output = await client.request('compare', {
      key: client.heldData()!,
      baseline: DEFAULT_POLICY,
      scenarios: [{ id: 'a', policy: lineAt16 }],
    }).promise;
    expect(output.scenarios[0]!.moverCount).toBeGreaterThan(0);
    client.terminate();
    expect(client.heldData()).toBeNull();
  });

  it('forgets the held key when sending the columns failed', async () => {
    const worker = createInProcessWorker();
    const client = createEngineClient(() => worker);
    const call = client.request('set-data', {
      key: 'bad',
      columns: null as unknown as ClientColumns,
      prior: null,
    });
    expect(client.heldData()).toBe('bad');
    await expect(call.promise).rejects.toThrow();
    expect(client.heldData()).toBeNull();
  });
});

describe('compute', () => {
  it('gives the same baseline whether it was computed now or kept from the last edit', () => {
    const { engine, columns } = loaded();
    const compute = (baseline: Policy, scenario: Policy) =>
      call(engine, 'compute', { key: 'q', baseline, scenario });
    compute(DEFAULT_POLICY, lineAt16);
    const kept = compute(clonePolicy(DEFAULT_POLICY, 'Renamed'), pooled);
    const fresh = computePortfolio(columns, DEFAULT_POLICY);
    expect(kept.baseline.segments).toEqual(fresh.segments);
    expect(Array.from(kept.baseline.classification.service)).toEqual(
      Array.from(fresh.classification.service),
    );
    expect(kept.scenario!.segments).toEqual(
      computePortfolio(columns, pooled).segments,
    );
    // A baseline edit is computed anew.
    const edited = compute(lineAt16, pooled);
    expect(edited.baseline.segments).toEqual(
      computePortfolio(columns, lineAt16).segments,
    );
  });
});
