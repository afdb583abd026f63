/**
 * The threshold sweep: each step's figures are the engine's at that value,
 * flips and one-unit flips count service-tier changes between the engine
 * run at two values, cliffs are marked from them, and the range keeps the
 * policy valid at both ends and nowhere past them.
 */
import { describe, expect, it } from 'vitest';

import { COMPLEXITIES, TIERS } from '../../../shared/domain';
import { computePortfolio } from '../../../shared/engine/portfolio';
import {
  DEFAULT_POLICY,
  PolicyError,
  parsePolicy,
} from '../../../shared/policy';
import { generateBenchPortfolio } from '../../../shared/sample';
import {
  applySweepValue,
  countServiceFlips,
  getCliffClients,
  markCliffs,
  runSweep,
  sweepRange,
  sweepValues,
} from '../../../shared/scenario/sweep';
import type { SweepParameter } from '../../../shared/scenario/types';
import { buildColumns, type ClientInput } from '../engine/build-columns';

const ALL_PARAMETERS: readonly SweepParameter[] = [
  ...TIERS.map((tier) => ({ kind: 'min_workers', tier }) as const),
  ...TIERS.map((tier) => ({ kind: 'min_arr', tier }) as const),
  ...COMPLEXITIES.map((level) => ({ kind: 'min_countries', level }) as const),
  ...TIERS.map((tier) => ({ kind: 'csm_ratio', tier }) as const),
];

const MID_WORKERS: SweepParameter = { kind: 'min_workers', tier: 'Mid-Market' };

/** The service tiers the engine gives with the parameter at a value. */
function serviceAt(
  columns: ReturnType<typeof buildColumns>,
  parameter: SweepParameter,
  value: number,
  policy = DEFAULT_POLICY,
): Uint8Array {
  const at = applySweepValue(policy, parameter, value);
  return computePortfolio(columns, at).classification.service.slice();
}

/**
 * 300 clients, one at each worker count 1–300, plus a cluster of 50 at 15
 * workers; revenue and a few countries so margins are known.
 */
function clusteredPortfolio(): ClientInput[] {
  const spread = Array.from({ length: 300 }, (_, k) => ({
    workers: k + 1,
    countries: 1 + (k % 5),
    mrr: (k + 1) * 450,
  }));
  const cluster = Array.from({ length: 50 }, () => ({
    workers: 15,
    countries: 2,
    mrr: 15 * 420,
  }));
  return [...spread, ...cluster];
}

