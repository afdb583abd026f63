/**
 * mergeClientFields: a second file of the same period adds fields to the
 * clients already imported, matched by client id (e.g. MRR from a billing
 * export beside a CRM account list), and looksLineLevel, which tells a
 * line-level list from a client list.
 */
import { CHURN_UNKNOWN, UNASSIGNED } from '../domain';
import { selectClients, type ClientColumns } from '../columns';
import { isBlankCell } from './fast-cells';
import { addId, createIdIndex, lookupId } from './id-index';
import { getStoreCell } from './cell-store';
import {
  ImportError,
  type ColumnMapping,
  type Field,
  type ImportResult,
  type RawTable,
} from './types';

type ColumnKey = Exclude<keyof ClientColumns, 'length'>;

// The columns a field fills. `mrr` fills ARR (12 × MRR) like an import does.
const FIELD_COLUMNS: Readonly<Record<Field, readonly ColumnKey[]>> = {
  client_id: [],
  name: ['name'],
  workers: ['workers'],
  countries: ['countryCount', 'countries'],
  country_count: ['countryCount'],
  industry: ['industry', 'industryRaw'],
  mrr: ['arrCents'],
  arr: ['arrCents'],
  growth: ['growthPpm'],
  workers_prior: ['workersPrior'],
  mrr_prior: ['arrPriorCents'],
  health_score: ['health'],
  churned: ['churned'],
  csm_id: ['csmId'],
  tickets: ['tickets'],
  period: [],
  signed_date: ['signedDate'],
  line_start: [],
  line_end: [],
};

const MONEY: readonly Field[] = ['mrr', 'arr', 'mrr_prior'];

/** The result of a merge and the ids that did not pair up. */
export type MergeResult = {
  readonly result: ImportResult;
  /** Ids in the second file that are not among the clients. */
  readonly unmatchedIds: string[];
  /** Clients the second file does not mention. */
  readonly missingIds: string[];
};

/**
 * The base clients with `fields` taken from the extra file's client of the
 * same id. A value the extra file does not know leaves the base's value;
 * clients absent from the extra file keep theirs. Money in another
 * currency is E_CURRENCY_MISMATCH.
 */
export function mergeClientFields(
  base: ImportResult,
  extra: ImportResult,
  fields: readonly Field[],
): MergeResult {
  checkCurrency(base, extra, fields);
  const keys = [...new Set(fields.flatMap((field) => FIELD_COLUMNS[field]))];
  const columns = selectClients(base.columns, identity(base.columns.length));
  const extraIndex = createIdIndex(
    extra.columns.clientId,
    extra.columns.length,
  );
  extra.columns.clientId.forEach((id, i) => addId(extraIndex, id, i));
  const baseIndex = createIdIndex(base.columns.clientId, base.columns.length);
  const missingIds: string[] = [];
  base.columns.clientId.forEach((id, i) => {
    addId(baseIndex, id, i);
    const j = lookupId(extraIndex, id).exact;
    if (j < 0) missingIds.push(id);
    else for (const key of keys) copyKnown(columns, i, extra.columns, j, key);
  });
  const unmatchedIds = extra.columns.clientId.filter(
    (id) => lookupId(baseIndex, id).exact < 0,
  );
  const fileWarnings = [
    ...base.report.fileWarnings,
    ...mergeWarnings(unmatchedIds, missingIds),
  ];
  const result: ImportResult = {
    columns,
    report: { ...base.report, fileWarnings },
    currency: base.currency,
    period: base.period ?? extra.period,
  };
  return { result, unmatchedIds, missingIds };
}

function identity(length: number): Uint32Array {
  const indexes = new Uint32Array(length);
  for (let i = 0; i < length; i++) indexes[i] = i;
  return indexes;
}

function checkCurrency(
  base: ImportResult,
  extra: ImportResult,
  fields: readonly Field[],
) {
  if (base.currency === extra.currency) return;
  if (!fields.some((field) => MONEY.includes(field))) return;
  throw new ImportError(
    'E_CURRENCY_MISMATCH',
    `The clients' money is in ${base.currency} but the second file's is in ${extra.currency}; there is no exchange rate to add it`,
    { base: base.currency, extra: extra.currency },
  );
}

function copyKnown(
  to: ClientColumns,
  i: number,
  from: ClientColumns,
  j: number,
  key: ColumnKey,
): void {
  const value = from[key][j]!;
  const unknown =
    typeof value === 'string'
      ? value === ''
      : Number.isNaN(value) ||
        (key === 'industry' && value === UNASSIGNED) ||
        (key === 'churned' && value === CHURN_UNKNOWN) ||
        (key === 'overrideTier' && value === UNASSIGNED);
  if (!unknown) (to[key] as unknown as Record<number, typeof value>)[i] = value;
}

function mergeWarnings(
  unmatched: readonly string[],
  missing: readonly string[],
) {
  const warnings = [];
  if (unmatched.length > 0) {
    warnings.push({
      code: 'W_MERGE_UNMATCHED',
      message: `${unmatched.length} client id(s) of the second file are not among the clients and were not added (e.g. ${unmatched.slice(0, 3).join(', ')}).`,
    });
  }
  if (missing.length > 0) {
    warnings.push({
      code: 'W_MERGE_MISSING',
      message: `${missing.length} client(s) are not in the second file and keep their values (e.g. ${missing.slice(0, 3).join(', ')}).`,
    });
  }
  return warnings;
}

// Repeats among this many leading records decide; enough to tell a list of
// subscriptions from a client list without scanning a million ids.
const LINE_LEVEL_SAMPLE = 50_000;

/**
 * True when client ids repeat: at least two repeats, making up 10 % or
 * more of the first records' ids (one row per worker or billing line).
 */
export function looksLineLevel(
  table: RawTable,
  mapping: ColumnMapping,
): boolean {
  const column = mapping.client_id;
  if (column === undefined) return false;
  const ids: string[] = [];
  const index = createIdIndex(ids, Math.min(table.rowCount, LINE_LEVEL_SAMPLE));
  let repeats = 0;
  const n = Math.min(table.rowCount, LINE_LEVEL_SAMPLE);
  for (let r = 0; r < n; r++) {
    if (isBlankCell(table.cells, r, column)) continue;
    const id = getStoreCell(table.cells, r, column).trim();
    if (lookupId(index, id).exact >= 0) repeats++;
    else addId(index, id, ids.push(id) - 1);
  }
  return repeats >= 2 && repeats * 10 >= ids.length + repeats;
}
