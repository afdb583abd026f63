/**
 * Every editable policy parameter (DESIGN.md §2) as a field of the policy
 * editor: its dotted path in the policy, its label, and how its value is
 * written in an input (percent for fractions, USD for money).
 */
import {
  COMPLEXITIES,
  TIERS,
  type Complexity,
  type Tier,
} from '../../../shared/domain';
import type { Policy } from '../../../shared/policy';

/** How a field's value is typed in and shown. */
export type PolicyFieldKind =
  'int' | 'number' | 'money' | 'money-or-none' | 'percent' | 'size-basis';

export type PolicyField = {
  /** Dotted path into the policy, e.g. `tiers.Mid-Market.min_workers`. */
  readonly path: string;
  readonly label: string;
  readonly kind: PolicyFieldKind;
  /** Written after the input: `workers`, `USD`, `%`, `hours`. */
  readonly unit: string;
  readonly help?: string;
};

/** One row of the per-tier table: the same parameter for every tier. */
export type TierParameter = {
  readonly key: string;
  readonly label: string;
  readonly kind: PolicyFieldKind;
  readonly unit: string;
  readonly help?: string;
};

/** The per-tier parameters, in the order the editor lists them. */
export const TIER_PARAMETERS: readonly TierParameter[] = [
  {
    key: 'min_workers',
    label: 'Starts at workers',
    kind: 'int',
    unit: 'workers',
    help: 'Smallest worker count of the tier (inclusive)',
  },
  {
    key: 'min_arr',
    label: 'Starts at ARR',
    kind: 'money',
    unit: 'USD',
    help: 'Smallest ARR of the tier (inclusive)',
  },
  { key: 'csm_ratio', label: 'Clients per CSM', kind: 'int', unit: 'clients' },
  {
    key: 'pepm',
    label: 'List price PEPM (reference)',
    kind: 'money',
    unit: 'USD',
    help: "The tier's list price, for reference: the sample portfolio was generated at these prices, and every client (the sample's too) keeps its own MRR. Price change and the minimum PEPM are what change revenue",
  },
  {
    key: 'min_pepm',
    label: 'Minimum PEPM floor',
    kind: 'money-or-none',
    unit: 'USD',
    help: 'Blank for no floor',
  },
  {
    key: 'price_change',
    label: 'Price change',
    kind: 'percent',
    unit: '%',
    help: "Applied to every client's MRR in the tier",
  },
  {
    key: 'onboarding_cost',
    label: 'Onboarding cost',
    kind: 'money',
    unit: 'USD',
  },
  {
    key: 'sla_hours',
    label: 'First-response SLA',
    kind: 'number',
    unit: 'hours',
  },
  {
    key: 'gm_target',
    label: 'Gross-margin target',
    kind: 'percent',
    unit: '%',
  },
];

/** The path of a tier's parameter. */
export function tierFieldPath(tier: Tier, key: string): string {
  return `tiers.${tier}.${key}`;
}

/** The field of one tier's parameter, labelled with the tier it bounds. */
export function getTierField(tier: Tier, parameter: TierParameter) {
  return {
    path: tierFieldPath(tier, parameter.key),
    label: `${tier}: ${parameter.label.toLowerCase()}`,
    kind: parameter.kind,
    unit: parameter.unit,
    help: parameter.help,
  } satisfies PolicyField;
}

/** The complexity parameters, one column per complexity tier. */
export const COMPLEXITY_PARAMETERS: readonly TierParameter[] = [
  {
    key: 'min_countries',
    label: 'Starts at countries',
    kind: 'int',
    unit: 'countries',
  },
  {
    key: 'uplift',
    label: 'Service tier uplift',
    kind: 'int',
    unit: 'tiers',
    help: 'Tiers the service tier is raised by (capped at Strategic)',
  },
];

/** The field of one complexity tier's parameter. */
export function getComplexityField(
  complexity: Complexity,
  parameter: TierParameter,
) {
  return {
    path: `complexity.${complexity}.${parameter.key}`,
    label: `${complexity} complexity: ${parameter.label.toLowerCase()}`,
    kind: parameter.kind,
    unit: parameter.unit,
    help: parameter.help,
  } satisfies PolicyField;
}

export const SIZE_BASIS_FIELD: PolicyField = {
  path: 'size_basis',
  label: 'Size tier basis',
  kind: 'size-basis',
  unit: '',
};

/** Size basis options as the select lists them. */
export const SIZE_BASIS_OPTIONS = [
  { value: 'workers', label: 'Workers' },
  { value: 'arr', label: 'ARR' },
  { value: 'higher', label: 'Higher of workers and ARR' },
  { value: 'lower', label: 'Lower of workers and ARR' },
] as const;

export const GROWTH_FIELDS: readonly PolicyField[] = [
  {
    path: 'growth.expanding_above',
    label: 'Expanding above',
    kind: 'percent',
    unit: '% QoQ',
  },
  {
    path: 'growth.contracting_below',
    label: 'Contracting below',
    kind: 'percent',
    unit: '% QoQ',
  },
];

