/**
 * The break-even table in words: each tier's solved ratio and minimum
 * PEPM as the table shows them, the status written out where nothing was
 * solved, and the policy with a solved value put in place to try it.
 */
import type { Tier } from '../../../../shared/domain';
import type { Policy } from '../../../../shared/policy';
import type {
  BreakEven,
  BreakEvenStatus,
} from '../../../../shared/scenario/types';
import { formatCount, formatMoney, formatPercent } from '../../../ui/format';

/** Which solved value a button applies. */
export type BreakEvenKind = 'ratio' | 'pepm';

/** One solved value as a cell shows it. */
export type BreakEvenCell = {
  readonly text: string;
  /** A status in words when nothing was solved; null when solved. */
  readonly status: string | null;
  /** How the status reads: good news, bad news, or nothing to say. */
  readonly tone: 'good' | 'bad' | 'none' | null;
  /** Whether the value can be applied (solved and not what the policy has). */
  readonly applicable: boolean;
};

const RATIO_STATUS: Readonly<
  Record<Exclude<BreakEvenStatus, 'solved'>, string>
> = {
  always_met: 'Always met: even 1 client per CSM meets the target',
  unreachable: 'Not reachable by the ratio alone',
  no_clients: 'No clients with a known revenue',
};

const PEPM_STATUS: Readonly<
  Record<Exclude<BreakEvenStatus, 'solved'>, string>
> = {
  always_met: 'Always met: no minimum PEPM needed',
  unreachable: 'Not reachable by a minimum PEPM alone',
  no_clients: 'No clients with a known revenue',
};

/** The short word of a status, for the cell itself. */
const STATUS_WORD: Readonly<
  Record<Exclude<BreakEvenStatus, 'solved'>, string>
> = {
  always_met: 'Always met',
  unreachable: 'Not reachable',
  no_clients: 'No clients',
};

const TONE: Readonly<
  Record<Exclude<BreakEvenStatus, 'solved'>, 'good' | 'bad' | 'none'>
> = { always_met: 'good', unreachable: 'bad', no_clients: 'none' };

/** A ratio as the app writes it: `1:34`. */
export function formatRatio(ratio: number): string {
  return `1:${formatCount(ratio)}`;
}

/** The break-even ratio cell of a tier. */
export function ratioCell(row: BreakEven): BreakEvenCell {
  if (row.ratio_status !== 'solved' || row.ratio === null) {
    const status =
      row.ratio_status === 'solved' ? 'unreachable' : row.ratio_status;
    return {
      text: STATUS_WORD[status],
      status: RATIO_STATUS[status],
      tone: TONE[status],
      applicable: false,
    };
  }
  return {
    text: formatRatio(row.ratio),
    status: null,
    tone: null,
    applicable: row.ratio !== row.current_ratio,
  };
}

/** The lowest minimum PEPM cell of a tier. */
export function pepmCell(row: BreakEven, currency: string): BreakEvenCell {
  if (row.min_pepm_status !== 'solved' || row.min_pepm_cents === null) {
    const status =
      row.min_pepm_status === 'solved' ? 'unreachable' : row.min_pepm_status;
    return {
      text: STATUS_WORD[status],
      status: PEPM_STATUS[status],
      tone: TONE[status],
      applicable: false,
    };
  }
  return {
    text: formatMoney(row.min_pepm_cents, currency, true),
    status: null,
    tone: null,
    applicable: row.min_pepm_cents !== row.current_min_pepm_cents,
  };
}

/** The tier's minimum PEPM now, or `none`. */
export function currentPepmText(row: BreakEven, currency: string): string {
  return row.current_min_pepm_cents === null
    ? 'none'
    : formatMoney(row.current_min_pepm_cents, currency, true);
}

/**
 * How the solved ratio compares with the one in place: a looser ratio
 * means the tier could afford more CSM time per client.
 */
export function ratioComparison(row: BreakEven): string | null {
  if (row.ratio_status !== 'solved' || row.ratio === null) return null;
  const gap = row.current_ratio - row.ratio;
  if (gap === 0) return 'the ratio in place is exactly at break-even';
  return gap > 0
    ? `${formatCount(gap)} fewer clients per CSM than now still meets the target`
    : `needs ${formatCount(-gap)} more clients per CSM than now`;
}

/** The policy with one tier's solved value in place. */
export function applyBreakEven(
  policy: Policy,
  row: BreakEven,
  kind: BreakEvenKind,
): Policy {
  const tier: Tier = row.tier;
  const current = policy.tiers[tier];
  const next =
    kind === 'ratio'
      ? { ...current, csm_ratio: row.ratio ?? current.csm_ratio }
      : {
          ...current,
          min_pepm:
            row.min_pepm_cents === null
              ? current.min_pepm
              : row.min_pepm_cents / 100,
        };
  return { ...policy, tiers: { ...policy.tiers, [tier]: next } };
}

/** An apply button's short text and the title that says where it goes. */
export function applyLabel(
  kind: BreakEvenKind,
  scenarioName: string | null,
): { readonly text: string; readonly title: string } {
  const what = kind === 'ratio' ? 'this ratio' : 'this minimum PEPM';
  return scenarioName === null
    ? {
        text: 'Try in a new scenario',
        title: `Try ${what} in a new scenario (a copy of the baseline)`,
      }
    : { text: 'Apply', title: `Set ${what} in ${scenarioName}` };
}

/**
 * The margin at a solved value. At break-even it is just above target,
 * often by less than a hundredth of a point: said so, not shown equal.
 */
export function marginAtText(margin: number, target: number): string {
  const shown = formatPercent(margin, 2);
  return shown === formatPercent(target, 2)
    ? `margin just above ${shown} at it`
    : `margin ${shown} at it`;
}
