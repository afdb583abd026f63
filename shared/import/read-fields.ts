/**
 * Readers of the text fields of a record (id, name, industry, CSM, churn,
 * dates, period) and readRecord, which runs every mapped field's reader.
 */
import { findCellText, rememberCellText } from './cell-texts';
import { getStoreCell } from './cell-store';
import type { DateField } from './column-profile';
import { normalizePeriod } from './period';
import { readRevenue } from './read-money';
import {
  readCountries,
  readCellText,
  readGrowth,
  readWorkers,
} from './read-numbers';
import { readHealth, readPriors, readTickets } from './read-secondary';
import {
  addIssue,
  intern,
  labelOf,
  missingText,
  quoted,
  resetDraft,
  type Draft,
  type ReaderContext,
} from './record-draft';
import { parseDate } from './values/dates';
import { parseChurn } from './values/flags';
import { mapIndustry } from './values/industry';
import { cleanCell, isExcelError, isMissingToken } from './values/tokens';

const SCIENTIFIC_ID = /^\d(?:[.,]\d+)?E\+?\d+$/i;

/** Reads record r of the table into the draft, every mapped field. */
export function readRecord(ctx: ReaderContext, r: number, d: Draft): void {
  resetDraft(d, r + 1, ctx.table.lines[r]!);
  const m = ctx.mapping;
  if (!readId(ctx, r, d)) return;
  if (m.name !== undefined) d.name = readText(ctx, r, m.name);
  if (m.workers !== undefined) readWorkers(ctx, r, d);
  if (m.countries !== undefined || m.country_count !== undefined)
    readCountries(ctx, r, d);
  if (m.industry !== undefined) readIndustry(ctx, r, d, m.industry);
  if (m.arr !== undefined || m.mrr !== undefined) readRevenue(ctx, r, d);
  if (m.growth !== undefined) readGrowth(ctx, r, d);
  readPriors(ctx, r, d);
  if (m.health_score !== undefined) readHealth(ctx, r, d);
  if (m.churned !== undefined) readChurn(ctx, r, d);
  if (m.csm_id !== undefined) d.csmId = readRepeatedText(ctx, r, m.csm_id);
  if (m.tickets !== undefined) readTickets(ctx, r, d);
  if (m.signed_date !== undefined)
    d.signedDate = readDate(ctx, r, d, 'signed_date');
  if (m.line_start !== undefined)
    d.lineStart = readDate(ctx, r, d, 'line_start');
  if (m.line_end !== undefined) d.lineEnd = readDate(ctx, r, d, 'line_end');
  if (m.period !== undefined) readPeriod(ctx, r, d);
  checkGrowthDefined(ctx, d);
}

/** The client id; false (with E_MISSING_ID) when there is none. */
function readId(ctx: ReaderContext, r: number, d: Draft): boolean {
  const raw = getStoreCell(ctx.table.cells, r, ctx.mapping.client_id!);
  const id = cleanCell(raw);
  const missing = isMissingToken(id, 'text') || isExcelError(id);
  if (missing) {
    const why = id === '' ? 'is blank' : `"${id}" is not an id`;
    addIssue(
      ctx,
      d,
      'error',
      'E_MISSING_ID',
      'client_id',
      raw,
      `${labelOf(ctx, 'client_id')} ${why}: every client needs an id`,
    );
    return false;
  }
  d.id = id;
  if (SCIENTIFIC_ID.test(id)) {
    addIssue(
      ctx,
      d,
      'warning',
      'W_ID_SCIENTIFIC',
      'client_id',
      raw,
      `${quoted(ctx, 'client_id', id)} looks like a number a spreadsheet wrote in scientific notation; its digits may be lost`,
    );
  }
  return true;
}

/** A trimmed text cell; '' for missing-value tokens. */
function readText(ctx: ReaderContext, r: number, column: number): string {
  const value = cleanCell(getStoreCell(ctx.table.cells, r, column));
  return isMissingToken(value, 'text') ? '' : value;
}

