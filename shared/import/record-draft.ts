/**
 * One record as read, before it is accepted: its values, in the units of
 * ClientColumns, and its errors and warnings. One draft is reused for
 * every record so that a million records allocate only their issues.
 */
import { CHURN_UNKNOWN, UNASSIGNED } from '../domain';
import type { CellTexts } from './cell-texts';
import type { ColumnProfile } from './column-profile';
import type { ColumnMapping, Field, RawTable, RowIssue } from './types';

/** A record's values and issues (see the module note). */
export type Draft = {
  record: number;
  line: number;
  id: string;
  errors: RowIssue[];
  warnings: RowIssue[];
  name: string;
  workers: number;
  countryCount: number;
  countries: string;
  industryRaw: string;
  industry: number;
  arrCents: number;
  mrrCents: number;
  growthPpm: number;
  workersPrior: number;
  arrPriorCents: number;
  health: number;
  churned: number;
  csmId: string;
  tickets: number;
  signedDate: string;
  period: string;
  lineStart: string;
  lineEnd: string;
};

/** What every field reader needs: the table, mapping and decisions. */
export type ReaderContext = {
  readonly table: RawTable;
  readonly mapping: ColumnMapping;
  readonly profile: ColumnProfile;
  /** Repeated strings (CSMs, industries, country lists) kept once. */
  readonly interned: Map<string, string>;
  /** Text cells already read, by their raw characters (cell-texts.ts). */
  readonly cellTexts: CellTexts;
  /** Line-level imports reject a line whose dates cannot be read. */
  readonly strictLineDates: boolean;
};

/** A fresh draft with every value unknown. */
export function createDraft(): Draft {
  const draft = { errors: [], warnings: [] } as unknown as Draft;
  resetDraft(draft, 0, 0);
  return draft;
}

/** Clears a draft (issues included) for the record at the given line. */
export function resetDraft(d: Draft, record: number, line: number): void {
  d.record = record;
  d.line = line;
  d.id = '';
  if (d.errors.length > 0) d.errors.length = 0;
  if (d.warnings.length > 0) d.warnings.length = 0;
  d.name = '';
  d.workers = NaN;
  d.countryCount = NaN;
  d.countries = '';
  d.industryRaw = '';
  d.industry = UNASSIGNED;
  d.arrCents = NaN;
  d.mrrCents = NaN;
  d.growthPpm = NaN;
  d.workersPrior = NaN;
  d.arrPriorCents = NaN;
  d.health = NaN;
  d.churned = CHURN_UNKNOWN;
  d.csmId = '';
  d.tickets = NaN;
  d.signedDate = '';
  d.period = '';
  d.lineStart = '';
  d.lineEnd = '';
}

/** The header label of a mapped field's column. */
export function labelOf(ctx: ReaderContext, field: Field): string {
  const column = ctx.mapping[field];
  return column === undefined ? field : (ctx.table.header[column] ?? field);
}

/** Adds an error (rejects the record) or a warning to a draft. */
export function addIssue(
  ctx: ReaderContext,
  d: Draft,
  severity: 'error' | 'warning',
  code: string,
  field: Field | null,
  value: string | null,
  message: string,
): void {
  const issue: RowIssue = {
    record: d.record,
    line: d.line,
    client_id: d.id === '' ? null : d.id,
    code,
    column: field === null ? null : labelOf(ctx, field),
    value,
    message,
  };
  (severity === 'error' ? d.errors : d.warnings).push(issue);
}

/** `label "value"` as messages quote a cell. */
export function quoted(ctx: ReaderContext, field: Field, value: string) {
  return `${labelOf(ctx, field)} "${value}"`;
}

/** `label is blank` or `label "N/A" means no value`, for W_…_MISSING. */
export function missingText(ctx: ReaderContext, field: Field, raw: string) {
  const value = raw.trim();
  const label = labelOf(ctx, field);
  return value === ''
    ? `${label} is blank`
    : `${label} "${value}" means no value`;
}

/** The single stored copy of a repeated string. */
export function intern(ctx: ReaderContext, value: string): string {
  const known = ctx.interned.get(value);
  if (known !== undefined) return known;
  if (ctx.interned.size < 100_000) ctx.interned.set(value, value);
  return value;
}
