/**
 * What the engine worker does with each request, as plain functions so the
 * tests can call them without a Worker. The worker keeps the parsed tables
 * (their rows never cross to the UI) and the columns of the period on show,
 * so a recompute sends only policies.
 */
import { attachPriorPeriod } from '../../shared/engine/index';
import type { PortfolioResult } from '../../shared/engine/types';
import {
  importClients,
  importLines,
  looksLineLevel,
  mergeClientFields,
  periodEndDate,
  proposeMapping,
  readTable,
} from '../../shared/import/index';
import type {
  ColumnMapping,
  Field,
  ImportReport,
  ImportResult,
  RawTable,
} from '../../shared/import/types';
import { generateSamplePortfolio } from '../../shared/sample';
import { isPeriod } from '../app/periods';

import { createAnalysisHandlers, type LoadedData } from './analysis-handlers';
import { createPolicyRuns } from './policy-runs';

/**
 * Runs kept per period: the baseline, four compared scenarios and one
 * more for a pair. Results are copied before they cross to the UI, so a
 * run's buffers may be reused once it is replaced.
 */
const KEPT_RUNS = 6;
import type { HandlerOutput, HandlersOf, ProgressSink } from './handler-types';
import {
  columnTransfers,
  copyResultForTransfer,
  emptyReport,
} from './transfer';
import type {
  RequestMessage,
  RequestType,
  TableSummary,
  ValidateInput,
  ValidateOutput,
  WireError,
} from './messages';
import { unpackFromWire } from './wire-pack';

const PREVIEW_ROWS = 5;

export type { HandlerOutput, ProgressSink } from './handler-types';

type Handlers = HandlersOf<RequestType>;

/** The worker's state and its request handlers. */
export function createEngineHandlers() {
  const tables = new Map<string, RawTable>();
  const data = new Map<string, LoadedData>();
  let nextTable = 1;
  const loadedOf = (key: string) => {
    const loaded = data.get(key);
    if (!loaded) throw codedError('E_NO_DATA', `no clients loaded for ${key}`);
    return loaded;
  };

  const handlers: Handlers = {
    ...createAnalysisHandlers(loadedOf),
    parse: ({ bytes, fileName, sheet }, progress) => {
      const table = readTable(bytes, fileName, {
        ...(sheet ? { sheet } : {}),
        onProgress: (fraction) => progress(fraction, 'reading'),
      });
      const tableId = `t${nextTable++}`;
      tables.set(tableId, table);
      return { result: summarize(tableId, table), transfer: [] };
    },
    'check-line-level': ({ tableId, mapping }) => ({
      result: looksLineLevel(tableOf(tables, tableId), mapping),
      transfer: [],
    }),
    validate: (input, progress) => {
      progress(0, 'validating');
      const output = validate(tableOf(tables, input.tableId), input);
      return { result: output, transfer: columnTransfers(output.columns) };
    },
    'release-table': ({ tableId }) => {
      tables.delete(tableId);
      return { result: null, transfer: [] };
    },
    'set-data': ({ key, columns, prior }) => {
      const attached = prior ? attachPriorPeriod(columns, prior) : columns;
      data.clear();
      data.set(key, {
        columns: attached,
        runs: createPolicyRuns(attached, KEPT_RUNS),
      });
      // Copies are transferred: the worker keeps its own for every recompute.
      const result = {
        workersPrior: attached.workersPrior.slice(),
        arrPriorCents: attached.arrPriorCents.slice(),
        newClient: attached.newClient.slice(),
      };
      const transfer = Object.values(result).map(
        (a) => a.buffer as ArrayBuffer,
      );
      return { result, transfer };
    },
    compute: ({ key, baseline, scenario }) => {
      const { runs } = loadedOf(key);
      const started = performance.now();
      // Kept runs: an edit of the scenario finds the baseline computed, and
      // the compare that follows finds the scenario.
      const base = runs.runOf(baseline).result;
      const next = scenario ? runs.runOf(scenario).result : null;
      // The CSM book is built on first read; it is part of the recompute.
      void base.csmBook;
      void next?.csmBook;
      const ms = performance.now() - started;
      return packResults(base, next, ms);
    },
    sample: ({ seed, clients, quarters }) => {
      const sample = generateSamplePortfolio({ seed, clients, quarters });
      const transfer = sample.periods.flatMap((p) =>
        columnTransfers(p.columns),
      );
      return { result: sample, transfer };
    },
  };

  return {
    /** Runs one request; throws what the engine threw. */
    handle(message: RequestMessage, progress: ProgressSink): HandlerOutput {
      const handler = handlers[message.type] as (
        payload: unknown,
        progress: ProgressSink,
      ) => HandlerOutput;
      // The client packs long string arrays for the crossing.
      return handler(unpackFromWire(message.payload), progress);
    },
    /** Tables held, for tests of release. */
    tableCount: () => tables.size,
    /** Policy runs computed (not found kept) for a period, for tests. */
    runsComputed: (key: string) => loadedOf(key).runs.computed(),
  };
}

