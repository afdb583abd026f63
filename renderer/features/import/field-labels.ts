/** What each import field means, as the mapping table explains it. */
import type { Field } from '../../../shared/import/types';

export const FIELD_LABELS: Readonly<Record<Field, string>> = {
  client_id: 'Client id (required)',
  name: 'Client name',
  workers: 'Active EOR workers',
  countries: 'Countries (list of codes or names)',
  country_count: 'Number of countries',
  industry: 'Industry',
  mrr: 'MRR (per month)',
  arr: 'ARR (per year)',
  growth: 'Growth, quarter over quarter',
  workers_prior: 'Workers last quarter',
  mrr_prior: 'MRR last quarter',
  health_score: 'Health score (0–100)',
  churned: 'Churned (yes / no, or status)',
  csm_id: 'CSM',
  tickets: 'Support tickets a month',
  period: 'Period (e.g. 2024-Q4)',
  signed_date: 'Signed date',
  line_start: 'Line start date (lines only)',
  line_end: 'Line end date (lines only)',
};