describe('sweepRange', () => {
  it.each(ALL_PARAMETERS.map((p) => [JSON.stringify(p), p] as const))(
    'keeps %s valid at both ends and holds the current value',
    (_, parameter) => {
      const range = sweepRange(DEFAULT_POLICY, parameter);
      expect(range.min).toBeLessThanOrEqual(range.current);
      expect(range.current).toBeLessThanOrEqual(range.max);
      expect(() =>
        applySweepValue(DEFAULT_POLICY, parameter, range.min),
      ).not.toThrow();
      expect(() =>
        applySweepValue(DEFAULT_POLICY, parameter, range.max),
      ).not.toThrow();
    },
  );

  it('bounds worker thresholds by their neighbours, exclusive', () => {
    const range = sweepRange(DEFAULT_POLICY, MID_WORKERS);
    expect(range).toEqual({ min: 2, max: 50, unit: 1, current: 11 });
    const below = () => applySweepValue(DEFAULT_POLICY, MID_WORKERS, 1);
    const above = () => applySweepValue(DEFAULT_POLICY, MID_WORKERS, 51);
    expect(below).toThrow(PolicyError);
    expect(above).toThrow(PolicyError);
  });

  it('starts SMB and Low at 1 and gives the top level 10× its value', () => {
    const smb = sweepRange(DEFAULT_POLICY, {
      kind: 'min_workers',
      tier: 'SMB',
    });
    expect(smb).toEqual({ min: 1, max: 10, unit: 1, current: 1 });
    const low = sweepRange(DEFAULT_POLICY, {
      kind: 'min_countries',
      level: 'Low',
    });
    expect(low).toEqual({ min: 1, max: 2, unit: 1, current: 1 });
    const high = sweepRange(DEFAULT_POLICY, {
      kind: 'min_countries',
      level: 'High',
    });
    expect(high).toEqual({ min: 4, max: 80, unit: 1, current: 8 });
    const top = sweepRange(DEFAULT_POLICY, {
      kind: 'min_workers',
      tier: 'Strategic',
    });
    expect(top).toEqual({ min: 52, max: 2010, unit: 1, current: 201 });
  });

  it('puts ARR ranges on the 1,000 grid strictly between the neighbours', () => {
    const enterprise = sweepRange(DEFAULT_POLICY, {
      kind: 'min_arr',
      tier: 'Enterprise',
    });
    // Strategic starts at 1,200,000.01, so 1,200,000 is still below it.
    expect(enterprise).toEqual({
      min: 61000,
      max: 1200000,
      unit: 1000,
      current: 300000,
    });
    const strategic = sweepRange(DEFAULT_POLICY, {
      kind: 'min_arr',
      tier: 'Strategic',
    });
    expect(strategic).toEqual({
      min: 301000,
      max: 12000000,
      unit: 1000,
      current: 1200000.01,
    });
    expect(
      sweepRange(DEFAULT_POLICY, { kind: 'min_arr', tier: 'SMB' }),
    ).toEqual({
      min: 0,
      max: 59000,
      unit: 1000,
      current: 0,
    });
  });

  it('keeps the current value when the neighbours leave no grid point', () => {
    const policy = parsePolicy({
      tiers: {
        'Mid-Market': { min_arr: 60000.5 },
        Enterprise: { min_arr: 60500 },
        Strategic: { min_arr: 60999.99 },
      },
    });
    const range = sweepRange(policy, { kind: 'min_arr', tier: 'Enterprise' });
    expect(range).toMatchObject({ min: 60500, max: 60500 });
  });

  it('sweeps a ratio from 1 to 500 or 10× its value', () => {
    expect(
      sweepRange(DEFAULT_POLICY, { kind: 'csm_ratio', tier: 'SMB' }),
    ).toEqual({
      min: 1,
      max: 500,
      unit: 1,
      current: 50,
    });
    const policy = parsePolicy({ tiers: { SMB: { csm_ratio: 80 } } });
    expect(sweepRange(policy, { kind: 'csm_ratio', tier: 'SMB' }).max).toBe(
      800,
    );
  });
});

describe('sweepValues', () => {
  const workers = { min: 2, max: 50, unit: 1, current: 11 };
  const arr = { min: 301000, max: 12000000, unit: 1000, current: 1200000.01 };

  it.each([
    [workers, 2, 50, 50, 49],
    [workers, 2, 50, 10, 10],
    [workers, 11, 16, 6, 6],
    [workers, 11, 16, 20, 6],
    [workers, 11, 11, 5, 1],
    [workers, 11, 16, 1, 1],
    [arr, 301000, 12000000, 50, 50],
  ])(
    'gives at most the steps asked, distinct, ends included',
    (range, from, to, steps, count) => {
      const values = sweepValues(range, from, to, steps);
      expect(values).toHaveLength(count);
      expect(new Set(values).size).toBe(values.length);
      expect(values[0]).toBe(from);
      if (count > 1) expect(values[values.length - 1]).toBe(to);
      values.forEach(
        (v, k) => k > 0 && expect(v).toBeGreaterThan(values[k - 1]!),
      );
      values.slice(1, -1).forEach((v) => expect(v % range.unit).toBe(0));
    },
  );

  it('clamps into the range, orders the ends and keeps an off-grid end', () => {
    expect(sweepValues(workers, 0, 99, 3)).toEqual([2, 26, 50]);
    expect(sweepValues(workers, 16, 11, 6)).toEqual([11, 12, 13, 14, 15, 16]);
    const values = sweepValues(arr, 1200000.01, 1210000, 5);
    expect(values).toEqual([1200000.01, 1203000, 1205000, 1208000, 1210000]);
  });
});

