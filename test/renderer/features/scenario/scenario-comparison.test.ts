import { describe, expect, it } from 'vitest';

import {
  COMPARE_FIGURES,
  MAX_COMPARED,
  buildComparison,
  defaultCompared,
  toggleCompared,
} from '../../../../renderer/features/scenario/scenario-comparison';
import { computePortfolio } from '../../../../shared/engine/index';
import { validatePolicy, type Policy } from '../../../../shared/policy';
import { getFixture } from '../fixtures';
import { fixtureComparison } from './compare/harness';

const rowOf = (
  rows: ReturnType<typeof buildComparison>,
  figure: string,
  key: string,
) => rows.find((r) => r.figure.id === figure && r.key === key)!;

describe('buildComparison', () => {
  it('has every figure for each tier and all tiers, in the test ids the e2e test reads', () => {
    const rows = buildComparison(fixtureComparison());
    expect(rows.map((r) => `${r.figure.id}-${r.key}`).slice(0, 5)).toEqual([
      'revenue-SMB',
      'revenue-Mid-Market',
      'revenue-Enterprise',
      'revenue-Strategic',
      'revenue-total',
    ]);
    expect(COMPARE_FIGURES.map((f) => f.id)).toEqual([
      'revenue',
      'cost',
      'margin',
      'clients',
      'required',
      'hires',
      'hirecost',
    ]);
    expect(rows).toHaveLength(35);
    // Only the margin is judged on its own in a tier clients moved into.
    expect(
      COMPARE_FIGURES.filter((f) => !f.followsClients).map((f) => f.id),
    ).toEqual(['margin']);
  });

  it('reads each figure from the engine and its change against the baseline', () => {
    const { baseline, scenario } = getFixture();
    const rows = buildComparison(fixtureComparison());
    const smb = (r: typeof baseline) =>
      r.segments.find((s) => s.segment === 'SMB')!;
    const clients = rowOf(rows, 'clients', 'SMB');
    expect(clients.baseline.value).toBe(smb(baseline).client_count);
    expect(clients.scenarios[0]!.value).toBe(smb(scenario).client_count);
    expect(clients.scenarios[0]!.change).toBe(
      smb(scenario).client_count - smb(baseline).client_count,
    );
    // Clients per tier have no better direction.
    expect(clients.scenarios[0]!.direction).toBe('neutral');
    const required = rowOf(rows, 'required', 'total');
    const sum = (r: typeof baseline) =>
      r.hiring.reduce((n, h) => n + h.required_csms, 0);
    expect(required.baseline.value).toBe(sum(baseline));
    expect(required.scenarios[0]!.value).toBe(sum(scenario));
  });

  it('colours each change by whether it moves toward the targets', () => {
    const rows = buildComparison(fixtureComparison());
    // b reprices SMB up: more revenue and margin (better), cost unchanged.
    expect(rowOf(rows, 'revenue', 'SMB').scenarios[1]!.direction).toBe(
      'better',
    );
    expect(rowOf(rows, 'margin', 'SMB').scenarios[1]!.direction).toBe('better');
    expect(rowOf(rows, 'cost', 'SMB').scenarios[1]!.direction).toBe('neutral');
    expect(rowOf(rows, 'cost', 'SMB').scenarios[1]!.change).toBe(0);
    // a serves SMB at 1:40 instead of 1:50: more CSMs (worse), more cost
    // (worse) in all. It also moves clients into SMB, so SMB's own CSMs
    // and cost follow those clients and carry no direction.
    for (const figure of ['required', 'cost'] as const) {
      const total = rowOf(rows, figure, 'total').scenarios[0]!;
      const sign = Math.sign(total.change!);
      expect(total.direction).toBe(
        sign > 0 ? 'worse' : sign < 0 ? 'better' : 'neutral',
      );
    }
    expect(rowOf(rows, 'required', 'SMB').scenarios[0]!.direction).toBe(
      'neutral',
    );
    expect(rowOf(rows, 'cost', 'SMB').scenarios[0]!.direction).toBe('neutral');
    // Its margins keep their direction: each tier has a target.
    expect(rowOf(rows, 'margin', 'SMB').scenarios[0]!.direction).not.toBe(
      'neutral',
    );
    // The baseline's own cells carry no change.
    expect(rowOf(rows, 'revenue', 'SMB').baseline.change).toBeNull();
  });

  it("colours a tier's own figures when no client moved in or out of it", () => {
    const { columns, baseline, baselinePolicy } = getFixture();
    const ratio = structuredClone(baselinePolicy) as Policy;
    ratio.tiers.SMB.csm_ratio = 40;
    const scenario = computePortfolio(columns, validatePolicy(ratio));
    const rows = buildComparison({
      baseline,
      scenarios: [
        { ...scenario, id: 'r', name: 'SMB 1:40', bridge: [], moverCount: 0 },
      ],
      ms: 0,
    });
    const required = rowOf(rows, 'required', 'SMB').scenarios[0]!;
    expect(required.change).toBeGreaterThan(0);
    expect(required.direction).toBe('worse');
    expect(rowOf(rows, 'cost', 'SMB').scenarios[0]!.direction).toBe('worse');
    expect(rowOf(rows, 'margin', 'SMB').scenarios[0]!.direction).toBe('worse');
    expect(rowOf(rows, 'cost', 'Mid-Market').scenarios[0]!.direction).toBe(
      'neutral',
    );
  });

  it('marks margin cells against the tier target, not the all-tiers row', () => {
    const rows = buildComparison(fixtureComparison());
    const { baseline } = getFixture();
    const seg = baseline.segments.find((s) => s.segment === 'Enterprise')!;
    expect(rowOf(rows, 'margin', 'Enterprise').baseline.target).toEqual({
      gm: seg.gm_target,
      met: seg.gm_target_met,
    });
    expect(rowOf(rows, 'margin', 'total').baseline.target).toBeNull();
    expect(rowOf(rows, 'revenue', 'SMB').baseline.target).toBeNull();
  });
});

describe('which scenarios are compared', () => {
  it('keeps list order, always includes the active one, and never more than four', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    expect(defaultCompared(ids, 'c', MAX_COMPARED)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(defaultCompared(ids, 'e', MAX_COMPARED)).toEqual([
      'a',
      'b',
      'c',
      'e',
    ]);
    expect(defaultCompared(ids, null, 2)).toEqual(['a', 'b']);
    expect(toggleCompared(['a', 'b'], 'a', 4)).toEqual(['b']);
    expect(toggleCompared(['a', 'b', 'c', 'd'], 'e', 4)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(toggleCompared(['a'], 'e', 4)).toEqual(['a', 'e']);
  });
});
