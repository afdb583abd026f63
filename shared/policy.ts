/**
 * The policy: every parameter a what-if scenario may change, its defaults
 * (DESIGN.md §2) and its validation. The policy file format of the report
 * command and of scenario exports is this shape, with money in USD and
 * rates as fractions; a file may name only what it changes.
 */
import { z } from 'zod';

import { TIERS, type Tier } from './domain';

const money = z.number().finite().nonnegative();
const fraction = z.number().finite();
const positiveInt = z.number().int().positive();

const tierPolicySchema = z
  .object({
    min_workers: positiveInt,
    min_arr: money,
    csm_ratio: positiveInt,
    pepm: money,
    min_pepm: money.nullable(),
    price_change: fraction.min(-1),
    onboarding_cost: money,
    sla_hours: z.number().finite().positive(),
    gm_target: fraction.max(1),
  })
  .strict();

const complexityPolicySchema = z
  .object({
    min_countries: positiveInt,
    uplift: z.number().int().min(0).max(3),
  })
  .strict();

/** The zod schema of a complete policy. */
export const policySchema = z
  .object({
    name: z.string().min(1).max(120),
    size_basis: z.enum(['workers', 'arr', 'higher', 'lower']),
    tiers: z
      .object({
        SMB: tierPolicySchema,
        'Mid-Market': tierPolicySchema,
        Enterprise: tierPolicySchema,
        Strategic: tierPolicySchema,
      })
      .strict(),
    complexity: z
      .object({
        Low: complexityPolicySchema,
        Medium: complexityPolicySchema,
        High: complexityPolicySchema,
      })
      .strict(),
    growth: z
      .object({ expanding_above: fraction, contracting_below: fraction })
      .strict(),
    costs: z
      .object({
        csm_annual_cost: money,
        ticket_cost: money,
        tickets_per_worker: z.number().finite().nonnegative(),
        onboarding_months: positiveInt,
        payroll_ops_per_worker: money,
        country_ops_per_country: money,
        platform_per_client: money,
      })
      .strict(),
    targets: z
      .object({
        gm_review_below: fraction,
        min_avg_health: z.number().finite().min(0).max(100),
        utilization_band: z.number().finite().nonnegative(),
        min_migration_rate: fraction,
        max_revenue_share: fraction,
      })
      .strict(),
    guardrails: z
      .object({ min_quarters_between_changes: z.number().int().min(0) })
      .strict(),
  })
  .strict();

/** A complete, validated policy. */
export type Policy = z.infer<typeof policySchema>;
/** One tier's parameters. */
export type TierPolicy = Policy['tiers'][Tier];
/** How the size tier is chosen: workers, ARR, or the higher or lower. */
export type SizeBasis = Policy['size_basis'];

function tierDefaults(
  min_workers: number,
  min_arr: number,
  csm_ratio: number,
  pepm: number,
  onboarding_cost: number,
  sla_hours: number,
  gm_target: number,
): TierPolicy {
  return {
    min_workers,
    min_arr,
    csm_ratio,
    pepm,
    min_pepm: null,
    price_change: 0,
    onboarding_cost,
    sla_hours,
    gm_target,
  };
}

/** The baseline policy: the customer's defaults, read literally. */
export const DEFAULT_POLICY: Policy = Object.freeze({
  name: 'Baseline',
  size_basis: 'workers',
  tiers: {
    SMB: tierDefaults(1, 0, 50, 450, 2400, 24, 0.5),
    'Mid-Market': tierDefaults(11, 60000, 20, 400, 6000, 8, 0.6),
    Enterprise: tierDefaults(51, 300000, 10, 350, 15000, 4, 0.65),
    // Strategic is "above 1,200,000": the smallest amount above it in cents.
    Strategic: tierDefaults(201, 1200000.01, 3, 300, 40000, 1, 0.7),
  },
  complexity: {
    Low: { min_countries: 1, uplift: 0 },
    Medium: { min_countries: 3, uplift: 0 },
    High: { min_countries: 8, uplift: 1 },
  },
  growth: { expanding_above: 0.1, contracting_below: -0.1 },
  costs: {
    csm_annual_cost: 120000,
    ticket_cost: 40,
    tickets_per_worker: 0.5,
    onboarding_months: 24,
    payroll_ops_per_worker: 80,
    country_ops_per_country: 120,
    platform_per_client: 80,
  },
  targets: {
    gm_review_below: 0.4,
    min_avg_health: 60,
    utilization_band: 0.2,
    min_migration_rate: 0.1,
    max_revenue_share: 0.5,
  },
  guardrails: { min_quarters_between_changes: 2 },
} satisfies Policy) as Policy;