describe('runSweep', () => {
  const bench = generateBenchPortfolio(3000, 7);

  it.each([
    [MID_WORKERS, 2, 50, 12],
    [{ kind: 'min_arr', tier: 'Mid-Market' } as const, 1000, 299000, 9],
    [{ kind: 'min_countries', level: 'High' } as const, 4, 20, 17],
    [{ kind: 'csm_ratio', tier: 'Enterprise' } as const, 1, 60, 7],
  ])(
    'gives at each value the figures of the engine run there (%j)',
    (parameter, from, to, steps) => {
      const range = sweepRange(DEFAULT_POLICY, parameter);
      const values = sweepValues(range, from, to, steps);
      const result = runSweep(bench, DEFAULT_POLICY, parameter, values);
      expect(result.steps.map((s) => s.value)).toEqual(values);
      let previous: Uint8Array | null = null;
      result.steps.forEach((step, k) => {
        const direct = computePortfolio(
          bench,
          applySweepValue(DEFAULT_POLICY, parameter, values[k]!),
        );
        const service = direct.classification.service;
        expect(step.clients).toEqual(
          direct.hiring.map((row) => row.client_count),
        );
        expect(step.unassigned).toBe(service.filter((s) => s === 255).length);
        expect(step.required_csms).toEqual(
          direct.hiring.map((row) => row.required_csms),
        );
        expect(step.total_required_csms).toBe(
          direct.hiring.reduce((n, row) => n + row.required_csms, 0),
        );
        expect(step.gross_margin).toEqual(
          TIERS.map(
            (tier) =>
              direct.segments.find((row) => row.segment === tier)!.gross_margin,
          ),
        );
        expect(step.total_gross_margin).toBe(direct.total.gross_margin);
        expect(step.flips).toBe(
          previous ? countServiceFlips(previous, service) : 0,
        );
        previous = service.slice();
      });
    },
  );

  it('counts one-unit flips against the engine one unit up, also between steps', () => {
    const parameter: SweepParameter = { kind: 'min_arr', tier: 'Enterprise' };
    const values = [250000, 300000, 301000, 302000, 1200000];
    const result = runSweep(bench, DEFAULT_POLICY, parameter, values);
    const policy = parsePolicy({ size_basis: 'arr' });
    const byArr = runSweep(bench, policy, parameter, values);
    values.forEach((value, k) => {
      const up = value + 1000;
      const expected = (p: typeof policy) =>
        value === 1200000
          ? 0 // the range's top: one unit up is no valid policy
          : countServiceFlips(
              serviceAt(bench, parameter, value, p),
              serviceAt(bench, parameter, up, p),
            );
      expect(result.steps[k]!.unit_flips).toBe(expected(DEFAULT_POLICY));
      expect(byArr.steps[k]!.unit_flips).toBe(expected(policy));
    });
    expect(byArr.steps.some((s) => s.unit_flips > 0)).toBe(true);
  });

  it('marks the cliff at a cluster of clients at one worker count', () => {
    const columns = buildColumns(clusteredPortfolio());
    const values = sweepValues(
      sweepRange(DEFAULT_POLICY, MID_WORKERS),
      11,
      20,
      10,
    );
    const result = runSweep(columns, DEFAULT_POLICY, MID_WORKERS, values);
    expect(result.cliff_clients).toBe(4); // ceil(1 % of 350)
    const at = (v: number) => result.steps.find((s) => s.value === v)!;
    // Moving the line from 15 to 16 sends the cluster and the lone client at 15 to SMB.
    expect(at(15)).toMatchObject({ unit_flips: 51, cliff: true });
    expect(at(16)).toMatchObject({ flips: 51 });
    expect(at(14)).toMatchObject({ unit_flips: 1, flips: 1, cliff: false });
    expect(result.steps.filter((s) => s.cliff).map((s) => s.value)).toEqual([
      15,
    ]);
    expect(at(16).clients[0]! - at(15).clients[0]!).toBe(51);
  });

  it('finds no cliff on an even slope, and the one step that stands out of it', () => {
    // Ten clients at every worker count from 1 to 60: each one-worker move
    // of the line moves ten clients, 1.7 % of the 600: steep, no cliff.
    const even = Array.from({ length: 600 }, (_, k) => ({
      workers: 1 + Math.floor(k / 10),
      countries: 1,
      mrr: 5000,
    }));
    const values = sweepValues(
      sweepRange(DEFAULT_POLICY, MID_WORKERS),
      2,
      40,
      39,
    );
    const flat = runSweep(
      buildColumns(even),
      DEFAULT_POLICY,
      MID_WORKERS,
      values,
    );
    expect(flat.steps.every((s) => s.unit_flips === 10)).toBe(true);
    expect(flat.cliff_clients).toBe(6);
    expect(flat.steps.some((s) => s.cliff)).toBe(false);
    // Thirty more at 25 workers: the move from 25 to 26 stands out.
    const bump = [...even, ...Array.from({ length: 30 }, () => even[240]!)];
    const result = runSweep(
      buildColumns(bump),
      DEFAULT_POLICY,
      MID_WORKERS,
      values,
    );
    expect(result.steps.filter((s) => s.cliff).map((s) => s.value)).toEqual([
      25,
    ]);
  });

  it('finds the same cliff with steps wider than one unit', () => {
    const columns = buildColumns(clusteredPortfolio());
    const result = runSweep(
      columns,
      DEFAULT_POLICY,
      MID_WORKERS,
      [11, 13, 15, 17, 19],
    );
    const at = (v: number) => result.steps.find((s) => s.value === v)!;
    expect(at(15)).toMatchObject({ unit_flips: 51, cliff: true });
    expect(at(17)).toMatchObject({ flips: 52, unit_flips: 1, cliff: false });
    expect(at(13)).toMatchObject({ unit_flips: 1, cliff: false });
  });

  it('measures one unit up at the top of the range of an open-ended threshold', () => {
    const parameter: SweepParameter = {
      kind: 'min_workers',
      tier: 'Strategic',
    };
    const columns = buildColumns([
      ...Array.from({ length: 3 }, () => ({ workers: 2010, countries: 1 })),
      ...Array.from({ length: 2 }, () => ({ workers: 3000, countries: 1 })),
      { workers: 60, countries: 1 },
      { workers: 50, countries: 1 },
    ]);
    const result = runSweep(columns, DEFAULT_POLICY, parameter, [2010, 3000]);
    expect(result.range.max).toBe(2010);
    expect(result.steps.map((s) => s.unit_flips)).toEqual([3, 2]);
    expect(result.steps.map((s) => s.cliff)).toEqual([true, true]);
    // A bounded threshold at its top has no valid value one unit up.
    const mid = runSweep(columns, DEFAULT_POLICY, MID_WORKERS, [50]);
    expect(mid.steps[0]!.unit_flips).toBe(0);
  });

  it('moves no tier with a ratio, only the CSMs required', () => {
    const parameter: SweepParameter = { kind: 'csm_ratio', tier: 'SMB' };
    const result = runSweep(bench, DEFAULT_POLICY, parameter, [10, 11, 50]);
    expect(result.steps.map((s) => [s.flips, s.unit_flips, s.cliff])).toEqual([
      [0, 0, false],
      [0, 0, false],
      [0, 0, false],
    ]);
    const smb = result.steps.map((s) => s.required_csms[0]!);
    const clients = result.steps[0]!.clients[0]!;
    expect(smb).toEqual([10, 11, 50].map((r) => Math.ceil(clients / r)));
  });

  it('reports progress after every step and rejects an invalid value', () => {
    const seen: number[] = [];
    runSweep(bench, DEFAULT_POLICY, MID_WORKERS, [5, 10, 20, 40], (f) =>
      seen.push(f),
    );
    expect(seen).toEqual([0.25, 0.5, 0.75, 1]);
    expect(() =>
      runSweep(bench, DEFAULT_POLICY, MID_WORKERS, [10, 51]),
    ).toThrow(PolicyError);
  });
});

