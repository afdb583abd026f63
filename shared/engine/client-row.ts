/**
 * One client's figures as labels, for grids and exports: built on demand
 * per row from the columns and a result, so a grid of 100,000 rows pays
 * only for the rows it shows.
 */
import {
  CHURN_UNKNOWN,
  CHURN_YES,
  complexityFromCode,
  formatCompositeSegment,
  growthFromCode,
  industryFromCode,
  tierFromCode,
} from '../domain';
import type { ClientColumns } from '../columns';
import { roundHalfAway } from '../money';
import type { ClientRow, ClientSegmentRow, PortfolioResult } from './types';

function known(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

function text(value: string): string | null {
  return value === '' ? null : value;
}

/** (revenue − cost) / revenue; null when either is unknown or revenue 0. */
export function grossMargin(revenueCents: number, costCents: number) {
  if (revenueCents === 0 || Number.isNaN(revenueCents + costCents)) {
    return null;
  }
  return (revenueCents - costCents) / revenueCents;
}

/** Client i's tiers and economics under the result's policy. */
export function computeClientRow(
  columns: ClientColumns,
  result: PortfolioResult,
  i: number,
): ClientRow {
  const cls = result.classification;
  const primary = tierFromCode(cls.primary[i]!);
  const complexity = complexityFromCode(cls.complexity[i]!);
  const growth = growthFromCode(cls.growth[i]!);
  const industry = industryFromCode(columns.industry[i]!);
  const revenue = result.economics.revenueCents[i]!;
  const cost = result.economics.costCents[i]!;
  const arr = columns.arrCents[i]!;
  const churned = columns.churned[i]!;
  return {
    index: i,
    client_id: columns.clientId[i]!,
    name: columns.name[i]!,
    primary_segment: primary,
    worker_tier: tierFromCode(cls.workerTier[i]!),
    arr_tier: tierFromCode(cls.arrTier[i]!),
    service_tier: tierFromCode(cls.service[i]!),
    complexity_tier: complexity,
    growth_category: growth,
    industry,
    composite_segment: formatCompositeSegment(
      primary,
      complexity,
      growth,
      industry,
    ),
    override: tierFromCode(columns.overrideTier[i]!),
    workers: known(columns.workers[i]!),
    countries: known(columns.countryCount[i]!),
    mrr_cents: Number.isNaN(arr) ? null : roundHalfAway(arr / 12),
    revenue_cents: known(revenue),
    cost_to_serve_cents: known(cost),
    gross_margin: grossMargin(revenue, cost),
    health_score: known(columns.health[i]!),
    churned: churned === CHURN_UNKNOWN ? null : churned === CHURN_YES,
    csm_id: text(columns.csmId[i]!),
    tickets: known(columns.tickets[i]!),
    signed_date: text(columns.signedDate[i]!),
  };
}

/**
 * The DESIGN.md §3 "Client segment" export rows. The engine has no clock:
 * the reassessment date is the caller's (e.g. the period's end date).
 */
export function toClientSegmentRows(
  columns: ClientColumns,
  result: PortfolioResult,
  options: { readonly reassessedDate?: string | null } = {},
): ClientSegmentRow[] {
  const rows: ClientSegmentRow[] = [];
  for (let i = 0; i < columns.length; i++) {
    const row = computeClientRow(columns, result, i);
    rows.push({
      client_id: row.client_id,
      primary_segment: row.primary_segment,
      service_tier: row.service_tier,
      complexity_tier: row.complexity_tier,
      growth_category: row.growth_category,
      industry: row.industry,
      composite_segment: row.composite_segment,
      override: row.override,
      last_reassessed_date: options.reassessedDate ?? null,
    });
  }
  return rows;
}
