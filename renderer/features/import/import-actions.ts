/**
 * The steps of an import: read the file in the import worker, change the
 * mapping and options, validate, commit all or nothing, or cancel.
 */
import type { Field } from '../../../shared/import/types';
import { getImportEngine } from '../../app/engines';
import { notify } from '../../app/notifications-store';
import { isPeriod } from '../../app/periods';
import { commitImportAndShow } from '../../app/workspace-actions';
import { useWorkspaceStore } from '../../app/workspace-store';
import { getDb } from '../../db/db';
import { listPeriods, loadPeriodColumns } from '../../db/imports-repo';
import type { ImportMode } from '../../db/records';
import { logger, pickFile } from '../../platform/index';
import { EngineError, type EngineCall } from '../../worker/engine-client';
import type { ImportKindInput, TableSummary } from '../../worker/messages';
import { columnTransfers } from '../../worker/transfer';

import { defaultMergeFields, defaultPeriod, nextStepFor } from './import-rules';
import {
  initialImportState,
  patchImport,
  useImportStore,
} from './import-store';

/** File types the picker offers. */
export const IMPORT_ACCEPT = ['.csv', '.tsv', '.txt', '.xlsx', '.xls'];

let running: EngineCall<unknown> | null = null;
let fileBytes: Uint8Array | null = null;

const current = () => useImportStore.getState();

/** Asks the platform for a file and reads it. */
export async function pickImportFile(): Promise<void> {
  try {
    const file = await pickFile(IMPORT_ACCEPT);
    if (file) await readImportFile(file.name, file.bytes);
  } catch (error) {
    showUnexpected('The file could not be opened', error);
  }
}

/** Reads a file's bytes in the worker and proposes a mapping. */
export async function readImportFile(
  fileName: string,
  bytes: Uint8Array,
  sheet?: string,
): Promise<void> {
  // A file still being read is dropped, or its late answer would win.
  stopRunning();
  await releaseTable();
  fileBytes = bytes;
  patchImport({
    ...initialImportState,
    step: 'parsing',
    // Indeterminate until the reader reports its first fraction.
    progress: null,
    fileName,
  });
  // The worker gets a copy: the bytes are kept here for a change of sheet.
  // The copy is transferred, not cloned a second time.
  const copy = bytes.slice();
  const call = getImportEngine().request(
    'parse',
    { bytes: copy, fileName, ...(sheet ? { sheet } : {}) },
    {
      transfer: [copy.buffer],
      onProgress: (fraction) => patchImport({ progress: fraction }),
    },
  );
  running = call;
  try {
    const summary = await call.promise;
    await startMapping(summary);
  } catch (error) {
    handleStepError(error, 'pick');
  } finally {
    if (running === call) running = null;
  }
}

async function startMapping(summary: TableSummary): Promise<void> {
  const own = (await listPeriods(getDb()))
    .filter((p) => !p.isSample)
    .map((p) => p.period);
  const period = defaultPeriod(summary.filePeriod, own, new Date());
  // A billing list beside stored accounts usually adds MRR; a client list
  // usually replaces the period. Either can be changed before validating.
  const merge = summary.lineLevel && own.includes(period);
  patchImport({
    step: 'mapping',
    progress: null,
    summary,
    mapping: summary.proposedMapping,
    kind: summary.lineLevel ? 'lines' : 'clients',
    period,
    mode: merge ? 'merge' : 'replace',
    mergeFields: defaultMergeFields(summary.proposedMapping),
  });
}

/** Reads another sheet of the workbook. */
export async function pickSheet(sheet: string): Promise<void> {
  const { fileName } = current();
  if (fileBytes && fileName) await readImportFile(fileName, fileBytes, sheet);
}

/** Maps a field to a column of the file, or unmaps it with null. */
export function setFieldColumn(field: Field, column: number | null): void {
  const mapping = { ...current().mapping };
  if (column === null) delete mapping[field];
  else mapping[field] = column;
  const mergeFields = current().mergeFields.filter(
    (f) => mapping[f] !== undefined,
  );
  patchImport({ mapping, mergeFields, validation: null });
}

/** Sets how the file's rows are read. */
export function setImportKind(kind: ImportKindInput): void {
  patchImport({ kind, validation: null });
}

/** Sets the period the import goes into. */
export function setImportPeriod(period: string): void {
  const next = period.trim();
  const mode = periodHasOwnClients(next) ? current().mode : 'replace';
  patchImport({ period: next, mode, validation: null });
}

/** Sets whether the import replaces the period's clients or adds fields. */
export function setImportMode(mode: ImportMode): void {
  const { mapping, mergeFields } = current();
  patchImport({
    mode,
    mergeFields:
      mergeFields.length > 0 ? mergeFields : defaultMergeFields(mapping),
    validation: null,
  });
}

