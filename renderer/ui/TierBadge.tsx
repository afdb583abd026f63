import { TIERS, UNASSIGNED_LABEL, type Tier } from '../../shared/domain';

/** A tier name in its tier's colour; Unassigned when null. */
export function TierBadge({ tier }: { readonly tier: Tier | null }) {
  const index = tier === null ? -1 : TIERS.indexOf(tier);
  const modifier = index < 0 ? 'none' : String(index);

  return (
    <span className={`ui-tier ui-tier--${modifier}`}>
      {tier ?? UNASSIGNED_LABEL}
    </span>
  );
}

/** A met / missed mark of a target, or nothing when it cannot be known. */
export function TargetMark({
  met,
  testId,
  title,
}: {
  readonly met: boolean | null;
  readonly testId?: string;
  /** What the target is, e.g. `Target: above 50 %`. */
  readonly title?: string;
}) {
  if (met === null) return null;

  return (
    <span
      className={`ui-mark ui-mark--${met ? 'met' : 'missed'}`}
      data-testid={testId}
      title={title ?? (met ? 'Target met' : 'Target missed')}
    >
      {met ? 'met' : 'missed'}
    </span>
  );
}
