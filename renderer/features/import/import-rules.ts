/**
 * Pure rules of the Import screen: default period, default merge fields,
 * what a file-level error tells the user to do, and whether an import may
 * be committed.
 */
import type { ColumnMapping, Field } from '../../../shared/import/types';
import type { ValidateOutput } from '../../worker/messages';
import { isPeriod, quarterOf } from '../../app/periods';

/** Fields that identify a record or date a line; never merged. */
const NOT_MERGEABLE: readonly Field[] = [
  'client_id',
  'period',
  'line_start',
  'line_end',
];

/** The period an import goes into unless the user says otherwise. */
export function defaultPeriod(
  filePeriod: string | null,
  ownPeriods: readonly string[],
  today: Date,
): string {
  if (filePeriod && isPeriod(filePeriod)) return filePeriod;
  return ownPeriods[ownPeriods.length - 1] ?? quarterOf(today);
}

/** Mapped fields that a merge may add to the stored clients. */
export function mergeableFields(mapping: ColumnMapping): Field[] {
  return (Object.keys(mapping) as Field[]).filter(
    (field) => mapping[field] !== undefined && !NOT_MERGEABLE.includes(field),
  );
}

/** What a merge adds by default: the revenue when mapped, else all mapped. */
export function defaultMergeFields(mapping: ColumnMapping): Field[] {
  const mergeable = mergeableFields(mapping);
  const revenue = mergeable.filter((f) => f === 'mrr' || f === 'arr');
  return revenue.length > 0 ? revenue.slice(0, 1) : mergeable;
}

/** The next step a user can take after a file-level error. */
export function nextStepFor(code: string): string {
  switch (code) {
    case 'E_DUPLICATE_COLUMN':
      return 'Rename or delete one of the repeated columns in the spreadsheet, save it, and pick the file again. Nothing was imported.';
    case 'E_EMPTY_FILE':
      return 'The file holds no records. Check that you exported the right sheet or report, then pick it again.';
    case 'E_NO_HEADER':
      return 'No header row was found. Add a row of column names above the data and pick the file again.';
    case 'E_NO_ID_COLUMN':
      return 'Map a column to client_id: every client needs an id.';
    case 'E_UNREADABLE':
      return 'Save the file as CSV (UTF-8) or XLSX and pick it again.';
    case 'E_SHEET_NOT_FOUND':
      return 'Pick one of the workbook’s sheets.';
    case 'E_BAD_MAPPING':
      return 'Check the column mapping and validate again.';
    case 'E_BAD_PERIOD':
      return 'Enter the period as a quarter, e.g. 2024-Q4, and validate again.';
    case 'E_CURRENCY_MISMATCH':
      return 'The file’s money is in another currency than the stored clients’. Convert it, or replace the period’s clients instead of adding fields.';
    default:
      return 'Check the file and pick it again. Nothing was imported.';
  }
}

/** Why an import may not be committed, or null when it may. */
export function commitBlocker(
  validation: ValidateOutput,
  period: string,
): string | null {
  if (!isPeriod(period)) return 'Enter the period as a quarter, e.g. 2024-Q4.';
  if (validation.report.accepted === 0)
    return 'No record was accepted: there is nothing to import.';
  if (validation.columns.length === 0)
    return 'The import would leave the period without clients.';
  return null;
}
