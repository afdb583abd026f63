import { FIELDS, type Field } from '../../../shared/import/types';

import {
  cancelImport,
  pickSheet,
  setImportKind,
  setImportMode,
  setImportPeriod,
  toggleMergeField,
  validateImport,
} from './import-actions';
import { describeFileFacts } from './file-facts';
import { mergeableFields } from './import-rules';
import { useImportStore } from './import-store';
import { isPeriod } from '../../app/periods';
import { useWorkspaceStore } from '../../app/workspace-store';
import type { ImportMode } from '../../db/records';
import type { ImportKindInput } from '../../worker/messages';

/** The file's facts and the import's options: sheet, kind, period, mode. */
export function ImportOptions() {
  const summary = useImportStore((s) => s.summary);
  const kind = useImportStore((s) => s.kind);
  const period = useImportStore((s) => s.period);
  const mode = useImportStore((s) => s.mode);
  const isSample = useWorkspaceStore((s) => s.isSample);
  // Storing an own import removes the sample, so sample periods are never own.
  const occupied = useWorkspaceStore(
    (s) => !s.isSample && s.periods.includes(period),
  );
  if (!summary) return null;
  const periodOk = isPeriod(period);

  return (
    <section className="panel">
      <h2>{summary.fileName}</h2>
      <p className="muted small" data-testid="import-file-facts">
        {describeFileFacts(summary)}
      </p>
      <div className="form-grid">
        {summary.sheetNames.length > 1 && (
          <label>
            Sheet
            <select
              data-testid="import-sheet"
              value={summary.sheet ?? ''}
              onChange={(e) => void pickSheet(e.target.value)}
            >
              {summary.sheetNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          The file holds
          <select
            data-testid="import-kind"
            value={kind}
            onChange={(e) => setImportKind(e.target.value as ImportKindInput)}
          >
            <option value="clients">a client list (one row per client)</option>
            <option value="lines">one row per worker or billing line</option>
          </select>
        </label>
        <label>
          Period
          <input
            data-testid="import-period"
            value={period}
            placeholder="2024-Q4"
            aria-invalid={!periodOk}
            onChange={(e) => setImportPeriod(e.target.value)}
          />
          {!periodOk && (
            <span className="field-error">a quarter such as 2024-Q4</span>
          )}
        </label>
        {occupied ? (
          <label>
            {period} already has clients
            <select
              data-testid="import-mode"
              value={mode}
              onChange={(e) => setImportMode(e.target.value as ImportMode)}
            >
              <option value="replace">replace the period’s clients</option>
              <option value="merge">add fields to them by client id</option>
            </select>
          </label>
        ) : (
          <p className="muted small mode-note" data-testid="import-mode-note">
            {isSample
              ? 'The sample data is on show: your import replaces all of it.'
              : `${periodOk ? period : 'The period'} holds none of your clients yet: the import stores them.`}
          </p>
        )}
      </div>
      {kind === 'lines' && (
        <p className="muted small">
          Lines are added up per client: workers counted (or seats summed),
          countries distinct, fees summed. Only lines active at the end of{' '}
          {periodOk ? period : 'the period'} count.
        </p>
      )}
      {occupied && mode === 'merge' && <MergeFields />}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="import-validate"
          disabled={!periodOk}
          onClick={() => void validateImport()}
        >
          Validate
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

function MergeFields() {
  const mapping = useImportStore((s) => s.mapping);
  const fields = useImportStore((s) => s.mergeFields);
  const options = FIELDS.filter((f) => mergeableFields(mapping).includes(f));

  return (
    <fieldset className="merge-fields" data-testid="import-merge-fields">
      <legend>
        Fields to add to the stored clients (the rest stay as stored)
      </legend>
      {options.length === 0 && (
        <span className="muted">Map a column first.</span>
      )}
      {options.map((field: Field) => (
        <label key={field} className="check">
          <input
            type="checkbox"
            data-testid={`import-field-${field}`}
            checked={fields.includes(field)}
            onChange={() => toggleMergeField(field)}
          />
          {field}
        </label>
      ))}
    </fieldset>
  );
}