/** readText of a cell whose texts repeat, each stored once (interned). */
function readRepeatedText(ctx: ReaderContext, r: number, column: number) {
  const cells = ctx.table.cells;
  const known = findCellText(ctx.cellTexts, cells, r, column);
  if (known !== undefined) return known;
  const value = intern(ctx, readText(ctx, r, column));
  rememberCellText(ctx.cellTexts, cells, r, column, value);
  return value;
}

function readIndustry(ctx: ReaderContext, r: number, d: Draft, column: number) {
  const raw = readRepeatedText(ctx, r, column);
  d.industryRaw = raw;
  d.industry = mapIndustry(raw);
}

function readChurn(ctx: ReaderContext, r: number, d: Draft): void {
  const cell = readCellText(ctx, r, 'churned', false);
  if (cell.state === 'missing') {
    return addIssue(
      ctx,
      d,
      'warning',
      'W_CHURN_MISSING',
      'churned',
      cell.raw,
      `${missingText(ctx, 'churned', cell.raw)}; left out of churn counts`,
    );
  }
  const churned = parseChurn(cell.value);
  if (churned === null) {
    return addIssue(
      ctx,
      d,
      'warning',
      'W_CHURN_UNKNOWN',
      'churned',
      cell.raw,
      `${quoted(ctx, 'churned', cell.value)} is not a yes/no value; left out of churn counts`,
    );
  }
  d.churned = churned;
}

/** An ISO date, or '' (a warning, or for line dates an error, if bad). */
function readDate(
  ctx: ReaderContext,
  r: number,
  d: Draft,
  field: DateField,
): string {
  const cell = readCellText(ctx, r, field, false);
  if (cell.state === 'missing') return '';
  const { order, proven } = ctx.profile.dateOrders[field]!;
  const reading =
    cell.state === 'error' ? null : parseDate(cell.value, order, proven);
  if (!reading || reading.kind === 'invalid') {
    const strict = ctx.strictLineDates && field !== 'signed_date';
    addIssue(
      ctx,
      d,
      strict ? 'error' : 'warning',
      strict ? 'E_DATE_INVALID' : 'W_DATE_INVALID',
      field,
      cell.raw,
      `${quoted(ctx, field, cell.value)} is not a date${strict ? '' : '; left blank'}`,
    );
    return '';
  }
  if (reading.ambiguous) {
    const first = order === 'dmy' ? 'day' : 'month';
    addIssue(
      ctx,
      d,
      'warning',
      'W_DATE_AMBIGUOUS',
      field,
      cell.raw,
      `${quoted(ctx, field, cell.value)} could be day-first or month-first and the column never shows which; read ${first}-first as ${reading.iso}`,
    );
  }
  return reading.iso;
}

function readPeriod(ctx: ReaderContext, r: number, d: Draft): void {
  const cell = readCellText(ctx, r, 'period', false);
  if (cell.state === 'missing') return;
  const period = cell.state === 'text' ? normalizePeriod(cell.value) : null;
  if (period) {
    d.period = period;
    return;
  }
  addIssue(
    ctx,
    d,
    'warning',
    'W_PERIOD_INVALID',
    'period',
    cell.raw,
    `${quoted(ctx, 'period', cell.value)} is not a period like 2024-Q4; the record is kept in the import's period`,
  );
}

/** W_GROWTH_UNDEFINED: no growth given and the prior it would use is 0. */
function checkGrowthDefined(ctx: ReaderContext, d: Draft): void {
  if (!Number.isNaN(d.growthPpm) || d.errors.length > 0) return;
  const priorWorkersZero = d.workersPrior === 0;
  const priorMrrZero = Number.isNaN(d.workersPrior) && d.arrPriorCents === 0;
  if (!priorWorkersZero && !priorMrrZero) return;
  const field = priorWorkersZero ? 'workers_prior' : 'mrr_prior';
  addIssue(
    ctx,
    d,
    'warning',
    'W_GROWTH_UNDEFINED',
    field,
    '0',
    `${quoted(ctx, field, '0')}: growth from a prior value of 0 is undefined; the growth category is Unassigned`,
  );
}
