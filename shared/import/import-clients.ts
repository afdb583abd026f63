/**
 * importClients: a client list (one row per client) to typed columns and
 * the per-record report. A record is rejected for a missing or repeated id
 * or a malformed segmentation field; it is accepted with warnings for
 * missing, ambiguous or bad secondary values (shared/cases/README.md).
 */
import { createClientColumns, type ClientColumns } from '../columns';
import { addId, createIdIndex, lookupId, type IdIndex } from './id-index';
import {
  buildReport,
  createReaderContext,
  fileWarnings,
  isInPeriod,
  latestPeriod,
  requireOptionalPeriod,
  type ImportOptions,
} from './import-context';
import { readRecord } from './read-fields';
import {
  addIssue,
  createDraft,
  type Draft,
  type ReaderContext,
} from './record-draft';
import type {
  ColumnMapping,
  FileIssue,
  ImportResult,
  RawTable,
  RowIssue,
  SkippedRow,
} from './types';

const PROGRESS_EVERY = 1 << 16;

/** Imports a client list (see the module note). */
export function importClients(
  table: RawTable,
  mapping: ColumnMapping,
  options: ImportOptions = {},
): ImportResult {
  const ctx = createReaderContext(table, mapping, options, false);
  const warnings = fileWarnings(ctx);
  const period = choosePeriod(ctx, options, warnings);
  const out = createClientColumns(table.rowCount);
  const state = createState(out, table.rowCount);
  const draft = createDraft();
  for (let r = 0; r < table.rowCount; r++) {
    readRecord(ctx, r, draft);
    acceptOrReject(ctx, state, draft, period);
    if ((r & (PROGRESS_EVERY - 1)) === PROGRESS_EVERY - 1) {
      options.onProgress?.(r / table.rowCount);
    }
  }
  options.onProgress?.(1);
  const report = buildReport({
    read: state.read,
    accepted: state.accepted,
    rejections: state.rejections,
    warnings: state.warnings,
    fileWarnings: warnings,
    skippedRows: [...table.skipped, ...state.skipped],
  });
  const columns = trimColumns(out, state.accepted);
  return { columns, report, currency: ctx.profile.currency, period };
}

type ImportState = {
  readonly out: ClientColumns;
  readonly ids: IdIndex;
  /** Record ordinal of each accepted client, for E_DUP_ID messages. */
  readonly records: number[];
  readonly rejections: RowIssue[];
  readonly warnings: RowIssue[];
  readonly skipped: SkippedRow[];
  read: number;
  accepted: number;
};

function createState(out: ClientColumns, expected: number): ImportState {
  return {
    out,
    ids: createIdIndex(out.clientId, expected),
    records: [],
    rejections: [],
    warnings: [],
    skipped: [],
    read: 0,
    accepted: 0,
  };
}

/** The import's period: the option, else the latest in a period column. */
function choosePeriod(
  ctx: ReaderContext,
  options: ImportOptions,
  warnings: FileIssue[],
): string | null {
  const given = requireOptionalPeriod(options.period);
  if (given !== null || ctx.mapping.period === undefined) return given;
  const seen = collectPeriods(ctx);
  const latest = latestPeriod(seen);
  if (seen.size > 1) {
    warnings.push({
      code: 'W_MULTIPLE_PERIODS',
      message: `The period column holds ${seen.size} periods (${[...seen].join(', ')}); only ${latest} was imported. Import the others with their period chosen.`,
    });
  }
  return latest;
}

function collectPeriods(ctx: ReaderContext): Set<string> {
  const seen = new Set<string>();
  const draft = createDraft();
  const mapping = {
    client_id: ctx.mapping.client_id,
    period: ctx.mapping.period,
  };
  const periodOnly = { ...ctx, mapping };
  for (let r = 0; r < ctx.table.rowCount; r++) {
    readRecord(periodOnly, r, draft);
    if (draft.period !== '') seen.add(draft.period);
  }
  return seen;
}

function acceptOrReject(
  ctx: ReaderContext,
  state: ImportState,
  d: Draft,
  period: string | null,
): void {
  if (!isInPeriod(d.period, period)) {
    state.skipped.push({ line: d.line, reason: 'outside-period' });
    return;
  }
  state.read++;
  if (d.id !== '') checkDuplicate(ctx, state, d);
  if (d.errors.length > 0) {
    for (const issue of d.errors) state.rejections.push(issue);
    return;
  }
  for (const issue of d.warnings) state.warnings.push(issue);
  writeClient(state.out, state.accepted, d);
  addId(state.ids, d.id, state.accepted);
  state.records.push(d.record);
  state.accepted++;
}

function checkDuplicate(ctx: ReaderContext, state: ImportState, d: Draft) {
  const { exact, variant } = lookupId(state.ids, d.id);
  if (exact >= 0) {
    const first = state.records[exact];
    addIssue(
      ctx,
      d,
      'error',
      'E_DUP_ID',
      'client_id',
      d.id,
      `client id "${d.id}" was already imported from record ${first}; each client may appear once`,
    );
  } else if (variant >= 0) {
    const other = state.out.clientId[variant];
    addIssue(
      ctx,
      d,
      'warning',
      'W_ID_CASE_VARIANT',
      'client_id',
      d.id,
      `client id "${d.id}" differs from "${other}" (record ${state.records[variant]}) only in case; they are kept as two clients`,
    );
  }
}

/** Writes an accepted draft as client k of the columns. */
export function writeClient(out: ClientColumns, k: number, d: Draft): void {
  out.clientId[k] = d.id;
  out.name[k] = d.name;
  out.workers[k] = d.workers;
  out.countryCount[k] = d.countryCount;
  out.countries[k] = d.countries;
  out.industryRaw[k] = d.industryRaw;
  out.industry[k] = d.industry;
  out.arrCents[k] = d.arrCents;
  out.growthPpm[k] = d.growthPpm;
  out.workersPrior[k] = d.workersPrior;
  out.arrPriorCents[k] = d.arrPriorCents;
  out.health[k] = d.health;
  out.churned[k] = d.churned;
  out.csmId[k] = d.csmId;
  out.tickets[k] = d.tickets;
  out.signedDate[k] = d.signedDate;
}

/** The first `length` clients, copied so each array owns its buffer. */
export function trimColumns(
  columns: ClientColumns,
  length: number,
): ClientColumns {
  if (length === columns.length) return columns;
  const out = {} as Record<string, unknown>;
  for (const [key, value] of Object.entries(columns)) {
    out[key] =
      Array.isArray(value) || ArrayBuffer.isView(value)
        ? (value as { slice(a: number, b: number): unknown }).slice(0, length)
        : value;
  }
  out.length = length;
  return out as ClientColumns;
}
