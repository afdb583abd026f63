import type { SweepRange } from '../../../../shared/scenario/types';
import {
  SWEEP_CHOICES,
  formatParameterValue,
  parameterUnit,
  type SweepChoice,
} from './sweep-parameters';
import { MAX_STEPS, type SweepDraft, type SweepField } from './sweep-form';

const GROUPS = [...new Set(SWEEP_CHOICES.map((c) => c.group))];

/** The parameter select, from / to / steps inputs and Run (or Cancel). */
export function SweepForm({
  choice,
  range,
  draft,
  issues,
  running,
  progress,
  onChoice,
  onDraft,
  onRun,
  onCancel,
  onResetRange,
  note = null,
}: {
  readonly choice: SweepChoice;
  readonly range: SweepRange;
  readonly draft: SweepDraft;
  readonly issues: Readonly<Partial<Record<SweepField, string>>>;
  readonly running: boolean;
  readonly progress: number;
  readonly onChoice: (id: string) => void;
  readonly onDraft: (draft: SweepDraft) => void;
  readonly onRun: () => void;
  readonly onCancel: () => void;
  readonly onResetRange: () => void;
  /** Why this parameter moves no client under the policy, if it does not. */
  readonly note?: string | null;
}) {
  const { parameter } = choice;
  const fixed = range.min >= range.max;
  const invalid = fixed || Object.keys(issues).length > 0;
  const field = (name: SweepField, label: string, unit: string) => (
    <label className={`an-field ${issues[name] ? 'an-field--invalid' : ''}`}>
      <span className="an-field__label">{label}</span>
      <span className="an-field__control">
        <input
          className="pe-input an-input"
          data-testid={`sweep-${name}`}
          inputMode={name === 'steps' ? 'numeric' : 'decimal'}
          value={draft[name]}
          aria-invalid={issues[name] ? true : undefined}
          aria-describedby={issues[name] ? `sweep-${name}-issue` : undefined}
          onChange={(event) =>
            onDraft({ ...draft, [name]: event.target.value })
          }
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !invalid && !running) onRun();
          }}
        />
        <span className="pe-field__unit">{unit}</span>
      </span>
    </label>
  );

  return (
    <div className="an-form">
      <div className="an-form__row">
        <label className="an-field">
          <span className="an-field__label">Parameter</span>
          <select
            className="pe-select"
            data-testid="sweep-parameter"
            value={choice.id}
            disabled={running}
            onChange={(event) => onChoice(event.target.value)}
          >
            {GROUPS.map((group) => (
              <optgroup key={group} label={group}>
                {SWEEP_CHOICES.filter((c) => c.group === group).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        {field('from', 'From', parameterUnit(parameter))}
        {field('to', 'To', parameterUnit(parameter))}
        {field('steps', 'Steps', `values, at most ${MAX_STEPS}`)}
        {running ? (
          <button
            type="button"
            className="button"
            data-testid="sweep-cancel"
            onClick={onCancel}
          >
            Cancel
          </button>
        ) : (
          <button
            type="button"
            className="button button-primary"
            data-testid="sweep-run"
            disabled={invalid}
            onClick={onRun}
          >
            Run sweep
          </button>
        )}
      </div>
      <p className="an-hint" data-testid="sweep-range">
        Now {formatParameterValue(parameter, range.current)}.{' '}
        {fixed
          ? `This line cannot move: the lines beside it leave only ${formatParameterValue(parameter, range.min)}.`
          : `Valid from ${formatParameterValue(parameter, range.min)} to ${formatParameterValue(parameter, range.max)}.`}{' '}
        {!fixed && (
          <button
            type="button"
            className="an-link"
            data-testid="sweep-reset-range"
            disabled={running}
            onClick={onResetRange}
          >
            Use the whole range
          </button>
        )}
      </p>
      {note && (
        <p className="an-hint" data-testid="sweep-basis-note">
          {note}
        </p>
      )}
      {(['from', 'to', 'steps'] as const).map((name) =>
        issues[name] ? (
          <p
            key={name}
            id={`sweep-${name}-issue`}
            className="an-issue"
            data-testid={`sweep-${name}-issue`}
            role="alert"
          >
            {issues[name]}
          </p>
        ) : null,
      )}
      {running && <SweepProgress progress={progress} />}
    </div>
  );
}

function SweepProgress({ progress }: { readonly progress: number }) {
  const percent = Math.round(progress * 100);
  return (
    <div className="an-progress" aria-busy="true">
      <div
        className="an-progress__track"
        role="progressbar"
        aria-label="Sweep progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        data-testid="sweep-progress"
      >
        <div className="an-progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <span className="an-progress__text">Sweeping… {percent} %</span>
    </div>
  );
}
