/**
 * The vocabulary of the domain: tiers, complexity, growth and industry, and
 * the small integer codes the engine stores them as in typed columns.
 */

/** Size and service tiers, smallest first; a tier's code is its index. */
export const TIERS = ['SMB', 'Mid-Market', 'Enterprise', 'Strategic'] as const;
export type Tier = (typeof TIERS)[number];

/** Complexity tiers by country count, lowest first. */
export const COMPLEXITIES = ['Low', 'Medium', 'High'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];

/** Growth categories, quarter over quarter. */
export const GROWTHS = ['Expanding', 'Stable', 'Contracting', 'New'] as const;
export type Growth = (typeof GROWTHS)[number];

/** The industries raw industry strings map onto. */
export const INDUSTRIES = [
  'Technology',
  'Financial Services',
  'Life Sciences',
  'Professional Services',
  'Other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** Code of a dimension that cannot be assigned (shown as Unassigned). */
export const UNASSIGNED = 255;

/** Churn flag codes in the `churned` column. */
export const CHURN_NO = 0;
export const CHURN_YES = 1;
export const CHURN_UNKNOWN = 2;

/** The word the UI and exports use for a null dimension. */
export const UNASSIGNED_LABEL = 'Unassigned';

/** Label of a coded tier, or null when unassigned. */
export function tierFromCode(code: number): Tier | null {
  return code < TIERS.length ? TIERS[code]! : null;
}

/** Label of a coded complexity, or null when unassigned. */
export function complexityFromCode(code: number): Complexity | null {
  return code < COMPLEXITIES.length ? COMPLEXITIES[code]! : null;
}

/** Label of a coded growth category, or null when unassigned. */
export function growthFromCode(code: number): Growth | null {
  return code < GROWTHS.length ? GROWTHS[code]! : null;
}

/** Label of a coded industry, or null when unassigned. */
export function industryFromCode(code: number): Industry | null {
  return code < INDUSTRIES.length ? INDUSTRIES[code]! : null;
}

/**
 * The composite segment label, e.g.
 * `Mid-Market | High Complexity | Expanding | Technology`.
 */
export function formatCompositeSegment(
  tier: Tier | null,
  complexity: Complexity | null,
  growth: Growth | null,
  industry: Industry | null,
): string {
  return [
    tier ?? UNASSIGNED_LABEL,
    `${complexity ?? UNASSIGNED_LABEL} Complexity`,
    growth ?? UNASSIGNED_LABEL,
    industry ?? UNASSIGNED_LABEL,
  ].join(' | ');
}

/** Throws when reached: the end of an exhaustive switch. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}

/** Throws an Error with the message when the condition is false. */
export function invariant(
  condition: unknown,
  message: string,
): asserts condition {
  if (!condition) throw new Error(`Invariant failed: ${message}`);
}
