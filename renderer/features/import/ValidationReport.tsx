import type { RowIssue } from '../../../shared/import/types';
import { formatCount } from '../../ui/format';

import {
  backToMapping,
  cancelImport,
  commitValidatedImport,
} from './import-actions';
import { commitBlocker } from './import-rules';
import { useImportStore } from './import-store';

/** Rows of an issue table shown at once; the rest are counted. */
const SHOWN_ISSUES = 200;

/** What the import would do, before anything is stored. */
export function ValidationReport() {
  const validation = useImportStore((s) => s.validation);
  const period = useImportStore((s) => s.period);
  const mode = useImportStore((s) => s.mode);
  const fields = useImportStore((s) => s.mergeFields);
  if (!validation) return null;
  const { report } = validation;
  const blocker = commitBlocker(validation, period);

  return (
    <section className="panel" data-testid="import-report">
      <h2>Validation report</h2>
      <dl className="counts">
        <Count label="Read" id="read" value={report.read} />
        <Count label="Accepted" id="accepted" value={report.accepted} />
        <Count label="Rejected" id="rejected" value={report.rejected} />
        <Count label="Skipped" id="skipped" value={report.skipped} />
        <Count label="Warnings" id="warnings" value={report.warnings.length} />
      </dl>
      <p data-testid="import-outcome">
        {mode === 'merge'
          ? `Adds ${fields.join(', ')} from ${formatCount(validation.fileClients)} clients of the file to the ${formatCount(validation.columns.length)} clients stored for ${period}.`
          : `Stores ${formatCount(validation.columns.length)} clients for ${period}, replacing what the period held.`}
      </p>
      {mode === 'merge' && (
        <MergeIds
          unmatched={validation.unmatchedIds}
          missing={validation.missingIds}
        />
      )}
      {report.fileWarnings.length > 0 && (
        <div className="file-warnings" data-testid="import-file-warnings">
          <h3>About the file as a whole</h3>
          {mode === 'merge' && (
            <p className="muted small">
              Only {fields.join(', ')} is added: notes about other fields do not
              change the stored clients.
            </p>
          )}
          <ul>
            {report.fileWarnings.map((w) => (
              <li key={w.code + w.message}>
                <code>{w.code}</code> {w.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <IssueTable
        title="Rejected records"
        testId="import-rejections"
        issues={report.rejections}
      />
      <IssueTable
        title="Warnings"
        testId="import-warnings"
        issues={report.warnings}
      />
      {blocker && <p className="field-error">{blocker}</p>}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="import-commit"
          disabled={blocker !== null}
          onClick={() => void commitValidatedImport()}
        >
          Import
        </button>
        <button
          type="button"
          className="button"
          data-testid="import-back"
          onClick={backToMapping}
        >
          Back to mapping
        </button>
        <button
          type="button"
          className="button"
          data-testid="import-cancel"
          onClick={() => void cancelImport()}
        >
          Cancel
        </button>
      </div>
    </section>
  );
}

function Count({
  label,
  id,
  value,
}: {
  label: string;
  id: string;
  value: number;
}) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={`import-count-${id}`}>{formatCount(value)}</dd>
    </div>
  );
}

function MergeIds({
  unmatched,
  missing,
}: {
  unmatched: readonly string[];
  missing: readonly string[];
}) {
  return (
    <div className="merge-ids">
      <p data-testid="import-unmatched">
        {unmatched.length === 0
          ? 'Every client id of the file matches a stored client.'
          : `${formatCount(unmatched.length)} client ids of the file match no stored client and are left out: ${unmatched.slice(0, 20).join(', ')}${unmatched.length > 20 ? ', …' : ''}`}
      </p>
      <p data-testid="import-missing">
        {missing.length === 0
          ? 'Every stored client is in the file.'
          : `${formatCount(missing.length)} stored clients are not in the file and keep their values: ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ', …' : ''}`}
      </p>
    </div>
  );
}

function IssueTable({
  title,
  testId,
  issues,
}: {
  title: string;
  testId: string;
  issues: readonly RowIssue[];
}) {
  if (issues.length === 0) return null;
  const shown = issues.slice(0, SHOWN_ISSUES);

  return (
    <details className="issues" open={issues.length <= 50}>
      <summary>
        {title} ({formatCount(issues.length)})
      </summary>
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th className="num">Record</th>
            <th className="num">Line</th>
            <th>Client id</th>
            <th>Column</th>
            <th>Value</th>
            <th>Code</th>
            <th>Message</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((issue, i) => (
            <tr key={`${issue.record}-${issue.code}-${i}`}>
              <td className="num">{issue.record}</td>
              <td className="num">{issue.line}</td>
              <td>{issue.client_id ?? '—'}</td>
              <td>{issue.column ?? '—'}</td>
              <td>{issue.value ?? ''}</td>
              <td>
                <code>{issue.code}</code>
              </td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {issues.length > SHOWN_ISSUES && (
        <p className="muted small">
          {formatCount(issues.length - SHOWN_ISSUES)} more not shown; they are
          kept with the import.
        </p>
      )}
    </details>
  );
}