export const COST_FIELDS: readonly PolicyField[] = [
  {
    path: 'costs.csm_annual_cost',
    label: 'CSM fully loaded cost',
    kind: 'money',
    unit: 'USD a year',
  },
  {
    path: 'costs.ticket_cost',
    label: 'Cost per support ticket',
    kind: 'money',
    unit: 'USD',
  },
  {
    path: 'costs.tickets_per_worker',
    label: 'Tickets per worker a month',
    kind: 'number',
    unit: 'when unknown',
  },
  {
    path: 'costs.onboarding_months',
    label: 'Onboarding amortised over',
    kind: 'int',
    unit: 'months',
  },
  {
    path: 'costs.payroll_ops_per_worker',
    label: 'Payroll operations',
    kind: 'money',
    unit: 'USD per worker a month',
  },
  {
    path: 'costs.country_ops_per_country',
    label: 'Country operations',
    kind: 'money',
    unit: 'USD per country a month',
  },
  {
    path: 'costs.platform_per_client',
    label: 'Platform',
    kind: 'money',
    unit: 'USD per client a month',
  },
];

export const TARGET_FIELDS: readonly PolicyField[] = [
  {
    path: 'targets.gm_review_below',
    label: 'Margin review below',
    kind: 'percent',
    unit: '%',
  },
  {
    path: 'targets.min_avg_health',
    label: 'Minimum average health',
    kind: 'number',
    unit: 'of 100',
  },
  {
    path: 'targets.utilization_band',
    label: 'CSM utilisation band',
    kind: 'percent',
    unit: '% around 1.0',
  },
  {
    path: 'targets.min_migration_rate',
    label: 'Tier migration at least',
    kind: 'percent',
    unit: '% a year',
  },
  {
    path: 'targets.max_revenue_share',
    label: 'Revenue share at most',
    kind: 'percent',
    unit: '% per segment',
  },
];

export const GUARDRAIL_FIELDS: readonly PolicyField[] = [
  {
    path: 'guardrails.min_quarters_between_changes',
    label: 'Quarters between tier changes',
    kind: 'int',
    unit: 'at least',
  },
];

/** Every field of the editor, in display order. */
export function getAllPolicyFields(): PolicyField[] {
  return [
    SIZE_BASIS_FIELD,
    ...TIERS.flatMap((tier) =>
      TIER_PARAMETERS.map((parameter) => getTierField(tier, parameter)),
    ),
    ...COMPLEXITIES.flatMap((complexity) =>
      COMPLEXITY_PARAMETERS.map((p) => getComplexityField(complexity, p)),
    ),
    ...GROWTH_FIELDS,
    ...COST_FIELDS,
    ...TARGET_FIELDS,
    ...GUARDRAIL_FIELDS,
  ];
}

/**
 * The worker range a tier covers under the policy, e.g. `11–50 workers`
 * (every minimum is inclusive; the next tier's minimum ends the range).
 */
export function describeWorkerRange(policy: Policy, tier: Tier): string {
  const index = TIERS.indexOf(tier);
  const from = policy.tiers[tier].min_workers;
  const next = TIERS[index + 1];
  if (!next) return `${countText(from)}+ workers`;
  const to = policy.tiers[next].min_workers - 1;
  return to <= from
    ? `${countText(from)} workers`
    : `${countText(from)}–${countText(to)} workers`;
}

const usd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});

/** A minimum one cent above a round amount: that amount, else null. */
function justAbove(amount: number): number | null {
  const cents = Math.round(amount * 100);
  return cents % 100 === 1 ? (cents - 1) / 100 : null;
}

/**
 * The ARR band a tier covers, exactly: `under $60,000`, `$60,000 to under
 * $300,000`, `$300,000 to $1,200,000`, `above $1,200,000`. A minimum of
 * 1,200,000.01 reads "above 1,200,000" and makes the band below end at it.
 */
export function describeArrRange(policy: Policy, tier: Tier): string {
  const min = policy.tiers[tier].min_arr;
  const next = TIERS[TIERS.indexOf(tier) + 1];
  const above = justAbove(min);
  const from = above !== null ? `above ${usd.format(above)}` : usd.format(min);
  if (!next) return above !== null ? `${from} ARR` : `from ${from} ARR`;
  const nextMin = policy.tiers[next].min_arr;
  const last = justAbove(nextMin);
  // The band ends at 1,200,000 inclusive, or just under a round minimum.
  const upper =
    last !== null ? usd.format(last) : `under ${usd.format(nextMin)}`;
  if (min === 0) return `${last !== null ? 'up to ' : ''}${upper} ARR`;
  return `${from} to ${upper} ARR`;
}

/**
 * What sizes a tier covers on the policy's size basis: its worker range,
 * its ARR band, or both for the higher or lower of the two.
 */
export function describeSizeRange(policy: Policy, tier: Tier): string {
  switch (policy.size_basis) {
    case 'workers':
      return describeWorkerRange(policy, tier);
    case 'arr':
      return describeArrRange(policy, tier);
    case 'higher':
    case 'lower':
      return `${describeWorkerRange(policy, tier)} · ${describeArrRange(policy, tier)}`;
  }
}

/** The country range a complexity tier covers, e.g. `3–7 countries`. */
export function describeCountryRange(
  policy: Policy,
  complexity: Complexity,
): string {
  const index = COMPLEXITIES.indexOf(complexity);
  const from = policy.complexity[complexity].min_countries;
  const next = COMPLEXITIES[index + 1];
  if (!next) return `${countText(from)}+ countries`;
  const to = policy.complexity[next].min_countries - 1;
  return to <= from
    ? `${countText(from)} countries`
    : `${countText(from)}–${countText(to)} countries`;
}

function countText(value: number): string {
  return value.toLocaleString('en-US');
}
