/**
 * The shapes of scenario analysis: who moves between two policies and why,
 * the margin bridge between them, a threshold sweep, the break-even solver
 * and the "why this tier" explanation of one client. Money is integer
 * cents of the portfolio's currency per month unless a name says otherwise;
 * rates are fractions.
 */
import type { ClientColumns } from '../columns';
import type { Complexity, Tier } from '../domain';
import type { PortfolioResult } from '../engine/types';
import type { Policy } from '../policy';

/** A policy and what the engine computed for it over one portfolio. */
export type PolicyRun = {
  readonly policy: Policy;
  readonly result: PortfolioResult;
};

/**
 * What moved a client's service tier between two policies:
 * - `size_basis`: the size basis changed and gives another size tier;
 * - `worker_threshold`: a min_workers line moved past the client;
 * - `arr_threshold`: a min_arr line moved past the client;
 * - `country_threshold`: a min_countries line changed its complexity level;
 * - `complexity_uplift`: the uplift of its complexity level changed;
 * - `override`: an approved override set or released its tier.
 */
export type MoverRule =
  | 'size_basis'
  | 'worker_threshold'
  | 'arr_threshold'
  | 'country_threshold'
  | 'complexity_uplift'
  | 'override';

/** A client whose service tier differs between two policies. */
export type Mover = {
  /** Index of the client in its columns. */
  readonly index: number;
  readonly client_id: string;
  readonly name: string;
  readonly from: Tier | null;
  readonly to: Tier | null;
  /** Every rule that contributed, in the order of MoverRule. */
  readonly rules: readonly MoverRule[];
  readonly workers: number | null;
  readonly countries: number | null;
  /** Revenue under each policy, cents rounded to the cent; null when MRR is unknown. */
  readonly revenue_before_cents: number | null;
  readonly revenue_after_cents: number | null;
  /** after − before of the rounded figures; null when either is. */
  readonly revenue_change_cents: number | null;
  /** Cost to serve in each policy's service tier, rounded; null without a tier. */
  readonly cost_before_cents: number | null;
  readonly cost_after_cents: number | null;
  readonly cost_change_cents: number | null;
};

/**
 * One row of the margin bridge: a segment's monthly gross profit (revenue
 * less cost to serve, over its clients with known revenue) under the
 * `before` policy, its change split into effects, and the profit after.
 * `volume + mix + price + cost === total` and
 * `before_cents + total === after_cents` hold exactly, in integer cents.
 */
export type BridgeRow = {
  /** The service tier; null for the row of all four tiers together. */
  readonly segment: Tier | null;
  readonly before_cents: number;
  /** Clients that gain or lose a service tier, valued at before's economics. */
  readonly volume_cents: number;
  /** Clients that move between tiers, valued at before's economics. */
  readonly mix_cents: number;
  /** Pricing (price change, minimum PEPM) of after, in after's tiers. */
  readonly price_cents: number;
  /** Ratios and cost drivers of after, in after's tiers. */
  readonly cost_cents: number;
  readonly total_cents: number;
  readonly after_cents: number;
};

/** The policy parameter a sweep moves. */
export type SweepParameter =
  | { readonly kind: 'min_workers'; readonly tier: Tier }
  | { readonly kind: 'min_arr'; readonly tier: Tier }
  | { readonly kind: 'min_countries'; readonly level: Complexity }
  | { readonly kind: 'csm_ratio'; readonly tier: Tier };

/**
 * Where a parameter may be swept, in its policy units (workers, USD of ARR,
 * countries, clients per CSM): the values that keep the policy valid (the
 * thresholds stay strictly ascending), the one-unit change a cliff is
 * measured over, and the current value.
 */
export type SweepRange = {
  readonly min: number;
  readonly max: number;
  readonly unit: number;
  readonly current: number;
};

/** The figures at one value of a sweep. */
export type SweepStep = {
  /** The parameter's value, in policy units. */
  readonly value: number;
  /** Clients per service tier (SMB first), and those with none. */
  readonly clients: readonly number[];
  readonly unassigned: number;
  /** CSMs required per tier, and in total. */
  readonly required_csms: readonly number[];
  readonly total_required_csms: number;
  /** Gross margin per tier (null when unknown), and over all tiers. */
  readonly gross_margin: readonly (number | null)[];
  readonly total_gross_margin: number | null;
  /** Clients whose service tier differs from the previous step (0 at the first). */
  readonly flips: number;
  /** Clients whose service tier changes when the value moves up by one unit. */
  readonly unit_flips: number;
  /**
   * A one-unit change here moves at least SweepResult.cliff_clients clients
   * and stands out from the steps around it (see markCliffs).
   */
  readonly cliff: boolean;
};