/** Adds or removes one field of a merge. */
export function toggleMergeField(field: Field): void {
  const fields = current().mergeFields;
  const next = fields.includes(field)
    ? fields.filter((f) => f !== field)
    : [...fields, field];
  patchImport({ mergeFields: next, validation: null });
}

/** Reads the records with the mapping in the worker and shows the report. */
export async function validateImport(): Promise<void> {
  const { summary, mapping, kind, period, mode, mergeFields } = current();
  if (!summary) return;
  if (!isPeriod(period)) {
    notify({
      kind: 'warning',
      message: 'Enter the period as a quarter, e.g. 2024-Q4.',
    });
    return;
  }
  patchImport({ step: 'validating', progress: null, fileError: null });
  try {
    const merge =
      mode === 'merge' ? await mergeBase(period, mergeFields) : null;
    const transfer = merge ? columnTransfers(merge.base) : [];
    const call = getImportEngine().request(
      'validate',
      { tableId: summary.tableId, mapping, kind, period, merge },
      { transfer },
    );
    running = call;
    patchImport({ step: 'report', validation: await call.promise });
  } catch (error) {
    handleStepError(error, 'mapping');
  } finally {
    running = null;
  }
}

async function mergeBase(period: string, fields: readonly Field[]) {
  if (fields.length === 0)
    throw new Error('pick at least one field to add to the stored clients');
  const db = getDb();
  const head = await db.periods.get(period);
  const base =
    head && !head.isSample ? await loadPeriodColumns(db, period) : null;
  if (!head || !base)
    throw new Error(
      `no clients of your own are stored for ${period} to add fields to`,
    );
  return { base, currency: head.currency, fields };
}

/** Stores the validated import all or nothing and shows its period. */
export async function commitValidatedImport(): Promise<void> {
  const { validation, period, kind, mode, mergeFields, fileName } = current();
  if (!validation || !fileName) return;
  patchImport({ step: 'committing' });
  try {
    await commitImportAndShow({
      period,
      fileName,
      kind,
      mode,
      fields: mode === 'merge' ? mergeFields : [],
      currency: validation.currency,
      report: validation.report,
      columns: validation.columns,
      unmatchedIds: validation.unmatchedIds,
      missingIds: validation.missingIds,
    });
    await releaseTable();
    const done = { fileName, period, clients: validation.columns.length, mode };
    patchImport({ ...initialImportState, done });
    notify({
      kind: 'info',
      message: `Imported ${fileName} into ${period}: ${validation.columns.length.toLocaleString('en-US')} clients.`,
    });
  } catch (error) {
    patchImport({ step: 'report' });
    showUnexpected(
      'The import could not be stored; what was stored before is unchanged',
      error,
    );
  }
}

/** Stops a parse or validation under way, or abandons the import. */
export async function cancelImport(): Promise<void> {
  const stopped = stopRunning();
  fileBytes = null;
  // A stopped worker took its tables with it; otherwise free the table.
  if (stopped) patchImport({ summary: null });
  else await releaseTable();
  patchImport({ ...initialImportState });
}

/** Cancels the request under way, if any; true when there was one. */
function stopRunning(): boolean {
  const call = running;
  running = null;
  call?.cancel();
  return call !== null;
}

/** Goes back from the report to the mapping. */
export function backToMapping(): void {
  patchImport({ step: 'mapping', validation: null });
}

async function releaseTable(): Promise<void> {
  const tableId = current().summary?.tableId;
  if (!tableId) return;
  patchImport({ summary: null });
  await getImportEngine()
    .request('release-table', { tableId })
    .promise.catch((error: unknown) =>
      logger.debug('table already gone', error as Error),
    );
}

function handleStepError(error: unknown, back: 'pick' | 'mapping'): void {
  if (error instanceof EngineError && error.code === 'E_CANCELLED') return;
  if (
    error instanceof EngineError &&
    error.code.startsWith('E_') &&
    error.name === 'ImportError'
  ) {
    patchImport({
      step: back,
      progress: null,
      fileError: {
        code: error.code,
        message: error.message,
        nextStep: nextStepFor(error.code),
      },
    });
    return;
  }
  patchImport({ step: back, progress: null });
  showUnexpected(
    back === 'pick'
      ? 'The file could not be read'
      : 'The file could not be validated',
    error,
  );
}

function showUnexpected(what: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  logger.error(what, error instanceof Error ? error : new Error(message));
  notify({ kind: 'error', message: `${what}: ${message}` });
}

/** True when the period already holds the user's own clients. */
export function periodHasOwnClients(period: string): boolean {
  // Storing an own import removes the sample, so sample periods are never own.
  const state = useWorkspaceStore.getState();
  return !state.isSample && state.periods.includes(period);
}
