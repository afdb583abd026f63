/**
 * The "Why this tier" card in words: where a client sits against each
 * dimension's thresholds (how far to the next line up, how much room
 * before the line down) and its economics one tier down, now and one up.
 */
import type {
  ThresholdPosition,
  TierEconomics,
  TierExplanation,
} from '../../../shared/scenario/types';
import { formatCount, formatMoney, formatPercent } from '../../ui/format';

/** The three dimensions the card lists, with their units. */
export type Dimension = 'workers' | 'arr' | 'countries';

export const DIMENSION_LABELS: Readonly<Record<Dimension, string>> = {
  workers: 'Workers',
  arr: 'ARR',
  countries: 'Countries',
};

/** A dimension's amount in its unit: `15 workers`, `$72,000`, `3 countries`. */
export function formatAmount(dimension: Dimension, value: number): string {
  switch (dimension) {
    case 'workers':
      return `${formatCount(value)} ${value === 1 ? 'worker' : 'workers'}`;
    case 'arr':
      return formatMoney(value, 'USD', Math.round(value) % 100 !== 0);
    case 'countries':
      return `${formatCount(value)} ${value === 1 ? 'country' : 'countries'}`;
  }
}

/** What a level is called in its dimension: a tier, or `Medium complexity`. */
function levelName(dimension: Dimension, level: string): string {
  return dimension === 'countries' ? `${level} complexity` : level;
}

/** One row of the thresholds table, as text. */
export type PositionText = {
  readonly value: string;
  readonly level: string;
  readonly up: string;
  readonly down: string;
};

/** A client's position against one dimension's thresholds, in words. */
export function describePosition(
  dimension: Dimension,
  position: ThresholdPosition,
  currency = 'USD',
): PositionText {
  const amount = (v: number) =>
    dimension === 'arr'
      ? formatMoney(v, currency, Math.round(v) % 100 !== 0)
      : formatAmount(dimension, v);
  // A difference is a bare count after the level's amount: "39 more".
  const delta = (v: number) =>
    dimension === 'arr' ? amount(v) : formatCount(v);
  if (position.value === null) {
    return { value: 'Unknown', level: '—', up: '—', down: '—' };
  }
  const level =
    position.level !== null
      ? levelName(dimension, position.level)
      : position.next_level !== null
        ? `Below ${levelName(dimension, position.next_level)}`
        : '—';
  const up =
    position.next_level === null || position.to_next === null
      ? 'Already the highest'
      : `${levelName(dimension, position.next_level)} at ${amount(position.value + position.to_next)}: ${delta(position.to_next)} more`;
  // to_previous is what the client must lose to drop (12 from 11: 2).
  const down =
    position.previous_level === null || position.to_previous === null
      ? 'Already the lowest'
      : `${levelName(dimension, position.previous_level)} at ${amount(position.value - position.to_previous)}: ${delta(position.to_previous)} ${dimension === 'arr' ? 'less' : 'fewer'}`;
  return { value: amount(position.value), level, up, down };
}

/** One row of the economics table. */
export type EconomicsText = {
  readonly key: 'one_down' | 'current' | 'one_up';
  readonly label: string;
  readonly tier: TierEconomics['tier'] | null;
  readonly revenue: string;
  readonly cost: string;
  readonly margin: string;
  readonly target: string;
  /** Margin strictly above target; null when the margin is unknown. */
  readonly met: boolean | null;
  readonly note: string | null;
};

const ROWS = [
  { key: 'one_down', label: 'One tier down' },
  { key: 'current', label: 'Service tier now' },
  { key: 'one_up', label: 'One tier up' },
] as const;

/** The client's economics one tier down, in its tier and one tier up. */
export function describeEconomics(
  explanation: TierExplanation,
  currency: string,
): readonly EconomicsText[] {
  return ROWS.map(({ key, label }) => {
    const economics = explanation[key];
    if (!economics) return emptyRow(key, label, explanation);
    return {
      key,
      label,
      tier: economics.tier,
      revenue: formatMoney(economics.revenue_cents, currency),
      cost: formatMoney(economics.cost_to_serve_cents, currency),
      margin: formatPercent(economics.gross_margin),
      target: `above ${formatPercent(economics.gm_target)}`,
      met:
        economics.gross_margin === null
          ? null
          : economics.gross_margin > economics.gm_target,
      note: `1 CSM per ${formatCount(economics.csm_ratio)} clients`,
    };
  });
}

function emptyRow(
  key: EconomicsText['key'],
  label: string,
  explanation: TierExplanation,
): EconomicsText {
  const note =
    explanation.service === null
      ? 'No service tier: no cost to serve'
      : key === 'one_up'
        ? 'Already the highest tier'
        : key === 'one_down'
          ? 'Already the lowest tier'
          : null;
  return {
    key,
    label,
    tier: null,
    revenue: '—',
    cost: '—',
    margin: '—',
    target: '—',
    met: null,
    note,
  };
}
