import { useEffect, useMemo } from 'react';

import type { Policy } from '../../../../shared/policy';
import { sweepRange, sweepValues } from '../../../../shared/scenario/sweep';
import type { SweepParameter } from '../../../../shared/scenario/types';
import { NO_PORTFOLIO, Panel } from '../../../ui/Panel';
import { describeSource, useAnalysisSource } from './analysis-source';
import {
  checkSweep,
  clampDraft,
  defaultDraft,
  type SweepDraft,
} from './sweep-form';
import {
  resetSensitivity,
  sessionFor,
  updateSession,
  useSensitivityStore,
} from './sensitivity-store';
import { SweepForm } from './SweepForm';
import {
  DEFAULT_CHOICE_ID,
  basisNote,
  choiceById,
  parameterId,
} from './sweep-parameters';
import { SweepResults } from './SweepResults';
import { useSweep, type SweepRun, type SweepState } from './use-sweep';

import '../../../styles/analysis.css';

/**
 * Threshold sensitivity: one line or ratio of the policy on show swept
 * over a range, with clients per tier, CSMs and margins along it and the
 * cliffs where a one-unit change moves many clients. The choices and the
 * last sweep are kept in the sensitivity store while the tab is away.
 */
export function SensitivityPanel() {
  const source = useAnalysisSource();
  const { period } = source;
  const session = sessionFor(useSensitivityStore(), period);
  const choice = choiceById(session.choiceId) ?? choiceById(DEFAULT_CHOICE_ID)!;
  const range = useMemo(
    () => sweepRange(source.policy, choice.parameter),
    [source.policy, choice],
  );
  const draft = session.draft ?? defaultDraft(choice.parameter, range);
  const setDraft = (next: SweepDraft) => updateSession(period, { draft: next });
  const sweep = useSweep(period);

  // Another period on show: its choices start afresh (the old sweep is dropped).
  useEffect(() => {
    if (useSensitivityStore.getState().period !== period) {
      resetSensitivity(period);
    }
  }, [period]);

  // A policy edit can narrow the range (a neighbouring line moved).
  // Only the bounds matter: a new range object with the same bounds is no change.
  const { min, max } = range;
  useEffect(() => {
    const kept = sessionFor(useSensitivityStore.getState(), period);
    const before = kept.draft ?? defaultDraft(choice.parameter, range);
    updateSession(period, {
      draft: clampDraft(choice.parameter, range, before),
    });
  }, [min, max]);

  const check = checkSweep(choice.parameter, range, draft);
  const running = sweep.state.status === 'running';
  const stale = isStale(sweep.state.run, source.policy, choice.parameter);

  const pick = (id: string) => {
    const next = choiceById(id);
    if (!next) return;
    updateSession(period, {
      choiceId: id,
      draft: defaultDraft(
        next.parameter,
        sweepRange(source.policy, next.parameter),
      ),
    });
  };
  const start = () => {
    if (!check.ok || running) return;
    const values = sweepValues(range, check.from, check.to, check.steps);
    void sweep.run(source.policy, choice.parameter, values);
  };

  if (!source.columns || !source.result) {
    return <p className="ui-empty">{NO_PORTFOLIO}</p>;
  }

  return (
    <Panel
      title="Threshold sensitivity"
      note={`Sweeps one line or ratio of ${describeSource(source)}, everything else as it is`}
      className="an-panel"
    >
      <div data-testid="sensitivity-panel">
        <SweepForm
          choice={choice}
          range={range}
          draft={draft}
          issues={check.ok ? {} : check.issues}
          running={running}
          progress={sweep.state.progress}
          onChoice={pick}
          onDraft={setDraft}
          onRun={start}
          onCancel={sweep.cancel}
          onResetRange={() => setDraft(defaultDraft(choice.parameter, range))}
          note={basisNote(source.policy.size_basis, choice.parameter)}
        />
        <p className="an-hint">
          A sweep runs when you press Run, so editing the policy stays instant;
          after an edit the charts below stay and are marked out of date.
        </p>
        <SweepStatus state={sweep.state} stale={stale} />
        {sweep.state.run && (
          <SweepResults run={sweep.state.run} stale={stale} />
        )}
      </div>
    </Panel>
  );
}

function SweepStatus({
  state,
  stale,
}: {
  readonly state: SweepState;
  readonly stale: boolean;
}) {
  if (state.status === 'error') {
    return (
      <p
        className="ui-flag-line ui-flag-line--warn"
        role="alert"
        data-testid="sweep-error"
      >
        {state.message} Try again; if it keeps failing, reload the window.
      </p>
    );
  }
  if (state.status === 'cancelled') {
    return (
      <p className="ui-flag-line" data-testid="sweep-cancelled">
        Sweep cancelled.
        {state.run ? ' The charts show the last sweep that finished.' : ''}
      </p>
    );
  }
  if (stale && state.status !== 'running') {
    return (
      <p className="ui-flag-line ui-flag-line--warn" data-testid="sweep-stale">
        Out of date: the policy or the parameter changed since this sweep. Run
        it again to update the charts.
      </p>
    );
  }
  return null;
}

/** Whether a finished sweep no longer matches the policy and parameter on show. */
export function isStale(
  run: SweepRun | null,
  policy: Policy,
  parameter: SweepParameter,
): boolean {
  if (!run) return false;
  if (parameterId(run.result.parameter) !== parameterId(parameter)) return true;
  return (
    run.policy !== policy &&
    JSON.stringify(run.policy) !== JSON.stringify(policy)
  );
}
