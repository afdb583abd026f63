/**
 * One run of the report command, as a function: arguments in, the text for
 * stdout and stderr and the exit status out. It reads the file with the
 * same engine the app uses; cli.ts only prints what this returns.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';

import { computePortfolio } from '../../shared/engine/index';
import {
  applyMapOverrides,
  ImportError,
  importClients,
  importLines,
  looksLineLevel,
  periodEndDate,
  proposeMapping,
  readTable,
  type ColumnMapping,
  type ImportResult,
  type RawTable,
} from '../../shared/import/index';
import {
  clonePolicy,
  DEFAULT_POLICY,
  parsePolicyText,
  PolicyError,
  type Policy,
} from '../../shared/policy';
import {
  buildErrorReport,
  buildReport,
  currencyWarning,
  formatReportCsv,
  formatReportTable,
  type ReportJson,
} from '../../shared/report';
import {
  parseReportArgs,
  REPORT_USAGE,
  type ReportFormat,
  type ReportOptions,
} from './args';

/** What a run prints and how it exits. */
export type ReportRun = {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
};

/** How a run reads files; tests may pass their own. */
export type ReportIo = {
  readonly readFile: (path: string) => Promise<Uint8Array>;
};

const nodeIo: ReportIo = { readFile: (path) => readFile(path) };

/** Exit status of a file, policy or command line that cannot be used. */
export const EXIT_UNUSABLE = 2;
/** Exit status of a failure of the tool itself. */
export const EXIT_INTERNAL = 1;

/** A failure with the code and message the JSON error carries. */
class ReportFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: number = EXIT_UNUSABLE,
  ) {
    super(message);
    this.name = 'ReportFailure';
  }
}

function failureRun(
  format: ReportFormat,
  failure: ReportFailure,
  extra = '',
): ReportRun {
  const json = buildErrorReport(failure.code, failure.message);
  return format === 'json'
    ? {
        stdout: `${JSON.stringify(json, null, 2)}\n`,
        stderr: extra,
        exitCode: failure.exitCode,
      }
    : {
        stdout: '',
        stderr: `tierwise report: ${failure.message} (${failure.code})\n${extra}`,
        exitCode: failure.exitCode,
      };
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

async function readInput(
  io: ReportIo,
  path: string,
  what: string,
  code: string,
) {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new ReportFailure(
      code,
      `Cannot read ${what} ${path}: ${describeReadError(error)}`,
    );
  }
}

/** Whether policy file text names its policy (a JSON object with `name`). */
function namesItself(text: string): boolean {
  const json = JSON.parse(text) as unknown;
  return typeof json === 'object' && json !== null && 'name' in json;
}

async function loadPolicyFile(
  io: ReportIo,
  path: string,
  what: string,
): Promise<{ policy: Policy; named: boolean }> {
  const bytes = await readInput(io, path, what, 'E_POLICY_UNREADABLE');
  const text = new TextDecoder().decode(bytes);
  try {
    return { policy: parsePolicyText(text), named: namesItself(text) };
  } catch (error) {
    if (error instanceof PolicyError)
      throw new ReportFailure(error.code, `${path}: ${error.message}`);
    throw error;
  }
}

async function loadPolicy(io: ReportIo, path: string | null): Promise<Policy> {
  if (path === null) return DEFAULT_POLICY;
  return (await loadPolicyFile(io, path, 'the policy file')).policy;
}

/**
 * A compared policy; one whose file gives no name is called after the
 * file, so that it does not pass for the baseline ("Baseline" by default).
 */
async function loadCompared(io: ReportIo, path: string): Promise<Policy> {
  const { policy, named } = await loadPolicyFile(
    io,
    path,
    'the policy file to compare',
  );
  if (named) return policy;
  const name = basename(path, extname(path)).slice(0, 120) || path;
  return clonePolicy(policy, name);
}

/** An import and what the run has to say about it on stderr. */
type ReadFile = { readonly imported: ImportResult; readonly notes: string };

const LINE_LEVEL_NOTE =
  'tierwise report: warning: client ids repeat in this file, as in a list of ' +
  'billing lines, subscriptions or workers; repeated ids are rejected as ' +
  'E_DUP_ID. To add the lines up to one client per id, run again with ' +
  '--lines --period PERIOD (e.g. --period 2024-Q4).\n';