describe('getCliffClients', () => {
  it.each([
    [0, 2],
    [1, 2],
    [200, 2],
    [201, 3],
    [350, 4],
    [100000, 1000],
    [100001, 1001],
  ])('of %i clients is %i', (clients, cliff) => {
    expect(getCliffClients(clients)).toBe(cliff);
  });
});

describe('markCliffs', () => {
  it('marks a jump out of the slope around it, not a steep even slope', () => {
    // A smooth steep fall, as the sample's Mid-Market line from 2 to 12.
    expect(
      markCliffs([116, 93, 86, 55, 70, 47, 47, 28, 38, 29, 13, 12], 15),
    ).toEqual(Array(12).fill(false));
    expect(markCliffs([10, 10, 10, 51, 10, 10, 10], 4)).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
      false,
    ]);
    // Big enough against its neighbours but under 1 % of the clients.
    expect(markCliffs([0, 0, 3, 0, 0], 4)).toEqual(Array(5).fill(false));
    // With 1,500 clients, a move of 75 (5 %) is a cliff on any slope.
    expect(
      markCliffs([116, 93, 86, 55, 70, 47, 47, 28, 38, 29, 13, 12], 15, 1500),
    ).toEqual([true, true, true, ...Array(9).fill(false)]);
    // Too few steps to say what is usual: the 1 % rule alone.
    expect(markCliffs([20], 15)).toEqual([true]);
    expect(markCliffs([30, 20, 10, 16], 15)).toEqual([true, true, false, true]);
  });
});