function packResults(
  base: PortfolioResult,
  next: PortfolioResult | null,
  ms: number,
): HandlerOutput<'compute'> {
  const baseCopy = copyResultForTransfer(base);
  const nextCopy = next ? copyResultForTransfer(next) : null;
  return {
    result: {
      baseline: baseCopy.result,
      scenario: nextCopy?.result ?? null,
      ms,
    },
    transfer: [...baseCopy.transfer, ...(nextCopy?.transfer ?? [])],
  };
}

function tableOf(tables: Map<string, RawTable>, tableId: string): RawTable {
  const table = tables.get(tableId);
  if (!table)
    throw codedError(
      'E_NO_TABLE',
      'the file is no longer loaded; pick it again',
    );
  return table;
}

function summarize(tableId: string, table: RawTable): TableSummary {
  const proposedMapping = proposeMapping(table.header);
  return {
    tableId,
    fileName: table.fileName,
    format: table.format,
    sheetNames: table.sheetNames,
    sheet: table.sheet,
    delimiter: table.delimiter,
    encoding: table.encoding,
    headerLine: table.headerLine,
    header: table.header,
    preview: table.rows.slice(0, PREVIEW_ROWS),
    rowCount: table.rows.length,
    skippedCount: table.skipped.length,
    proposedMapping,
    lineLevel: looksLineLevel(table, proposedMapping),
    filePeriod: findFilePeriod(table, proposedMapping),
  };
}

/** The first quarter label in the period column, if one is mapped. */
export function findFilePeriod(
  table: RawTable,
  mapping: ColumnMapping,
): string | null {
  const column = mapping.period;
  if (column === undefined) return null;
  for (const row of table.rows.slice(0, 1000)) {
    const value = row[column]?.trim();
    if (isPeriod(value)) return value;
  }
  return null;
}

/** Fields a second file always needs: whose line it is, and when. */
const MERGE_KEY_FIELDS: readonly Field[] = [
  'client_id',
  'line_start',
  'line_end',
  'period',
];

/**
 * The mapping of a second file narrowed to the fields it adds, so its report
 * speaks only of those (a billing export's other columns are not read).
 */
export function mappingForMerge(
  mapping: ColumnMapping,
  fields: readonly Field[],
): ColumnMapping {
  const keep = new Set<Field>([...MERGE_KEY_FIELDS, ...fields]);
  return Object.fromEntries(
    Object.entries(mapping).filter(([field]) => keep.has(field as Field)),
  ) as ColumnMapping;
}

/** The fields whose absence each "no such column" file warning is about. */
const MISSING_COLUMN_FIELDS: Readonly<Record<string, readonly Field[]>> = {
  W_NO_REVENUE_COLUMN: ['mrr', 'arr'],
  W_NO_GROWTH_COLUMN: ['growth', 'workers_prior', 'mrr_prior'],
  W_NO_WORKERS_COLUMN: ['workers'],
  W_NO_COUNTRIES_COLUMN: ['countries', 'country_count'],
};

/** A second file's report without warnings about columns it does not add. */
function withoutUnusedColumnWarnings(
  report: ImportReport,
  fields: readonly Field[],
): ImportReport {
  const fileWarnings = report.fileWarnings.filter((warning) => {
    const about = MISSING_COLUMN_FIELDS[warning.code];
    return !about || about.some((field) => fields.includes(field));
  });
  return { ...report, fileWarnings };
}

function validate(table: RawTable, input: ValidateInput): ValidateOutput {
  const file = readFile(
    table,
    input.merge
      ? {
          ...input,
          mapping: mappingForMerge(input.mapping, input.merge.fields),
        }
      : input,
  );
  if (!input.merge) {
    return {
      columns: file.columns,
      report: file.report,
      currency: file.currency,
      fileClients: file.columns.length,
      unmatchedIds: [],
      missingIds: [],
    };
  }
  const base: ImportResult = {
    columns: input.merge.base,
    report: emptyReport(input.merge.base.length),
    currency: input.merge.currency,
    period: input.period,
  };
  const merged = mergeClientFields(base, file, input.merge.fields);
  return {
    columns: merged.result.columns,
    report: withoutUnusedColumnWarnings(file.report, input.merge.fields),
    currency: base.currency,
    fileClients: file.columns.length,
    unmatchedIds: merged.unmatchedIds,
    missingIds: merged.missingIds,
  };
}

function readFile(table: RawTable, input: ValidateInput): ImportResult {
  if (input.kind === 'lines') {
    return importLines(table, input.mapping, {
      period: input.period,
      periodEnd: periodEndDate(input.period),
    });
  }
  return importClients(table, input.mapping, { period: input.period });
}

function codedError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Any thrown value as a plain error that survives postMessage. */
export function toWireError(error: unknown): WireError {
  if (error instanceof Error) {
    const coded = error as Error & {
      code?: unknown;
      details?: unknown;
      issues?: unknown;
    };
    const details: Record<string, unknown> = {};
    if (coded.details && typeof coded.details === 'object')
      Object.assign(details, coded.details);
    if (Array.isArray(coded.issues)) details.issues = coded.issues;
    return {
      name: error.name,
      code: typeof coded.code === 'string' ? coded.code : 'E_INTERNAL',
      message: error.message,
      details: JSON.parse(JSON.stringify(details)) as Record<string, unknown>,
    };
  }
  return {
    name: 'Error',
    code: 'E_INTERNAL',
    message: String(error),
    details: {},
  };
}