function importAsLines(
  table: RawTable,
  mapping: ColumnMapping,
  period: string | null,
): ImportResult {
  const dated =
    mapping.line_start !== undefined || mapping.line_end !== undefined;
  if (period === null && dated) {
    const columns = [mapping.line_start, mapping.line_end]
      .filter((c) => c !== undefined)
      .map((c) => table.header[c]);
    throw new ReportFailure(
      'E_BAD_PERIOD',
      `The lines have start and end dates (${columns.join(', ')}): give --period (e.g. 2024-Q4) so that only the lines active at its end are counted`,
    );
  }
  return period === null
    ? importLines(table, mapping)
    : importLines(table, mapping, { period, periodEnd: periodEndDate(period) });
}

function importTable(table: RawTable, options: ReportOptions): ReadFile {
  const mapping = applyMapOverrides(
    table.header,
    proposeMapping(table.header),
    options.map,
  );
  if (options.lines)
    return {
      imported: importAsLines(table, mapping, options.period),
      notes: '',
    };
  const period = options.period === null ? {} : { period: options.period };
  return {
    imported: importClients(table, mapping, period),
    notes: looksLineLevel(table, mapping) ? LINE_LEVEL_NOTE : '',
  };
}

function importFile(bytes: Uint8Array, options: ReportOptions): ReadFile {
  try {
    const table = readTable(
      bytes,
      basename(options.file),
      options.sheet === null ? {} : { sheet: options.sheet },
    );
    return importTable(table, options);
  } catch (error) {
    if (error instanceof ImportError)
      throw new ReportFailure(error.code, error.message);
    throw error;
  }
}

function formatOutput(format: ReportFormat, report: ReportJson): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const text =
    format === 'csv' ? formatReportCsv(report) : formatReportTable(report);
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** One line for stderr on what became of the records, for `--format csv`. */
export function recordsSummary(report: ReportJson): string {
  const { read, accepted, rejected, skipped } = report.records;
  const counts =
    `${read} records read: ${accepted} accepted, ${rejected} rejected, ` +
    `${skipped} skipped`;
  // The currency warning is said on a line of its own (stderrOf).
  const warnings = report.warnings.filter(
    (w) => w.code !== 'W_CURRENCY_NOT_USD',
  ).length;
  const see = '— run with --format json or table';
  if (rejected > 0) return `${counts} ${see} for the reasons\n`;
  if (warnings > 0)
    return `${counts} ${see} for the ${warnings} warning${warnings === 1 ? '' : 's'}\n`;
  return `${counts}\n`;
}

/**
 * What stderr says beside a table or CSV: the CSV holds only the clients,
 * and neither names the currency of its amounts.
 */
function stderrOf(
  format: ReportFormat,
  report: ReportJson,
  currency: string,
): string {
  if (format === 'json') return '';
  const counts = format === 'csv' ? recordsSummary(report) : '';
  const money = currencyWarning(currency);
  return money === null ? counts : `${counts}${money.message}\n`;
}

async function runWith(
  options: ReportOptions,
  io: ReportIo,
): Promise<ReportRun> {
  const policy = await loadPolicy(io, options.policyPath);
  const compared: Policy[] = [];
  for (const path of options.comparePaths)
    compared.push(await loadCompared(io, path));
  const bytes = await readInput(io, options.file, 'the file', 'E_UNREADABLE');
  const { imported, notes } = importFile(bytes, options);
  const { columns } = imported;
  const portfolio = computePortfolio(columns, policy);
  const compare = compared.map((other) => ({
    policy: other,
    result: computePortfolio(columns, other),
  }));
  const report = buildReport({ import: imported, policy, portfolio, compare });
  return {
    stdout: formatOutput(options.format, report),
    stderr: notes + stderrOf(options.format, report, imported.currency),
    exitCode: 0,
  };
}

/** Runs the report for the arguments after `report --`. */
export async function runReport(
  argv: readonly string[],
  io: ReportIo = nodeIo,
): Promise<ReportRun> {
  const parsed = parseReportArgs(argv);
  if (parsed.kind === 'help')
    return { stdout: `${REPORT_USAGE}\n`, stderr: '', exitCode: 0 };
  if (parsed.kind === 'usage-error') {
    return failureRun(
      parsed.format,
      new ReportFailure(parsed.code, parsed.message),
      parsed.showUsage ? `\n${REPORT_USAGE}\n` : '',
    );
  }
  try {
    return await runWith(parsed.options, io);
  } catch (error) {
    if (error instanceof ReportFailure)
      return failureRun(parsed.options.format, error);
    const message = error instanceof Error ? error.message : String(error);
    const stack =
      error instanceof Error && error.stack ? `${error.stack}\n` : '';
    return failureRun(
      parsed.options.format,
      new ReportFailure('E_INTERNAL', message, EXIT_INTERNAL),
      stack,
    );
  }
}
