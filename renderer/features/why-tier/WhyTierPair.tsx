/**
 * The "Why this tier" card's summary of a pair: the client's tiers and its
 * economics in its service tier under the policy before and the policy
 * after, side by side, with the change where it is a figure.
 */
import type { ReactNode } from 'react';

import type { TierExplanation } from '../../../shared/scenario/types';
import {
  formatMoney,
  formatMoneyDelta,
  formatPercent,
  formatPointsDelta,
} from '../../ui/format';
import { TargetMark, TierBadge } from '../../ui/TierBadge';
import type { ExplainedSide } from './use-why-tier-view';

/** One row of the summary: what it is, before, after and the change. */
type SummaryRow = {
  readonly key: string;
  readonly label: string;
  readonly before: ReactNode;
  readonly after: ReactNode;
  readonly change: string;
};

const tierOf = (tier: TierExplanation['service']) =>
  tier ? <TierBadge tier={tier} /> : <span className="wt-none">None</span>;

const complexityOf = (e: TierExplanation) =>
  `${e.complexity ?? 'Unassigned'}${e.uplift > 0 ? `, +${e.uplift} tier` : ''}`;

function margin(e: TierExplanation): ReactNode {
  const current = e.current;
  if (!current) return '—';
  const met =
    current.gross_margin === null
      ? null
      : current.gross_margin > current.gm_target;
  return (
    <>
      {formatPercent(current.gross_margin)}
      <TargetMark met={met} />
      <span className="wt-target">
        target {formatPercent(current.gm_target)}
      </span>
    </>
  );
}

const difference = (
  a: number | null | undefined,
  b: number | null | undefined,
) =>
  a === null || a === undefined || b === null || b === undefined ? null : b - a;

function rowsOf(
  a: TierExplanation,
  b: TierExplanation,
  currency: string,
): SummaryRow[] {
  const money = (
    e: TierExplanation,
    field: 'revenue_cents' | 'cost_to_serve_cents',
  ) => formatMoney(e.current?.[field] ?? null, currency);
  const moneyChange = (field: 'revenue_cents' | 'cost_to_serve_cents') => {
    const change = difference(a.current?.[field], b.current?.[field]);
    return change === null ? '' : formatMoneyDelta(change, currency) || '±0';
  };
  const marginChange = difference(
    a.current?.gross_margin,
    b.current?.gross_margin,
  );
  return [
    {
      key: 'service',
      label: 'Service tier',
      before: tierOf(a.service),
      after: tierOf(b.service),
      change: '',
    },
    {
      key: 'size',
      label: 'Size tier',
      before: tierOf(a.primary),
      after: tierOf(b.primary),
      change: '',
    },
    {
      key: 'complexity',
      label: 'Complexity',
      before: complexityOf(a),
      after: complexityOf(b),
      change: '',
    },
    {
      key: 'revenue',
      label: 'Revenue a month',
      before: money(a, 'revenue_cents'),
      after: money(b, 'revenue_cents'),
      change: moneyChange('revenue_cents'),
    },
    {
      key: 'cost',
      label: 'Cost to serve a month',
      before: money(a, 'cost_to_serve_cents'),
      after: money(b, 'cost_to_serve_cents'),
      change: moneyChange('cost_to_serve_cents'),
    },
    {
      key: 'margin',
      label: 'Margin in its tier',
      before: margin(a),
      after: margin(b),
      change:
        marginChange === null ? '' : formatPointsDelta(marginChange) || '±0 pp',
    },
  ];
}

/** The pair side by side: tiers and economics before and after. */
export function PairSummary({
  from,
  to,
  currency,
}: {
  readonly from: ExplainedSide;
  readonly to: ExplainedSide;
  readonly currency: string;
}) {
  const rows = rowsOf(from.explanation, to.explanation, currency);
  return (
    <section className="wt-section">
      <h3>
        {from.name} → {to.name}
      </h3>
      <table className="ui-table wt-table" data-testid="why-tier-pair">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">Before: {from.name}</th>
            <th scope="col">After: {to.name}</th>
            <th scope="col" className="ui-num">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid={`why-tier-pair-${row.key}`}>
              <th scope="row">{row.label}</th>
              <td>{row.before}</td>
              <td>{row.after}</td>
              <td className="ui-num">{row.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
