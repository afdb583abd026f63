/**
 * Header labels each field is known by: our own names, the human labels of
 * spreadsheets, and the exports of Salesforce, RavenStack and IBM Telco.
 * Labels compare in a compact form (lower case, letters and digits only,
 * bracketed units dropped), so `Client ID`, `client_id` and `ClientId` are
 * one label and `ARR (USD)` is `arr`.
 */
import type { Field } from './types';

// Most specific label first: a column matching an earlier label wins the
// field over one matching a later label. NOTE: `AnnualRevenue` (and plain
// `revenue`/`turnover`) is the customer's own revenue, not what they pay:
// it must never be proposed as ARR.
const ALIASES: Readonly<Record<Field, readonly string[]>> = {
  client_id: [
    'client_id',
    'clientid',
    'account_id',
    'customer_id',
    'customerid',
    'company_id',
    'id',
    'client_number',
    'client_no',
    'client_code',
    'account_number',
    'customer_number',
  ],
  name: [
    'client_name',
    'name',
    'account_name',
    'customer_name',
    'company_name',
    'company',
    'client',
    'account',
    'customer',
    'organisation',
    'organization',
  ],
  workers: [
    'workers',
    'active_workers',
    'eor_workers',
    'worker_count',
    'workers_count',
    'num_workers',
    'number_of_workers',
    'seats',
    'headcount',
    'head_count',
    'employees',
    'number_of_employees',
    'employee_count',
    'ftes',
    'fte',
  ],
  countries: [
    'countries',
    'country_list',
    'countries_list',
    'country',
    'country_codes',
    'country_code',
    'billing_country',
    'shipping_country',
    'markets',
  ],
  country_count: [
    'country_count',
    'countries_count',
    'number_of_countries',
    'num_countries',
    'n_countries',
  ],
  industry: ['industry', 'sector', 'vertical', 'industry_name'],
  mrr: [
    'mrr',
    'mrr_amount',
    'mrr_usd',
    'monthly_recurring_revenue',
    'monthly_charges',
    'monthly_revenue',
    'monthly_fee',
  ],
  arr: ['arr', 'arr_amount', 'arr_usd', 'annual_recurring_revenue'],
  growth: [
    'qoq_growth',
    'growth',
    'qoq',
    'growth_qoq',
    'qoq_growth_rate',
    'growth_rate',
    'quarterly_growth',
    'growth_pct',
    'growth_percent',
    'qoq_change',
  ],
  workers_prior: [
    'workers_prior',
    'prior_workers',
    'previous_workers',
    'workers_last_quarter',
    'workers_prev',
  ],
  mrr_prior: [
    'mrr_prior',
    'prior_mrr',
    'previous_mrr',
    'mrr_last_quarter',
    'mrr_prev',
  ],
  health_score: ['health_score', 'health', 'customer_health', 'health_index'],
  churned: [
    'churned',
    'churn',
    'churn_flag',
    'is_churned',
    'churn_status',
    'status',
    'account_status',
    'customer_status',
    'client_status',
  ],
  csm_id: [
    'csm_id',
    'csm',
    'csm_name',
    'customer_success_manager',
    'csm_email',
    'account_manager',
    'account_owner',
    'owner',
    'owner_id',
  ],
  tickets: [
    'support_tickets',
    'tickets',
    'tickets_per_month',
    'monthly_tickets',
    'ticket_count',
    'avg_tickets',
  ],
  period: ['period', 'quarter', 'snapshot_period', 'reporting_period'],
  signed_date: [
    'signed_date',
    'signup_date',
    'date_signed',
    'signed_on',
    'contract_date',
    'customer_since',
    'created_date',
    'created_at',
  ],
  line_start: [
    'line_start',
    'start_date',
    'subscription_start',
    'valid_from',
    'effective_date',
  ],
  line_end: ['line_end', 'end_date', 'subscription_end', 'valid_to'],
};

/** A header label in the compact form labels compare in. */
export function compactLabel(label: string): string {
  return label
    .replace(/^\uFEFF/, '')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

type AliasHit = { readonly field: Field; readonly rank: number };

const ALIAS_INDEX: ReadonlyMap<string, AliasHit> = buildIndex();

function buildIndex(): Map<string, AliasHit> {
  const index = new Map<string, AliasHit>();
  for (const [field, labels] of Object.entries(ALIASES)) {
    labels.forEach((label, rank) => {
      const key = compactLabel(label);
      if (!index.has(key)) index.set(key, { field: field as Field, rank });
    });
  }
  return index;
}

/** The field a header label is known for, and how specific a match it is. */
export function matchAlias(label: string): AliasHit | null {
  return ALIAS_INDEX.get(compactLabel(label)) ?? null;
}

/** How many cells of a candidate header row are known labels. */
export function countAliasMatches(cells: readonly string[]): number {
  let matches = 0;
  for (const cell of cells) if (matchAlias(cell)) matches++;
  return matches;
}

/** The currency a header names for its column, e.g. `ARR (EUR)`. */
export function headerCurrency(label: string): string | null {
  const upper = label.toUpperCase();
  const code =
    /(?:^|[^A-Z])(USD|EUR|GBP|CHF|CAD|AUD|SEK|NOK|DKK|PLN|JPY|INR)(?:$|[^A-Z])/.exec(
      upper,
    );
  if (code) return code[1]!;
  const symbol = /[([]\s*([$€£])\s*[)\]]/.exec(label);
  if (!symbol) return null;
  return symbol[1] === '$' ? 'USD' : symbol[1] === '€' ? 'EUR' : 'GBP';
}
