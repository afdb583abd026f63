/**
 * The policy: every parameter a what-if scenario may change, its defaults
 * (DESIGN.md §2) and its validation. The policy file format of the report
 * command and of scenario exports is this shape, with money in USD and
 * rates as fractions; a file may name only what it changes.
 */
import { z } from 'zod';

import { TIERS, type Tier } from './domain';

// Messages are worded in the file's units (USD, fractions); the editor
// words the same bounds in its own units from `PolicyIssue.bound`.
const number = () =>
  z.number({ error: 'must be a number' }).finite({ error: 'must be finite' });
const money = number().nonnegative({ error: 'must not be negative' });
const fraction = number();
const share = number()
  .min(0, { error: 'must be at least 0 (0 %)' })
  .max(1, { error: 'must be at most 1 (100 %)' });
const positiveInt = number()
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be at least 1' });

const tierPolicySchema = z
  .object({
    min_workers: positiveInt,
    min_arr: money,
    csm_ratio: positiveInt,
    pepm: money,
    min_pepm: money.nullable(),
    // A price cut of more than 100 % would pay the client.
    price_change: fraction.min(-1, {
      error: 'must be at least -1 (a price cut of 100 %)',
    }),
    onboarding_cost: money,
    sla_hours: number().positive({ error: 'must be above 0' }),
    gm_target: share,
  })
  .strict();

const complexityPolicySchema = z
  .object({
    min_countries: positiveInt,
    uplift: number()
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'must be at least 0' })
      .max(3, { error: 'must be at most 3' }),
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
      .object({
        // Revenue cannot fall by more than all of it.
        expanding_above: fraction.min(-1, {
          error: 'must be at least -1 (−100 %)',
        }),
        contracting_below: fraction.min(-1, {
          error: 'must be at least -1 (−100 %)',
        }),
      })
      .strict(),
    costs: z
      .object({
        csm_annual_cost: money,
        ticket_cost: money,
        tickets_per_worker: number().nonnegative({
          error: 'must not be negative',
        }),
        onboarding_months: positiveInt,
        payroll_ops_per_worker: money,
        country_ops_per_country: money,
        platform_per_client: money,
      })
      .strict(),
    targets: z
      .object({
        gm_review_below: share,
        min_avg_health: number()
          .min(0, { error: 'must be at least 0' })
          .max(100, { error: 'must be at most 100' }),
        utilization_band: share,
        min_migration_rate: share,
        max_revenue_share: share,
      })
      .strict(),
    guardrails: z
      .object({
        min_quarters_between_changes: number()
          .int({ error: 'must be a whole number' })
          .min(0, { error: 'must be at least 0' }),
      })
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

/**
 * The rule a value broke, so a caller can word it in its own units:
 * `min`/`max` against `limit` (inclusive or not), `whole` for a fraction
 * where a count belongs, `above`/`not-above` against the value of the
 * key `other` (`limit` is that value).
 */
export type PolicyBound =
  | {
      readonly kind: 'min' | 'max';
      readonly limit: number;
      readonly inclusive: boolean;
    }
  | { readonly kind: 'whole' }
  | {
      readonly kind: 'above' | 'not-above';
      readonly other: string;
      readonly limit: number;
    };

/** One problem found in a policy, at a dotted key path. */
export type PolicyIssue = {
  readonly path: string;
  readonly message: string;
  readonly bound?: PolicyBound;
};

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

/** An issue when `path`'s value is not above `other`'s. */
function above(
  policy: Policy,
  path: string,
  other: string,
  otherName: string,
): PolicyIssue[] {
  const value = valueAt(policy, path);
  const limit = valueAt(policy, other);
  if (value > limit) return [];
  return [
    {
      path,
      message: `must be above ${otherName} (${other}: ${limit})`,
      bound: { kind: 'above', other, limit },
    },
  ];
}

function valueAt(policy: Policy, path: string): number {
  let node: unknown = policy;
  for (const key of path.split('.')) {
    node = (node as Record<string, unknown>)[key];
  }
  return node as number;
}

function checkOrdering(policy: Policy): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  for (let i = 1; i < TIERS.length; i++) {
    const [lower, upper] = [TIERS[i - 1]!, TIERS[i]!];
    for (const key of ['min_workers', 'min_arr']) {
      const path = `tiers.${upper}.${key}`;
      const other = `tiers.${lower}.${key}`;
      issues.push(...above(policy, path, other, `${lower}'s`));
    }
  }
  const country = (c: string) => `complexity.${c}.min_countries`;
  issues.push(...above(policy, country('Medium'), country('Low'), "Low's"));
  issues.push(...above(policy, country('High'), country('Medium'), "Medium's"));
  const { contracting_below, expanding_above } = policy.growth;
  if (contracting_below > expanding_above) {
    issues.push({
      path: 'growth.contracting_below',
      message: `must not be above growth.expanding_above (${expanding_above})`,
      bound: {
        kind: 'not-above',
        other: 'growth.expanding_above',
        limit: expanding_above,
      },
    });
  }
  return issues;
}

type ZodIssue = z.core.$ZodIssue;

/** The bound a zod issue reports, when it is one the editor can word. */
function boundOf(issue: ZodIssue): PolicyBound | undefined {
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const limit = Number(
      issue.code === 'too_small' ? issue.minimum : issue.maximum,
    );
    const kind = issue.code === 'too_small' ? 'min' : 'max';
    return { kind, limit, inclusive: issue.inclusive !== false };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int') {
    return { kind: 'whole' };
  }
  return undefined;
}

function toPolicyIssue(issue: ZodIssue): PolicyIssue {
  const keys =
    'keys' in issue && Array.isArray(issue.keys) ? [issue.keys.join(', ')] : [];
  const bound = boundOf(issue);
  return {
    path: [...issue.path.map(String), ...keys].join('.'),
    message: issue.message,
    ...(bound ? { bound } : {}),
  };
}

/**
 * Validates a complete policy (from storage or the editor).
 * Throws PolicyError naming every bad key.
 */
export function validatePolicy(value: unknown): Policy {
  const parsed = policySchema.safeParse(value);
  if (!parsed.success) {
    throw new PolicyError(parsed.error.issues.map(toPolicyIssue));
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
