/**
 * importLines: a line-level list (one row per worker, or per billing
 * line or subscription) added up to one client per id. Only lines active
 * at the period's end count: start ≤ end of period and (no end, or end ≥
 * end of period); the others are skipped as 'outside-period'. When a
 * periodStart is given, a client whose lines all ended within the period
 * is kept too, as churned, from the lines that ended.
 */
import { createClientColumns } from '../columns';
import {
  buildReport,
  createReaderContext,
  fileWarnings,
  isInPeriod,
  requireOptionalPeriod,
  type ImportOptions,
} from './import-context';
import {
  addLine,
  createClientLines,
  writeClientLines,
  type ClientLines,
} from './line-aggregate';
import { periodEndDate, quarterOfDate } from './period';
import { readRecord } from './read-fields';
import { createDraft, type Draft } from './record-draft';
import {
  ImportError,
  type ColumnMapping,
  type ImportResult,
  type RawTable,
  type RowIssue,
  type SkippedRow,
} from './types';
import { parseDate } from './values/dates';

/** Options of a line-level import. */
export type ImportLinesOptions = ImportOptions & {
  /** First day of the period (ISO); enables churned-in-period clients. */
  readonly periodStart?: string;
  /** Last day of the period (ISO); else the end of `period`. */
  readonly periodEnd?: string;
};

type LineState = {
  readonly active: Map<string, ClientLines>;
  readonly ended: Map<string, ClientLines>;
  /** Lines that ended in the period, kept until their client is known. */
  readonly endedLines: { id: string; line: number; warnings: RowIssue[] }[];
  readonly rejections: RowIssue[];
  readonly warnings: RowIssue[];
  readonly skipped: SkippedRow[];
  read: number;
};

/** Imports a line-level list as clients (see the module note). */
export function importLines(
  table: RawTable,
  mapping: ColumnMapping,
  options: ImportLinesOptions = {},
): ImportResult {
  const ctx = createReaderContext(table, mapping, options, true);
  const period = requireOptionalPeriod(options.period);
  const end =
    requireIsoDate(options.periodEnd, 'periodEnd') ??
    (period ? periodEndDate(period) : null);
  const start = requireIsoDate(options.periodStart, 'periodStart');
  const state: LineState = {
    active: new Map(),
    ended: new Map(),
    endedLines: [],
    rejections: [],
    warnings: [],
    skipped: [],
    read: 0,
  };
  const draft = createDraft();
  for (let r = 0; r < table.rowCount; r++) {
    readRecord(ctx, r, draft);
    placeLine(state, draft, period, end, start);
    if ((r & 0xffff) === 0xffff) options.onProgress?.(r / table.rowCount);
  }
  options.onProgress?.(1);
  const clients = finishClients(state);
  const out = createClientColumns(clients.length);
  const countWorkers = mapping.workers === undefined;
  clients.forEach(({ lines, churned }, k) =>
    writeClientLines(out, k, lines, countWorkers, churned),
  );
  const accepted = state.read - countRejectedRecords(state.rejections);
  const report = buildReport({
    read: state.read,
    accepted,
    rejections: state.rejections,
    warnings: state.warnings,
    fileWarnings: fileWarnings(ctx),
    skippedRows: [...table.skipped, ...state.skipped],
  });
  const resultPeriod = period ?? (end ? quarterOfDate(end) : null);
  return {
    columns: out,
    report,
    currency: ctx.profile.currency,
    period: resultPeriod,
  };
}

function requireIsoDate(
  value: string | undefined,
  name: string,
): string | null {
  if (value === undefined || value.trim() === '') return null;
  const iso = value.trim();
  const reading = /^\d{4}-\d{2}-\d{2}$/.test(iso)
    ? parseDate(iso, 'dmy', true)
    : null;
  if (reading?.kind === 'ok') return reading.iso;
  throw new ImportError(
    'E_BAD_PERIOD',
    `${name} "${value}" is not an ISO date like 2024-12-31`,
    { [name]: value },
  );
}

/** Where one line goes: a client's totals, the rejections or skipped. */
function placeLine(
  state: LineState,
  d: Draft,
  period: string | null,
  end: string | null,
  start: string | null,
): void {
  const inPeriod = isInPeriod(d.period, period);
  const activeAtEnd =
    end === null ||
    ((d.lineStart === '' || d.lineStart <= end) &&
      (d.lineEnd === '' || d.lineEnd >= end));
  const endedInPeriod =
    !activeAtEnd &&
    start !== null &&
    end !== null &&
    d.lineEnd !== '' &&
    d.lineEnd >= start &&
    d.lineEnd < end &&
    (d.lineStart === '' || d.lineStart <= end);
  if (
    d.errors.length === 0 &&
    (!inPeriod || (!activeAtEnd && !endedInPeriod))
  ) {
    state.skipped.push({ line: d.line, reason: 'outside-period' });
    return;
  }
  state.read++;
  if (d.errors.length > 0) {
    for (const issue of d.errors) state.rejections.push(issue);
    return;
  }
  const target = activeAtEnd ? state.active : state.ended;
  let client = target.get(d.id);
  if (!client) target.set(d.id, (client = createClientLines(d)));
  addLine(client, d);
  if (activeAtEnd) for (const issue of d.warnings) state.warnings.push(issue);
  else
    state.endedLines.push({
      id: d.id,
      line: d.line,
      warnings: [...d.warnings],
    });
}

/**
 * Clients with a line active at the period's end, plus (churned) those
 * whose lines all ended in the period, in the order first seen. Ended
 * lines of still-active clients become 'outside-period' skips.
 */
function finishClients(state: LineState) {
  const clients = [...state.active.values()].map((lines) => ({
    lines,
    churned: false,
  }));
  for (const [id, lines] of state.ended) {
    if (!state.active.has(id)) clients.push({ lines, churned: true });
  }
  for (const { id, line, warnings } of state.endedLines) {
    if (state.active.has(id)) {
      state.skipped.push({ line, reason: 'outside-period' });
      state.read--;
    } else {
      for (const issue of warnings) state.warnings.push(issue);
    }
  }
  state.warnings.sort((a, b) => a.record - b.record);
  return clients.sort((a, b) => a.lines.firstRecord - b.lines.firstRecord);
}

function countRejectedRecords(rejections: readonly RowIssue[]): number {
  return new Set(rejections.map((issue) => issue.record)).size;
}
