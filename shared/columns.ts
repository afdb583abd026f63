/**
 * Client snapshots stored as columns: one typed array or string array per
 * field, index i being the i-th client. The engine computes over these and
 * storage writes them as they are (DESIGN.md §7). Unknown numbers are NaN,
 * unknown codes UNASSIGNED, unknown strings ''.
 */
import { CHURN_UNKNOWN, UNASSIGNED } from './domain';

/** One period's client snapshots, as columns. */
export type ClientColumns = {
  readonly length: number;
  /** Trimmed, case-sensitive, leading zeros kept. */
  readonly clientId: string[];
  readonly name: string[];
  /** Active EOR workers, a whole number ≥ 1; NaN when unknown. */
  readonly workers: Float64Array;
  /** Distinct countries; NaN when unknown. */
  readonly countryCount: Float64Array;
  /** The distinct countries, `;`-joined, or '' when only a count is known. */
  readonly countries: string[];
  /** The industry as written in the file. */
  readonly industryRaw: string[];
  /** INDUSTRIES code of industryRaw, or UNASSIGNED. */
  readonly industry: Uint8Array;
  /** ARR in integer cents (12 × MRR when only MRR is known); NaN unknown. */
  readonly arrCents: Float64Array;
  /** Given QoQ growth in millionths (10 % = 100000); NaN when not given. */
  readonly growthPpm: Float64Array;
  /** Prior quarter's workers; NaN when unknown. */
  readonly workersPrior: Float64Array;
  /** Prior quarter's ARR in integer cents; NaN when unknown. */
  readonly arrPriorCents: Float64Array;
  /** 1 when a prior period is known and the client is absent from it. */
  readonly newClient: Uint8Array;
  /** Health score 0–100; NaN when unknown. */
  readonly health: Float64Array;
  /** CHURN_NO, CHURN_YES or CHURN_UNKNOWN. */
  readonly churned: Uint8Array;
  /** '' when no CSM is assigned. */
  readonly csmId: string[];
  /** Support tickets a month, whole; NaN when unknown. */
  readonly tickets: Float64Array;
  /** ISO date (2024-02-13) or ''. */
  readonly signedDate: string[];
  /** Tier code set by an approved override, or UNASSIGNED. */
  readonly overrideTier: Uint8Array;
};

/** Names of the numeric (typed-array) columns. */
export const NUMERIC_COLUMNS = [
  'workers',
  'countryCount',
  'arrCents',
  'growthPpm',
  'workersPrior',
  'arrPriorCents',
  'health',
  'tickets',
] as const;
export type NumericColumn = (typeof NUMERIC_COLUMNS)[number];

/** Names of the code (Uint8Array) columns. */
export const CODE_COLUMNS = [
  'industry',
  'newClient',
  'churned',
  'overrideTier',
] as const;
export type CodeColumn = (typeof CODE_COLUMNS)[number];

/** Names of the string columns. */
export const STRING_COLUMNS = [
  'clientId',
  'name',
  'countries',
  'industryRaw',
  'csmId',
  'signedDate',
] as const;
export type StringColumn = (typeof STRING_COLUMNS)[number];

/** Columns of `length` clients with every value unknown. */
export function createClientColumns(length: number): ClientColumns {
  const nan = () => new Float64Array(length).fill(NaN);
  const strings = () => new Array<string>(length).fill('');
  return {
    length,
    clientId: strings(),
    name: strings(),
    workers: nan(),
    countryCount: nan(),
    countries: strings(),
    industryRaw: strings(),
    industry: new Uint8Array(length).fill(UNASSIGNED),
    arrCents: nan(),
    growthPpm: nan(),
    workersPrior: nan(),
    arrPriorCents: nan(),
    newClient: new Uint8Array(length),
    health: nan(),
    churned: new Uint8Array(length).fill(CHURN_UNKNOWN),
    csmId: strings(),
    tickets: nan(),
    signedDate: strings(),
    overrideTier: new Uint8Array(length).fill(UNASSIGNED),
  };
}

/** The clients at the given indexes, in that order, as new columns. */
export function selectClients(
  columns: ClientColumns,
  indexes: ArrayLike<number>,
): ClientColumns {
  const out = createClientColumns(indexes.length);
  for (const key of [...NUMERIC_COLUMNS, ...CODE_COLUMNS] as const) {
    const from = columns[key];
    const to = out[key];
    for (let i = 0; i < indexes.length; i++) to[i] = from[indexes[i]!]!;
  }
  for (const key of STRING_COLUMNS) {
    const from = columns[key];
    const to = out[key];
    for (let i = 0; i < indexes.length; i++) to[i] = from[indexes[i]!]!;
  }
  return out;
}
