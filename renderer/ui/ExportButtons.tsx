/** The CSV and XLSX export buttons of a table. */
export function ExportButtons({
  testId,
  busy,
  onExport,
  disabled,
}: {
  /** Buttons get `<testId>-csv` and `<testId>-xlsx`. */
  readonly testId: string;
  readonly busy: 'csv' | 'xlsx' | null;
  readonly onExport: (format: 'csv' | 'xlsx') => void;
  readonly disabled?: boolean;
}) {
  return (
    <span className="ui-export-buttons">
      {(['csv', 'xlsx'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button"
          data-testid={`${testId}-${format}`}
          disabled={disabled || busy !== null}
          onClick={() => onExport(format)}
        >
          {busy === format ? 'Exporting…' : `Export ${format.toUpperCase()}`}
        </button>
      ))}
    </span>
  );
}
