import { formatCount } from '../ui/format';

import { showScreen } from './navigation-store';
import { notify } from './notifications-store';
import { selectPeriod } from './workspace-actions';
import { useWorkspaceStore } from './workspace-store';

/** The header: period picker, source of the data, scenario, status. */
export function Header() {
  return (
    <header className="header">
      <PeriodPicker />
      <Source />
      <ScenarioName />
      <Status />
    </header>
  );
}

function PeriodPicker() {
  const periods = useWorkspaceStore((s) => s.periods);
  const period = useWorkspaceStore((s) => s.period);

  const onChange = (next: string) =>
    selectPeriod(next).catch((error: unknown) =>
      notify({
        kind: 'error',
        message: `The period could not be shown: ${(error as Error).message}`,
      }),
    );

  return (
    <label className="header-field">
      <span className="header-label">Period</span>
      <select
        data-testid="period-select"
        value={period ?? ''}
        disabled={periods.length === 0}
        onChange={(e) => void onChange(e.target.value)}
      >
        {periods.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </label>
  );
}

function Source() {
  const isSample = useWorkspaceStore((s) => s.isSample);
  const sourceName = useWorkspaceStore((s) => s.sourceName);
  const clients = useWorkspaceStore((s) => s.columns?.length ?? null);

  if (isSample) {
    return (
      <div className="header-field">
        <span className="badge badge-sample" data-testid="sample-badge">
          Sample data
        </span>
        <button
          type="button"
          className="button button-small"
          onClick={() => showScreen('import')}
        >
          Import your own
        </button>
      </div>
    );
  }
  return (
    <div className="header-field" data-testid="source-name">
      <span className="header-label">Source</span>
      <span>{sourceName ?? '—'}</span>
      {clients !== null && (
        <span className="muted">({formatCount(clients)} clients)</span>
      )}
    </div>
  );
}

function ScenarioName() {
  const scenario = useWorkspaceStore((s) => s.scenarioPolicy?.name ?? null);

  return (
    <div className="header-field">
      <span className="header-label">Scenario</span>
      <span
        data-testid="active-scenario"
        className={scenario ? 'scenario-name' : 'muted'}
      >
        {scenario ?? 'Baseline only'}
      </span>
    </div>
  );
}

function Status() {
  const status = useWorkspaceStore((s) => s.status);
  const ms = useWorkspaceStore((s) => s.lastComputeMs);
  const text =
    status === 'loading'
      ? 'Loading…'
      : status === 'computing'
        ? 'Computing…'
        : ms === null
          ? ''
          : // Figures found already computed take no measurable time.
            `Computed in ${ms < 0.05 ? 'under 0.1' : ms.toFixed(1)} ms`;

  return (
    <div
      className="header-status muted small"
      data-testid="compute-status"
      data-ms={ms ?? undefined}
    >
      {text}
    </div>
  );
}
