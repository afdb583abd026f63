/**
 * Who moves as plain data: the rules in words, the filters of the list,
 * and the grid's columns. Every figure is the worker's Mover as it came.
 */
import { TIERS, UNASSIGNED_LABEL, type Tier } from '../../../../shared/domain';
import type { Mover, MoverRule } from '../../../../shared/scenario/types';
import type { GridColumn } from '../../../ui/data-grid';

/** What moved a client, as the list says it. */
export const MOVER_RULE_TEXT: Readonly<Record<MoverRule, string>> = {
  size_basis: 'Size basis',
  worker_threshold: 'Worker thresholds',
  arr_threshold: 'ARR thresholds',
  country_threshold: 'Country thresholds',
  complexity_uplift: 'Complexity uplift',
  override: 'Override',
};

/** The rules of a move in words, in the contract's order: `Worker thresholds, Complexity uplift`. */
export function moverRuleText(rules: readonly MoverRule[]): string {
  return rules.map((rule) => MOVER_RULE_TEXT[rule]).join(', ');
}

/** A tier filter: any tier, a tier, or no tier (Unassigned). */
export type TierFilter = 'any' | Tier | typeof UNASSIGNED_LABEL;

/** The choices of a tier filter, in order. */
export const TIER_FILTERS: readonly TierFilter[] = [
  'any',
  ...TIERS,
  UNASSIGNED_LABEL,
];

const matches = (filter: TierFilter, tier: Tier | null) =>
  filter === 'any' || filter === (tier ?? UNASSIGNED_LABEL);

/** The mover filter of a from and a to tier; null when both are any. */
export function moverFilter(
  from: TierFilter,
  to: TierFilter,
): ((mover: Mover) => boolean) | null {
  if (from === 'any' && to === 'any') return null;
  return (mover) => matches(from, mover.from) && matches(to, mover.to);
}

/** The movers grid's columns. */
export const MOVER_GRID_COLUMNS: readonly GridColumn<Mover>[] = [
  {
    id: 'client_id',
    header: 'Client id',
    kind: 'text',
    value: (m) => m.client_id,
    width: 110,
    pinned: true,
  },
  {
    id: 'name',
    header: 'Client',
    kind: 'text',
    value: (m) => m.name,
    width: 170,
  },
  {
    id: 'from',
    header: 'From',
    kind: 'tier',
    value: (m) => m.from ?? UNASSIGNED_LABEL,
    width: 115,
  },
  {
    id: 'to',
    header: 'To',
    kind: 'tier',
    value: (m) => m.to ?? UNASSIGNED_LABEL,
    width: 115,
  },
  {
    id: 'rules',
    header: 'Moved by',
    kind: 'text',
    value: (m) => moverRuleText(m.rules),
    width: 200,
  },
  {
    id: 'workers',
    header: 'Workers',
    kind: 'count',
    value: (m) => m.workers,
    width: 105,
  },
  {
    id: 'countries',
    header: 'Countries',
    kind: 'count',
    value: (m) => m.countries,
    width: 115,
  },
  {
    id: 'revenue_before',
    header: 'Revenue before',
    kind: 'money',
    value: (m) => m.revenue_before_cents,
    width: 150,
  },
  {
    id: 'revenue_after',
    header: 'Revenue after',
    kind: 'money',
    value: (m) => m.revenue_after_cents,
    width: 140,
  },
  {
    id: 'revenue_change',
    header: 'Revenue change',
    kind: 'money',
    value: (m) => m.revenue_change_cents,
    width: 150,
  },
  {
    id: 'cost_before',
    header: 'Cost before',
    kind: 'money',
    value: (m) => m.cost_before_cents,
    width: 125,
  },
  {
    id: 'cost_after',
    header: 'Cost after',
    kind: 'money',
    value: (m) => m.cost_after_cents,
    width: 120,
  },
  {
    id: 'cost_change',
    header: 'Cost change',
    kind: 'money',
    value: (m) => m.cost_change_cents,
    width: 130,
  },
];
