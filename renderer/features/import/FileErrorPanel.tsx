import { patchImport, useImportStore } from './import-store';

/** A file that cannot be imported at all: what is wrong and what to do. */
export function FileErrorPanel() {
  const error = useImportStore((s) => s.fileError);
  if (!error) return null;

  return (
    <div
      className="panel panel-error"
      role="alert"
      data-testid="import-file-error"
    >
      <h2>This file cannot be imported</h2>
      <p data-testid="import-file-error-message">{error.message}</p>
      <p>
        <strong>What to do: </strong>
        {error.nextStep}
      </p>
      <p className="muted small">Error code {error.code}</p>
      <button
        type="button"
        className="button"
        onClick={() => patchImport({ fileError: null })}
      >
        Dismiss
      </button>
    </div>
  );
}
