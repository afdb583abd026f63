/**
 * Results the screens' tests compute with the real engine: a small sample
 * portfolio under the baseline and under a scenario that moves clients.
 */
import { selectClients, type ClientColumns } from '../../../shared/columns';
import { computePortfolio } from '../../../shared/engine/index';
import type { PortfolioResult } from '../../../shared/engine/types';
import {
  DEFAULT_POLICY,
  clonePolicy,
  type Policy,
} from '../../../shared/policy';
import { generateSamplePortfolio } from '../../../shared/sample';

export type Fixture = {
  readonly columns: ClientColumns;
  readonly baselinePolicy: Policy;
  readonly scenarioPolicy: Policy;
  readonly baseline: PortfolioResult;
  readonly scenario: PortfolioResult;
};

let cached: Fixture | null = null;

/** 400 sample clients; the scenario raises Mid-Market to 20 workers and
 * the SMB ratio to 40 clients per CSM. */
export function getFixture(): Fixture {
  if (cached) return cached;
  const sample = generateSamplePortfolio({
    seed: 7,
    clients: 400,
    quarters: 2,
  });
  const columns = sample.periods[sample.periods.length - 1]!.columns;
  const base = clonePolicy(DEFAULT_POLICY, 'Baseline');
  const scenarioPolicy: Policy = {
    ...clonePolicy(base, 'Raise Mid-Market'),
    tiers: {
      ...base.tiers,
      SMB: { ...base.tiers.SMB, csm_ratio: 40 },
      'Mid-Market': { ...base.tiers['Mid-Market'], min_workers: 20 },
    },
  };
  cached = {
    columns,
    baselinePolicy: base,
    scenarioPolicy,
    baseline: computePortfolio(columns, base),
    scenario: computePortfolio(columns, scenarioPolicy),
  };
  return cached;
}

let small: Fixture | null = null;

/** The first 60 clients of the fixture, for tests that render a grid. */
export function getSmallFixture(): Fixture {
  if (small) return small;
  const full = getFixture();
  const columns = selectClients(
    full.columns,
    Array.from({ length: 60 }, (_, i) => i),
  );
  small = {
    ...full,
    columns,
    baseline: computePortfolio(columns, full.baselinePolicy),
    scenario: computePortfolio(columns, full.scenarioPolicy),
  };
  return small;
}