export type SweepResult = {
  readonly parameter: SweepParameter;
  readonly range: SweepRange;
  readonly steps: readonly SweepStep[];
  /**
   * How many clients a one-unit change must move at least to be a cliff:
   * 1 % of the clients, at least 2. A cliff must also move twice the
   * median one-unit move of the 3 steps on each side, or 5 % of the
   * clients (markCliffs).
   */
  readonly cliff_clients: number;
};

/** How a break-even search ended. */
export type BreakEvenStatus =
  /** The target is met whatever the parameter (any ratio; no floor needed). */
  | 'always_met'
  | 'solved'
  /** No value of this parameter alone meets the target. */
  | 'unreachable'
  /** The tier has no client with a known revenue. */
  | 'no_clients';

/** The break-even values of one tier, each found with everything else fixed. */
export type BreakEven = {
  readonly tier: Tier;
  readonly gm_target: number;
  readonly gross_margin: number | null;
  readonly client_count: number;
  readonly current_ratio: number;
  /**
   * The fewest clients per CSM (the loosest ratio, the most CSM time a
   * client) that still meets the target: at `ratio` the margin is above
   * target and at `ratio − 1` it is not. 1 with `always_met`.
   */
  readonly ratio: number | null;
  readonly ratio_status: BreakEvenStatus;
  /** The margin with `ratio` in place. */
  readonly ratio_margin: number | null;
  /** The tier's minimum PEPM now, cents per worker a month; null when none. */
  readonly current_min_pepm_cents: number | null;
  /**
   * The lowest minimum PEPM, in whole cents per worker a month, that meets
   * the target: met at it and not one cent below. null with `always_met`.
   */
  readonly min_pepm_cents: number | null;
  readonly min_pepm_status: BreakEvenStatus;
  readonly min_pepm_margin: number | null;
};

/** Where a client sits against one dimension's thresholds. */
export type ThresholdPosition = {
  /** The client's value (workers, ARR cents, countries); null when unknown. */
  readonly value: number | null;
  /** The tier or level this dimension alone gives; null when unknown. */
  readonly level: string | null;
  /** The minimum of that level (inclusive), in the value's units. */
  readonly level_min: number | null;
  /** The next level up and how much more the client needs to reach it. */
  readonly next_level: string | null;
  readonly to_next: number | null;
  /** The level below and how much the client may lose before it drops. */
  readonly previous_level: string | null;
  readonly to_previous: number | null;
};

/** One client's economics if its service tier were `tier`. */
export type TierEconomics = {
  readonly tier: Tier;
  readonly revenue_cents: number | null;
  readonly cost_to_serve_cents: number;
  readonly gross_margin: number | null;
  readonly gm_target: number;
  readonly csm_ratio: number;
};

/** Which rule set each of a client's tiers, and what one tier up or down would mean. */
export type TierExplanation = {
  readonly index: number;
  readonly client_id: string;
  readonly name: string;
  readonly size_basis: Policy['size_basis'];
  readonly workers: ThresholdPosition;
  /** Values in ARR cents. */
  readonly arr: ThresholdPosition;
  readonly countries: ThresholdPosition;
  /** The size tier on the basis, and which dimension gave it. */
  readonly primary: Tier | null;
  readonly primary_from: 'workers' | 'arr' | null;
  readonly complexity: Complexity | null;
  /** Tiers added by the complexity uplift (after the cap at Strategic). */
  readonly uplift: number;
  readonly override: Tier | null;
  readonly service: Tier | null;
  /** Plain sentences, in order, that say how the service tier was reached. */
  readonly reasons: readonly string[];
  readonly current: TierEconomics | null;
  readonly one_down: TierEconomics | null;
  readonly one_up: TierEconomics | null;
};

/** The inputs every analysis takes. */
export type AnalysisInput = {
  readonly columns: ClientColumns;
  readonly policy: Policy;
};
