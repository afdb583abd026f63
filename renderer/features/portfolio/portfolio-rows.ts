/**
 * The Portfolio grid's rows: one per client, built with the engine's
 * computeClientRow for the result on show, plus the baseline service tier
 * when a scenario is active. Rows are built once per result and kept while
 * that result lives, so re-renders never rebuild 100,000 objects.
 */
import type { ClientColumns } from '../../../shared/columns';
import { tierFromCode, type Tier } from '../../../shared/domain';
import { computeClientRow } from '../../../shared/engine/index';
import type { ClientRow, PortfolioResult } from '../../../shared/engine/types';

/**
 * A client as the grid shows it: the engine's row, wrapped rather than
 * spread (copying 28 keys per row made 100,000 rows take 0.5 s).
 */
export type PortfolioRow = {
  readonly client: ClientRow;
  /** The service tier under the baseline; null with no scenario active. */
  readonly baseline_service_tier: Tier | null;
  /** True when the scenario moves the client to another service tier. */
  readonly tier_changed: boolean;
};

/** Every client's row under the result on show. */
export function buildPortfolioRows(
  columns: ClientColumns,
  shown: PortfolioResult,
  baseline: PortfolioResult | null,
): PortfolioRow[] {
  const rows = new Array<PortfolioRow>(columns.length);
  const before = baseline?.classification.service;
  const after = shown.classification.service;

  for (let i = 0; i < columns.length; i++) {
    rows[i] = {
      client: computeClientRow(columns, shown, i),
      baseline_service_tier: before ? tierFromCode(before[i]!) : null,
      tier_changed: before !== undefined && before[i] !== after[i],
    };
  }
  return rows;
}

const cache = new WeakMap<
  PortfolioResult,
  { baseline: PortfolioResult | null; rows: PortfolioRow[] }
>();

/**
 * The rows for a result, from the cache when the same result (and the same
 * baseline beside it) was shown before.
 */
export function getPortfolioRows(
  columns: ClientColumns,
  shown: PortfolioResult,
  baseline: PortfolioResult | null,
): PortfolioRow[] {
  const hit = cache.get(shown);
  if (hit && hit.baseline === baseline) return hit.rows;
  const rows = buildPortfolioRows(columns, shown, baseline);
  cache.set(shown, { baseline, rows });
  return rows;
}

/** How many clients the scenario moves to another service tier. */
export function countTierChanges(
  baseline: PortfolioResult,
  scenario: PortfolioResult,
): number {
  const before = baseline.classification.service;
  const after = scenario.classification.service;
  let changed = 0;
  for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) changed++;
  return changed;
}

/** The rows the "tier changes" filter keeps. */
export function isTierChange(row: PortfolioRow): boolean {
  return row.tier_changed;
}
