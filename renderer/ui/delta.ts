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
