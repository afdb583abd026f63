/**
 * The report command's arguments (DESIGN.md §9), parsed with node:util
 * parseArgs. Parsing never prints or exits; the run decides what to show.
 */
import { parseArgs } from 'node:util';

import { normalizePeriod } from '../../shared/import/index';
import { FIELDS, type Field } from '../../shared/import/types';

/** Output formats of the report. */
export const REPORT_FORMATS = ['table', 'json', 'csv'] as const;
/** One output format. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Fields `--map` may name: DESIGN.md §9's, and the line dates that a
 * `--lines` file may need mapped by hand.
 */
export const MAP_FIELDS = FIELDS;
/** One field `--map` may name. */
export type MapField = Field;

/** A valid command line. */
export type ReportOptions = {
  readonly file: string;
  readonly format: ReportFormat;
  readonly policyPath: string | null;
  /** Policy files to compare with the baseline (`--compare`), in order. */
  readonly comparePaths: readonly string[];
  /** FIELD → column label; an empty label unmaps the field. */
  readonly map: Readonly<Partial<Record<MapField, string>>>;
  readonly sheet: string | null;
  /** Read the file as a line-level list (one row per line or worker). */
  readonly lines: boolean;
  /** The period of the import, normalized (`2024-Q4`, `2024-12`). */
  readonly period: string | null;
};

/** The code of a command line that cannot be run. */
export type UsageErrorCode = 'E_USAGE';

/** What the command line asks for. */
export type ParsedReportArgs =
  | { readonly kind: 'run'; readonly options: ReportOptions }
  | { readonly kind: 'help' }
  | {
      readonly kind: 'usage-error';
      readonly code: UsageErrorCode;
      readonly message: string;
      /** Whether the usage text helps (always, for now). */
      readonly showUsage: boolean;
      /** The format asked for, when it could be read, for the error's shape. */
      readonly format: ReportFormat;
    };

/** The usage text, printed for --help and after a usage error. */
export const REPORT_USAGE = `Usage: npm run --silent report -- FILE [--format table|json|csv]
         [--policy POLICY.json] [--compare POLICY.json]...
         [--map FIELD=COLUMN]... [--sheet NAME] [--lines] [--period PERIOD]

Reads a client list (CSV or XLSX) with the engine the app uses and prints
the per-record report, every client's tiers, the segment economics and the
hiring needs.

  --format   table (default), json or csv
  --policy   a policy file (JSON, as the app exports a scenario); keys it
             leaves out keep the baseline defaults
  --compare  a policy file to compare with the baseline (the --policy file
             or the defaults), repeatable: its segments and hiring beside
             the baseline's, the clients that change tier and the margin
             bridge; its keys, too, are laid over the defaults
  --map      use column COLUMN for FIELD (repeatable); FIELD is one of
             ${MAP_FIELDS.join(', ')}
  --sheet    the sheet of a workbook to read
  --lines    the file has one row per billing line, subscription or worker:
             add the lines up to one client per id, counting only the lines
             active at the end of --period
  --period   the period of the file, a quarter like 2024-Q4 or a month like
             2024-12; rows of another period are skipped
  --help     show this text

Exit status: 0 when the file was read (rows may still be rejected), 2 when
the file or the policy cannot be used or the command line is wrong.`;

function isFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

function isMapField(value: string): value is MapField {
  return (MAP_FIELDS as readonly string[]).includes(value);
}

function parseMap(items: readonly string[]): Partial<Record<MapField, string>> {
  const map: Partial<Record<MapField, string>> = {};
  for (const item of items) {
    const equals = item.indexOf('=');
    if (equals < 1) throw new Error(`--map ${item}: expected FIELD=COLUMN`);
    const field = item.slice(0, equals).trim();
    if (!isMapField(field)) {
      throw new Error(
        `--map ${item}: "${field}" is not a field; use one of ${MAP_FIELDS.join(', ')}`,
      );
    }
    if (map[field] !== undefined)
      throw new Error(`--map ${field} is given twice`);
    map[field] = item.slice(equals + 1);
  }
  return map;
}

const OPTIONS = {
  format: { type: 'string' },
  policy: { type: 'string' },
  compare: { type: 'string', multiple: true },
  map: { type: 'string', multiple: true },
  sheet: { type: 'string' },
  lines: { type: 'boolean' },
  period: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A command line that cannot be run, with its code. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly code: UsageErrorCode = 'E_USAGE',
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

type Token = {
  readonly kind: string;
  readonly name?: string;
  readonly rawName?: string;
  readonly value?: string;
  readonly inlineValue?: boolean;
};

/** Plain words for what node:util would word as parser jargon. */
function checkToken(token: Token): void {
  if (token.kind !== 'option') return;
  const name = token.name!;
  const raw = token.rawName!;
  if (!Object.hasOwn(OPTIONS, name))
    throw new UsageError(`unknown option ${raw}`);
  const type = OPTIONS[name as keyof typeof OPTIONS].type;
  if (type === 'boolean' && token.value !== undefined)
    throw new UsageError(`${raw} takes no value`);
  if (type !== 'string') return;
  if (token.value === undefined) throw new UsageError(`${raw} needs a value`);
  if (!token.inlineValue && token.value.startsWith('-')) {
    throw new UsageError(
      `${raw} needs a value, not the option ${token.value} (write ${raw}=VALUE for a value that starts with -)`,
    );
  }
}

function readOptions(argv: readonly string[]) {
  const loose = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: OPTIONS,
  });
  for (const token of loose.tokens) checkToken(token);
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: OPTIONS,
  });
}

/** The format named on the command line, read leniently for error output. */
function sniffFormat(argv: readonly string[]): ReportFormat {
  const at = argv.findIndex(
    (arg) => arg === '--format' || arg.startsWith('--format='),
  );
  const value =
    at < 0
      ? ''
      : argv[at]!.includes('=')
        ? argv[at]!.split('=')[1]!
        : (argv[at + 1] ?? '');
  return isFormat(value) ? value : 'table';
}

function readPeriod(text: string | undefined): string | null {
  if (text === undefined) return null;
  const period = normalizePeriod(text);
  if (period === null) {
    throw new Error(
      `--period ${text}: write a quarter like 2024-Q4 or a month like 2024-12`,
    );
  }
  return period;
}

function toOptions(parsed: ReturnType<typeof readOptions>): ReportOptions {
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new Error(
      positionals.length === 0
        ? 'FILE is missing'
        : `one FILE only, got ${positionals.length}`,
    );
  }
  const format = values.format ?? 'table';
  if (!isFormat(format))
    throw new Error(`--format ${format}: use table, json or csv`);
  return {
    file: positionals[0]!,
    format,
    policyPath: values.policy ?? null,
    comparePaths: values.compare ?? [],
    map: parseMap(values.map ?? []),
    sheet: values.sheet ?? null,
    lines: values.lines ?? false,
    period: readPeriod(values.period),
  };
}

/** Parses the arguments after `report --`. */
export function parseReportArgs(argv: readonly string[]): ParsedReportArgs {
  try {
    const parsed = readOptions(argv);
    if (parsed.values.help) return { kind: 'help' };
    return { kind: 'run', options: toOptions(parsed) };
  } catch (error) {
    const code = error instanceof UsageError ? error.code : 'E_USAGE';
    return {
      kind: 'usage-error',
      code,
      message: error instanceof Error ? error.message : String(error),
      showUsage: code === 'E_USAGE',
      format: sniffFormat(argv),
    };
  }
}
