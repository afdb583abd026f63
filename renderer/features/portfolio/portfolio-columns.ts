/** The Portfolio grid's columns: every tier and economics figure. */
import type { GridColumn } from '../../ui/data-grid';
import { openWhyTier } from '../why-tier/why-tier-store';
import type { PortfolioRow } from './portfolio-rows';

type Column = GridColumn<PortfolioRow>;

const BASELINE_TIER: Column = {
  id: 'baseline_service_tier',
  header: 'Baseline service tier',
  kind: 'tier',
  value: (r) => r.baseline_service_tier,
  width: 175,
  tooltip: 'Service tier under the baseline policy',
};

const ALL_COLUMNS: readonly Column[] = [
  {
    id: 'client_id',
    header: 'Client id',
    kind: 'text',
    value: (r) => r.client.client_id,
    pinned: true,
    width: 120,
  },
  {
    id: 'name',
    header: 'Name',
    kind: 'text',
    value: (r) => r.client.name,
    width: 170,
  },
  {
    id: 'primary_segment',
    header: 'Size tier',
    kind: 'tier',
    value: (r) => r.client.primary_segment,
    width: 105,
    tooltip: 'Size tier on the policy\u2019s size basis (primary_segment)',
  },
  {
    id: 'arr_tier',
    header: 'ARR tier',
    kind: 'tier',
    value: (r) => r.client.arr_tier,
    width: 100,
  },
  {
    id: 'service_tier',
    header: 'Service tier',
    kind: 'tier',
    value: (r) => r.client.service_tier,
    width: 115,
    tooltip: 'Size tier raised by complexity, or an approved override',
  },
  {
    id: 'complexity_tier',
    header: 'Complexity',
    kind: 'text',
    value: (r) => r.client.complexity_tier,
    width: 125,
  },
  {
    id: 'growth_category',
    header: 'Growth',
    kind: 'text',
    value: (r) => r.client.growth_category,
    width: 115,
  },
  {
    id: 'industry',
    header: 'Industry',
    kind: 'text',
    value: (r) => r.client.industry,
    width: 160,
  },
  {
    id: 'composite_segment',
    header: 'Composite segment',
    kind: 'text',
    value: (r) => r.client.composite_segment,
    width: 330,
  },
  {
    id: 'workers',
    header: 'Workers',
    kind: 'count',
    value: (r) => r.client.workers,
    width: 100,
  },
  {
    id: 'countries',
    header: 'Countries',
    kind: 'count',
    value: (r) => r.client.countries,
    width: 105,
  },
  {
    id: 'mrr',
    header: 'MRR',
    kind: 'money',
    value: (r) => r.client.mrr_cents,
    width: 105,
    tooltip: 'Imported MRR (ARR / 12)',
  },
  {
    id: 'revenue',
    header: 'Revenue / mo',
    kind: 'money',
    value: (r) => r.client.revenue_cents,
    width: 130,
    tooltip: 'MRR under the policy\u2019s pricing',
  },
  {
    id: 'cost_to_serve',
    header: 'Cost / mo',
    kind: 'money',
    value: (r) => r.client.cost_to_serve_cents,
    tooltip: 'Cost to serve the client a month in its service tier',
    width: 115,
  },
  {
    id: 'gross_margin',
    header: 'Gross margin',
    kind: 'percent',
    value: (r) => r.client.gross_margin,
    width: 140,
  },
  {
    id: 'health_score',
    header: 'Health',
    kind: 'number',
    digits: 0,
    value: (r) => r.client.health_score,
    width: 95,
  },
  {
    id: 'churned',
    header: 'Churned',
    kind: 'flag',
    value: (r) => r.client.churned,
    width: 100,
  },
  {
    id: 'csm_id',
    header: 'CSM',
    kind: 'text',
    value: (r) => r.client.csm_id,
    width: 110,
  },
  {
    id: 'override',
    header: 'Override',
    kind: 'tier',
    value: (r) => r.client.override,
    width: 110,
    tooltip: 'Tier set by an approved override',
  },
];

// The key figures come right after the tiers, so id, name, tiers, MRR,
// revenue, cost and margin fit a 1400 px window without scrolling sideways.
const ORDER = [
  'client_id',
  'name',
  'primary_segment',
  'arr_tier',
  'service_tier',
  'mrr',
  'revenue',
  'cost_to_serve',
  'gross_margin',
  'workers',
  'countries',
  'complexity_tier',
  'growth_category',
  'health_score',
  'churned',
  'csm_id',
  'industry',
  'composite_segment',
  'override',
] as const;

const COLUMNS: readonly Column[] = ORDER.map((id) =>
  ALL_COLUMNS.find((c) => c.id === id)!,
);

/** The columns, with the baseline service tier after the service tier
 * when a scenario is active. */
export function getPortfolioColumns(withBaseline: boolean): Column[] {
  if (!withBaseline) return [...COLUMNS];
  const at = COLUMNS.findIndex((c) => c.id === 'service_tier') + 1;
  return [...COLUMNS.slice(0, at), BASELINE_TIER, ...COLUMNS.slice(at)];
}

/** The small "Why" button that opens the tier explanation of a row. */
export const WHY_COLUMN: Column = {
  id: 'why',
  header: '',
  kind: 'text',
  value: () => null,
  pinned: true,
  width: 64,
  tooltip:
    'Why this tier: the rules and thresholds behind the client\u2019s tiers',
  action: {
    label: 'Why',
    testId: 'why-open',
    title: (r) => `Why is ${r.client.name || r.client.client_id} in this tier?`,
    onClick: (r) => openWhyTier(r.client.index),
  },
};
