import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';

import { useWorkspaceStore } from '../../../app/workspace-store';
import { getDb } from '../../../db/db';
import { loadPolicyHistory } from '../../../db/policy-edits-repo';
import type { HistoryEntry } from '../../../db/policy-history';
import { Panel } from '../../../ui/Panel';
import {
  describeEntry,
  formatExactTime,
  formatRelativeTime,
} from './history-text';
import './scenario-workspace.css';

/** The most entries listed; older ones are counted. */
const SHOWN = 200;

/**
 * The active scenario's edit history, newest first: who changed what and
 * when, undone edits struck through. Read live from the edit log.
 */
export function ScenarioHistoryPanel() {
  const activeId = useWorkspaceStore((s) => s.activeScenarioId);
  return (
    <Panel
      title="Edit history"
      note="Newest first; Undo and Redo step through it"
    >
      {activeId ? (
        <PolicyHistoryList policyId={activeId} testId="scenario-history" />
      ) : (
        <p className="ui-empty">Pick a scenario to see its history.</p>
      )}
    </Panel>
  );
}

/**
 * One policy's history as a list (`testId`, entries `testId-entry`): the
 * Scenario screen's for the active scenario, Settings' for the baseline.
 */
export function PolicyHistoryList({
  policyId,
  testId,
}: {
  readonly policyId: string;
  readonly testId: string;
}) {
  const history = useLiveQuery(
    () => loadPolicyHistory(getDb(), policyId),
    [policyId],
  );
  const now = useNow(30_000);
  const entries = history ? [...history.entries].reverse() : [];
  return (
    <ol className="sc-history" data-testid={testId}>
      {history && entries.length === 0 && (
        <li className="muted">No edits yet.</li>
      )}
      {entries.slice(0, SHOWN).map((entry) => (
        <HistoryRow
          key={entry.id}
          entry={entry}
          now={now}
          testId={`${testId}-entry`}
        />
      ))}
      {entries.length > SHOWN && (
        <li className="muted">
          {entries.length - SHOWN} earlier edits are kept but not listed.
        </li>
      )}
    </ol>
  );
}

function HistoryRow({
  entry,
  now,
  testId,
}: {
  readonly entry: HistoryEntry;
  readonly now: Date;
  readonly testId: string;
}) {
  const undone = entry.undone;
  return (
    <li
      className="sc-history__entry"
      data-testid={testId}
      data-state={undone ? 'undone' : 'done'}
      data-action={entry.action}
    >
      <ul className="sc-history__what">
        {describeEntry(entry).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <span className="sc-history__meta">
        {entry.by} ·{' '}
        <time dateTime={entry.at} title={formatExactTime(entry.at)}>
          {formatRelativeTime(entry.at, now)}
        </time>
        {undone && (
          <span
            className="sc-history__badge"
            title={`Undone by ${undone.by}, ${formatExactTime(undone.at)}`}
          >
            Undone
          </span>
        )}
      </span>
    </li>
  );
}

/** The time now, renewed every `ms` so relative times move on. */
function useNow(ms: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
