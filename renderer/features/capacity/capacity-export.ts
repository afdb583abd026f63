/**
 * The Capacity tables as exports, under the DESIGN.md §3 names: hiring
 * per tier (and the total), and the CSM book one row per CSM.
 */
import { TIERS, UNASSIGNED_LABEL } from '../../../shared/domain';
import type { CsmBookRow } from '../../../shared/engine/types';
import {
  fraction,
  money,
  type ExportColumn,
} from '../portfolio/portfolio-export';
import type { HiringTableRow } from './capacity-figures';

/** Hiring per tier: tier, client_count, required_csms, … hires_cost. */
export const HIRING_EXPORT_COLUMNS: readonly ExportColumn<HiringTableRow>[] = [
  { name: 'tier', kind: 'text', value: (r) => r.label },
  { name: 'client_count', kind: 'count', value: (r) => r.current.client_count },
  {
    name: 'required_csms',
    kind: 'count',
    value: (r) => r.current.required_csms,
  },
  { name: 'current_csms', kind: 'count', value: (r) => r.current.current_csms },
  { name: 'hires_needed', kind: 'count', value: (r) => r.current.hires_needed },
  {
    name: 'hires_cost',
    kind: 'money',
    value: (r) => money(r.current.hires_cost_cents),
  },
];

/** A CSM's clients per tier as `SMB:12; Mid-Market:3`, in tier order. */
export function segmentMixText(mix: CsmBookRow['segment_mix']): string {
  const keys = [...TIERS, UNASSIGNED_LABEL] as const;
  return keys
    .filter((key) => (mix[key] ?? 0) > 0)
    .map((key) => `${key}:${mix[key]}`)
    .join('; ');
}

/** The CSM book: csm_id, client_ids, segment_mix, … over_capacity. */
export const CSM_BOOK_EXPORT_COLUMNS: readonly ExportColumn<CsmBookRow>[] = [
  { name: 'csm_id', kind: 'text', value: (r) => r.csm_id },
  { name: 'client_ids', kind: 'text', value: (r) => r.client_ids.join('; ') },
  {
    name: 'segment_mix',
    kind: 'text',
    value: (r) => segmentMixText(r.segment_mix),
  },
  {
    name: 'total_workers_managed',
    kind: 'count',
    value: (r) => r.total_workers_managed,
  },
  {
    name: 'total_mrr_managed',
    kind: 'money',
    value: (r) => money(r.total_mrr_managed_cents),
  },
  {
    name: 'utilization_score',
    kind: 'number',
    value: (r) => fraction(r.utilization_score),
  },
  { name: 'over_capacity', kind: 'flag', value: (r) => r.over_capacity },
];
