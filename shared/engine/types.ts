/**
 * The shapes the engine computes. Money is in integer cents of the
 * portfolio's currency, per month; rates are fractions (0.5 is 50 %).
 * A figure that cannot be known is null.
 */
import type { Complexity, Growth, Industry, Tier } from '../domain';

/** Every client's tiers, as codes (UNASSIGNED when it cannot be assigned). */
export type Classification = {
  /** Size tier on the policy's size basis (primary_segment). */
  readonly primary: Uint8Array;
  /** The tier the worker count alone gives. */
  readonly workerTier: Uint8Array;
  /** The tier ARR alone gives (arr_tier). */
  readonly arrTier: Uint8Array;
  readonly complexity: Uint8Array;
  readonly growth: Uint8Array;
  /** Size tier raised by complexity uplift, unless an override sets it. */
  readonly service: Uint8Array;
};

/** Every client's monthly economics under the policy. */
export type ClientEconomics = {
  /** Revenue under the scenario, cents (unrounded); NaN when MRR unknown. */
  readonly revenueCents: Float64Array;
  /**
   * Cost to serve in the service tier, cents (unrounded); NaN when the
   * client has no service tier. Unknown workers or countries add nothing
   * to their terms; no ticket count means workers × tickets_per_worker.
   */
  readonly costCents: Float64Array;
};

/** The economics of one segment (a service tier, or a matrix cell). */
export type SegmentEconomics = {
  /** The service tier; null for clients with no service tier. */
  readonly segment: Tier | null;
  readonly client_count: number;
  /** Clients whose MRR is known. */
  readonly revenue_known_count: number;
  readonly total_mrr_cents: number;
  readonly avg_mrr_per_client_cents: number | null;
  readonly cost_to_serve_cents: number | null;
  /** (revenue − cost) / revenue over clients with known revenue. */
  readonly gross_margin: number | null;
  readonly gm_target: number | null;
  readonly avg_health_score: number | null;
  /** Churned / clients whose churn flag is known. */
  readonly churn_rate: number | null;
  /**
   * Σ ARR now (0 when churned) / Σ prior ARR, over clients whose ARR now
   * and before are both known; null when none.
   */
  readonly nrr: number | null;
  /** Expanding / clients with a measured growth (not New, not unknown). */
  readonly expansion_rate: number | null;
  readonly avg_countries_per_client: number | null;
  readonly revenue_share: number | null;
  readonly total_workers: number;
  /** Revenue under the policy's pricing (price change, floor), cents. */
  readonly revenue_cents: number;
  /** revenue_cents / revenue_known_count, exactly; null when none known. */
  readonly avg_revenue_per_client_cents: number | null;
  /** cost_to_serve_cents / client_count. */
  readonly avg_cost_per_client_cents: number | null;
  /** gross_margin above gm_target, compared exactly; null when unknown. */
  readonly gm_target_met: boolean | null;
};

/** One cell of the size × complexity matrix. */
export type MatrixCell = {
  readonly size: Tier | null;
  readonly complexity: Complexity | null;
  readonly client_count: number;
  readonly total_mrr_cents: number;
  readonly revenue_share: number | null;
  /** Revenue under the policy's pricing, cents. */
  readonly revenue_cents: number;
};

/** CSMs needed and had in one service tier. */
export type HiringRow = {
  readonly tier: Tier;
  readonly client_count: number;
  readonly csm_ratio: number;
  readonly required_csms: number;
  readonly current_csms: number;
  readonly hires_needed: number;
  /** Yearly fully loaded cost of the hires, cents. */
  readonly hires_cost_cents: number;
};

/** One CSM's book of clients. */
export type CsmBookRow = {
  readonly csm_id: string;
  readonly client_ids: readonly string[];
  /** Clients per service tier (Unassigned last). */
  readonly segment_mix: Readonly<Partial<Record<Tier | 'Unassigned', number>>>;
  /** The tier where most of the CSM's clients are. */
  readonly home_tier: Tier | null;
  readonly total_workers_managed: number;
  readonly total_mrr_managed_cents: number;
  /** Sum of 1 / ratio over the CSM's clients; 1.0 is full. */
  readonly utilization_score: number;
  readonly over_capacity: boolean;
};

/** Everything computed for one portfolio under one policy. */
export type PortfolioResult = {
  readonly classification: Classification;
  readonly economics: ClientEconomics;
  /** By service tier, SMB first; an Unassigned row last when any. */
  readonly segments: readonly SegmentEconomics[];
  /** All four tiers and the total, in one row each. */
  readonly total: SegmentEconomics;
  readonly matrix: readonly MatrixCell[];
  readonly hiring: readonly HiringRow[];
  readonly csmBook: readonly CsmBookRow[];
};

/**
 * Arrays computePortfolio may write into instead of allocating, for a
 * caller that recomputes the same portfolio often (the benchmark, a
 * worker). A result computed into buffers is overwritten by the next one.
 */
export type PortfolioBuffers = {
  readonly classification: Classification;
  readonly economics: ClientEconomics;
};

/** One client's tiers and economics, as labels, for grids and exports. */
export type ClientRow = {
  /** Index of the client in its columns. */
  readonly index: number;
  readonly client_id: string;
  readonly name: string;
  readonly primary_segment: Tier | null;
  readonly worker_tier: Tier | null;
  readonly arr_tier: Tier | null;
  readonly service_tier: Tier | null;
  readonly complexity_tier: Complexity | null;
  readonly growth_category: Growth | null;
  readonly industry: Industry | null;
  readonly composite_segment: string;
  /** The tier an approved override sets, or null. */
  readonly override: Tier | null;
  readonly workers: number | null;
  readonly countries: number | null;
  /** Imported MRR (ARR / 12), cents rounded to the cent. */
  readonly mrr_cents: number | null;
  /** Revenue under the policy, cents (unrounded). */
  readonly revenue_cents: number | null;
  /** Monthly cost to serve in the service tier, cents (unrounded). */
  readonly cost_to_serve_cents: number | null;
  readonly gross_margin: number | null;
  readonly health_score: number | null;
  readonly churned: boolean | null;
  readonly csm_id: string | null;
  readonly tickets: number | null;
  readonly signed_date: string | null;
};

/** The DESIGN.md §3 "Client segment" export row. */
export type ClientSegmentRow = {
  readonly client_id: string;
  readonly primary_segment: Tier | null;
  readonly service_tier: Tier | null;
  readonly complexity_tier: Complexity | null;
  readonly growth_category: Growth | null;
  readonly industry: Industry | null;
  readonly composite_segment: string;
  readonly override: Tier | null;
  /** ISO date of the reassessment that set the tiers, when known. */
  readonly last_reassessed_date: string | null;
};
