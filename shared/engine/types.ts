/**
 * The shapes the engine computes. Money is in integer cents of the
 * portfolio's currency, per month; rates are fractions (0.5 is 50 %).
 * A figure that cannot be known is null.
 */
import type { Complexity, Tier } from '../domain';

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
  /** Cost to serve in the service tier, cents (unrounded); NaN unknown. */
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
  readonly churn_rate: number | null;
  readonly nrr: number | null;
  readonly expansion_rate: number | null;
  readonly avg_countries_per_client: number | null;
  readonly revenue_share: number | null;
  readonly total_workers: number;
};

/** One cell of the size × complexity matrix. */
export type MatrixCell = {
  readonly size: Tier | null;
  readonly complexity: Complexity | null;
  readonly client_count: number;
  readonly total_mrr_cents: number;
  readonly revenue_share: number | null;
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