/** One problem found in a policy, at a dotted key path. */
export type PolicyIssue = { readonly path: string; readonly message: string };

/** A policy that cannot be used; `issues` name every bad key. */
export class PolicyError extends Error {
  readonly code = 'E_POLICY_INVALID';
  constructor(readonly issues: readonly PolicyIssue[]) {
    super(
      'Policy is invalid: ' +
        issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; '),
    );
    this.name = 'PolicyError';
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lays a partial object over a complete one, key by key. */
function mergeOver(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    out[key] = key in base ? mergeOver(base[key], value) : value;
  }
  return out;
}

function checkOrdering(policy: Policy): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  for (let i = 1; i < TIERS.length; i++) {
    const lower = policy.tiers[TIERS[i - 1]!];
    const upper = policy.tiers[TIERS[i]!];
    if (upper.min_workers <= lower.min_workers) {
      issues.push({
        path: `tiers.${TIERS[i]}.min_workers`,
        message: `must be above ${TIERS[i - 1]}'s (${lower.min_workers})`,
      });
    }
    if (upper.min_arr <= lower.min_arr) {
      issues.push({
        path: `tiers.${TIERS[i]}.min_arr`,
        message: `must be above ${TIERS[i - 1]}'s (${lower.min_arr})`,
      });
    }
  }
  const { Low, Medium, High } = policy.complexity;
  if (!(Low.min_countries < Medium.min_countries)) {
    issues.push({
      path: 'complexity.Medium.min_countries',
      message: `must be above Low's (${Low.min_countries})`,
    });
  }
  if (!(Medium.min_countries < High.min_countries)) {
    issues.push({
      path: 'complexity.High.min_countries',
      message: `must be above Medium's (${Medium.min_countries})`,
    });
  }
  if (policy.growth.contracting_below > policy.growth.expanding_above) {
    issues.push({
      path: 'growth.contracting_below',
      message: 'must not be above growth.expanding_above',
    });
  }
  return issues;
}

/**
 * Validates a complete policy (from storage or the editor).
 * Throws PolicyError naming every bad key.
 */
export function validatePolicy(value: unknown): Policy {
  const parsed = policySchema.safeParse(value);
  if (!parsed.success) {
    throw new PolicyError(
      parsed.error.issues.map((issue) => ({
        path: [
          ...issue.path.map(String),
          ...('keys' in issue && Array.isArray(issue.keys)
            ? [issue.keys.join(', ')]
            : []),
        ].join('.'),
        message: issue.message,
      })),
    );
  }
  const ordering = checkOrdering(parsed.data);
  if (ordering.length > 0) throw new PolicyError(ordering);
  return parsed.data;
}

/**
 * Reads a policy file's parsed JSON: the keys it names are laid over
 * `base` (the baseline defaults unless given) and the result validated.
 */
export function parsePolicy(
  json: unknown,
  base: Policy = DEFAULT_POLICY,
): Policy {
  if (!isPlainObject(json)) {
    throw new PolicyError([{ path: '', message: 'must be a JSON object' }]);
  }
  return validatePolicy(mergeOver(base, json));
}

/** Parses policy file text (JSON) into a policy. */
export function parsePolicyText(
  text: string,
  base: Policy = DEFAULT_POLICY,
): Policy {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PolicyError([
      { path: '', message: `is not JSON (${(error as Error).message})` },
    ]);
  }
  return parsePolicy(json, base);
}

/** A deep copy of a policy under a new name, for a new scenario. */
export function clonePolicy(policy: Policy, name: string): Policy {
  return validatePolicy({
    ...(JSON.parse(JSON.stringify(policy)) as Policy),
    name,
  });
}
