import { useState } from 'react';

import type { Tier } from '../../../../shared/domain';
import type { SegmentEconomics } from '../../../../shared/engine/types';
import type { BreakEven } from '../../../../shared/scenario/types';
import { notify } from '../../../app/notifications-store';
import {
  createScenario,
  updateScenarioPolicy,
} from '../../../app/workspace-actions';
import { useWorkspaceStore } from '../../../app/workspace-store';
import { formatPercent } from '../../../ui/format';
import { NO_PORTFOLIO, Panel } from '../../../ui/Panel';
import { TargetMark, TierBadge } from '../../../ui/TierBadge';
import {
  describeSource,
  useAnalysisSource,
} from '../sensitivity/analysis-source';
import {
  applyBreakEven,
  applyLabel,
  currentPepmText,
  formatRatio,
  marginAtText,
  pepmCell,
  ratioCell,
  ratioComparison,
  type BreakEvenCell,
  type BreakEvenKind,
} from './breakeven-rows';
import { useBreakEven } from './use-break-even';

import '../../../styles/analysis.css';

/**
 * Break-even per tier: the loosest CSM ratio and the lowest minimum PEPM
 * that still meet the tier's gross-margin target, each with everything
 * else in the policy fixed, and a button to try a solved value.
 */
export function BreakEvenPanel() {
  const source = useAnalysisSource();
  const state = useBreakEven(source.policy, source.columns);
  const [applying, setApplying] = useState(false);

  const apply = async (row: BreakEven, kind: BreakEvenKind) => {
    setApplying(true);
    try {
      if (source.scenarioName === null) {
        await createScenario(
          `${row.tier} at break-even ${kind === 'ratio' ? 'ratio' : 'PEPM'}`,
        );
      }
      const policy = useWorkspaceStore.getState().scenarioPolicy;
      if (!policy) throw new Error('no scenario is active');
      await updateScenarioPolicy(applyBreakEven(policy, row, kind));
    } catch (error) {
      notify({
        kind: 'error',
        message: `The value could not be applied: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setApplying(false);
    }
  };

  if (!source.columns || !source.result) {
    return <p className="ui-empty">{NO_PORTFOLIO}</p>;
  }

  return (
    <Panel
      title="Break-even per tier"
      note={`For ${describeSource(source)}; each value is found with everything else fixed and updates after every edit`}
      className="an-panel"
    >
      {state.message && (
        <p
          className="ui-flag-line ui-flag-line--warn"
          role="alert"
          data-testid="breakeven-error"
        >
          {state.message} Edit the policy or reload the window to try again.
        </p>
      )}
      {state.rows === null ? (
        <p className="an-hint" data-testid="breakeven-solving">
          Solving…
        </p>
      ) : (
        <BreakEvenTable
          rows={state.rows}
          segments={source.result.segments}
          currency={source.currency}
          scenarioName={source.scenarioName}
          busy={applying || state.solving}
          onApply={(row, kind) => void apply(row, kind)}
        />
      )}
      <p className="an-hint">
        Break-even ratio: the fewest clients per CSM at which the tier’s gross
        margin is still above its target (one client fewer per CSM misses it).
        Lowest minimum PEPM: the smallest floor price per worker a month that
        meets the target (one cent less misses it). Margins are over the clients
        with a known revenue.
      </p>
    </Panel>
  );
}

function BreakEvenTable({
  rows,
  segments,
  currency,
  scenarioName,
  busy,
  onApply,
}: {
  readonly rows: readonly BreakEven[];
  /** The figures on show, so "now" matches every other screen at once. */
  readonly segments: readonly SegmentEconomics[];
  readonly currency: string;
  readonly scenarioName: string | null;
  readonly busy: boolean;
  readonly onApply: (row: BreakEven, kind: BreakEvenKind) => void;
}) {
  const now = (tier: Tier) => segments.find((s) => s.segment === tier);
  return (
    <table className="ui-table an-breakeven" data-testid="breakeven-table">
      <thead>
        <tr>
          <th scope="col">Tier</th>
          <th scope="col" className="ui-num">
            Gross margin now
          </th>
          <th scope="col" className="ui-num">
            Target
          </th>
          <th scope="col" className="ui-num">
            Break-even clients per CSM
          </th>
          <th scope="col" className="ui-num">
            Now
          </th>
          <th scope="col" className="ui-num">
            Lowest minimum PEPM
          </th>
          <th scope="col" className="ui-num">
            Now
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const ratio = ratioCell(row);
          const pepm = pepmCell(row, currency);
          return (
            <tr key={row.tier} data-testid={`breakeven-row-${row.tier}`}>
              <th scope="row">
                <TierBadge tier={row.tier} />
              </th>
              <td
                className="ui-num"
                data-testid={`breakeven-margin-${row.tier}`}
              >
                {formatPercent(now(row.tier)?.gross_margin ?? null)}
                <TargetMark
                  met={now(row.tier)?.gm_target_met ?? null}
                  title={`Target: above ${formatPercent(row.gm_target)}`}
                />
              </td>
              <td className="ui-num">above {formatPercent(row.gm_target)}</td>
              <SolvedCell
                testId={`breakeven-ratio-${row.tier}`}
                cell={ratio}
                detail={ratioComparison(row)}
                margin={row.ratio_margin}
                target={row.gm_target}
                label={applyLabel('ratio', scenarioName)}
                busy={busy}
                onApply={() => onApply(row, 'ratio')}
              />
              <td
                className="ui-num"
                data-testid={`breakeven-current-ratio-${row.tier}`}
              >
                {formatRatio(row.current_ratio)}
              </td>
              <SolvedCell
                testId={`breakeven-pepm-${row.tier}`}
                cell={pepm}
                detail={null}
                margin={row.min_pepm_margin}
                target={row.gm_target}
                label={applyLabel('pepm', scenarioName)}
                busy={busy}
                onApply={() => onApply(row, 'pepm')}
              />
              <td
                className="ui-num"
                data-testid={`breakeven-current-pepm-${row.tier}`}
              >
                {currentPepmText(row, currency)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function SolvedCell({
  testId,
  cell,
  detail,
  margin,
  target,
  label,
  busy,
  onApply,
}: {
  readonly testId: string;
  readonly cell: BreakEvenCell;
  readonly detail: string | null;
  readonly margin: number | null;
  readonly target: number;
  readonly label: { readonly text: string; readonly title: string };
  readonly busy: boolean;
  readonly onApply: () => void;
}) {
  return (
    <td className="ui-num an-solved">
      <span
        className={
          cell.tone
            ? `an-solved__status an-solved__status--${cell.tone}`
            : 'an-solved__value'
        }
        data-testid={testId}
        title={cell.status ?? undefined}
      >
        {cell.text}
      </span>
      {cell.status && <span className="an-solved__note">{cell.status}</span>}
      {!cell.status && margin !== null && (
        <span className="an-solved__note">
          {marginAtText(margin, target)}
          {detail ? `; ${detail}` : ''}
        </span>
      )}
      {cell.applicable && (
        <button
          type="button"
          className="button button-small an-solved__apply"
          data-testid={testId.replace('breakeven-', 'breakeven-apply-')}
          title={label.title}
          aria-label={label.title}
          disabled={busy}
          onClick={onApply}
        >
          {label.text}
        </button>
      )}
    </td>
  );
}
