/**
 * Scenario-against-baseline deltas: the difference of two figures and the
 * tone it is shown in. A tone says whether the change moves toward the
 * target (good), away from it (bad), or has no direction (neutral).
 */

/** Which way a figure should move to get closer to its target. */
export type DeltaDirection = 'higher-is-better' | 'lower-is-better' | 'neutral';

export type DeltaTone = 'good' | 'bad' | 'neutral';

/** A scenario figure next to its baseline. */
export type Delta = {
  readonly value: number | null;
  readonly baseline: number | null;
  /** value − baseline; null when either is unknown. */
  readonly change: number | null;
  readonly tone: DeltaTone;
};

// Changes smaller than this are float noise from averaging, not a move.
const EPSILON = 1e-9;

/** The tone of a change given the direction the figure should move. */
export function getDeltaTone(
  change: number | null,
  direction: DeltaDirection,
): DeltaTone {
  if (change === null || Number.isNaN(change) || Math.abs(change) < EPSILON)
    return 'neutral';
  if (direction === 'neutral') return 'neutral';
  const better = direction === 'higher-is-better' ? change > 0 : change < 0;
  return better ? 'good' : 'bad';
}

/** The delta of a scenario figure against its baseline. */
export function computeDelta(
  value: number | null,
  baseline: number | null,
  direction: DeltaDirection,
): Delta {
  const known =
    value !== null &&
    baseline !== null &&
    !Number.isNaN(value) &&
    !Number.isNaN(baseline);
  const change = known ? value - baseline : null;
  return { value, baseline, change, tone: getDeltaTone(change, direction) };
}

/**
 * Whether clients moved into or out of a tier under a scenario: its client
 * count differs from the baseline's. False with no baseline; callers never
 * ask it of an all-tiers row, whose clients do not move.
 */
export function clientsMoved(
  clients: number,
  baselineClients: number | undefined,
): boolean {
  return baselineClients !== undefined && clients !== baselineClients;
}

/**
 * The direction a tier's figure is judged by. A figure that follows the
 * tier's clients (a count, a sum of revenue, cost or CSMs over them, or
 * an average per client) shifts with clients moving in or out, which is
 * neither better nor worse on its own: it is then neutral. Margins keep
 * theirs, as each tier has a target of its own.
 */
export function tierDeltaDirection(
  direction: DeltaDirection,
  flags: { readonly followsClients?: boolean; readonly moved?: boolean },
): DeltaDirection {
  return flags.followsClients && flags.moved ? 'neutral' : direction;
}
