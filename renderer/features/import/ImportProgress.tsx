import { cancelImport } from './import-actions';
import { useImportStore } from './import-store';

const STAGE_LABELS = {
  parsing: 'Reading the file',
  validating: 'Checking every record',
  committing: 'Storing the import',
} as const;

/** Progress of the file being read or checked, with a cancel button. */
export function ImportProgress() {
  const step = useImportStore((s) => s.step);
  const progress = useImportStore((s) => s.progress);
  const fileName = useImportStore((s) => s.fileName);
  const label = STAGE_LABELS[step as keyof typeof STAGE_LABELS] ?? '';
  const percent = progress === null ? null : Math.round(progress * 100);

  return (
    <div className="panel" aria-busy="true">
      <p>
        {label} {fileName ? <strong>{fileName}</strong> : null}
        {percent === null ? '…' : ` — ${percent} %`}
      </p>
      <div
        className={
          percent === null ? 'progress progress-indeterminate' : 'progress'
        }
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        data-testid="import-progress"
      >
        <div className="progress-bar" style={{ width: `${percent ?? 100}%` }} />
      </div>
      {step !== 'committing' && (
        <button
          type="button"
          className="button"
          data-testid="import-cancel"
          onClick={() => void cancelImport()}
        >
          Cancel
        </button>
      )}
    </div>
  );
}
