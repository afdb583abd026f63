/**
 * Readers of the numeric fields of a record: workers, countries, revenue
 * (ARR / MRR), growth, the prior quarter's values, health and tickets.
 * Segmentation fields reject a malformed value; secondary ones (health,
 * tickets, priors) only warn and leave the value unknown.
 */
import { getStoreCell } from './cell-store';
import type { MoneyField } from './column-profile';
import { isBlankCell, plainInteger, plainPercent } from './fast-cells';
import {
  addIssue,
  intern,
  labelOf,
  quoted,
  type Draft,
  type ReaderContext,
} from './record-draft';
import type { Field } from './types';
import { joinCountries, parseCountries } from './values/countries';
import {
  decimalToNumber,
  decimalToScaled,
  isWholeDecimal,
  isZeroDecimal,
  parseDecimal,
} from './values/decimal';
import { parseGrowthPpm } from './values/growth';
import { parseMoneyCents } from './values/money';
import { cleanCell, isExcelError, isMissingToken } from './values/tokens';

const IMPLAUSIBLE_WORKERS = 1_000_000;
// Whole amounts up to this many units are exact in cents (2^53 / 100).
const MAX_PLAIN_AMOUNT = 90_071_992_547_409;
const RANGE =
  /^(?:[<>≤≥]=?|under|over|up to|less than|more than)\s*\d|^\d[\d.,\s]*k?\s*(?:-|–|—|to)\s*\d[\d.,\s]*k?$|^\d[\d.,\s]*k?\s*\+$/i;

/** A cell read as text, with how it stands. */
type CellRead =
  | { readonly state: 'missing'; readonly raw: string }
  | { readonly state: 'error'; readonly raw: string; readonly value: string }
  | { readonly state: 'text'; readonly raw: string; readonly value: string };

/** The trimmed cell of a field: missing, an Excel error or text. */
export function readCellText(
  ctx: ReaderContext,
  r: number,
  field: Field,
  numeric: boolean,
): CellRead {
  const column = ctx.mapping[field]!;
  const raw = getStoreCell(ctx.table.cells, r, column);
  const value = cleanCell(raw);
  if (isMissingToken(value, numeric ? 'numeric' : 'text'))
    return { state: 'missing', raw };
  if (isExcelError(value)) return { state: 'error', raw, value };
  return { state: 'text', raw, value };
}

/** Workers: a whole number ≥ 1 (see the module note for the codes). */
export function readWorkers(ctx: ReaderContext, r: number, d: Draft): void {
  const column = ctx.mapping.workers!;
  const plain = plainInteger(ctx.table.cells, r, column);
  if (!Number.isNaN(plain)) return checkWorkers(ctx, d, plain, null);
  const cell = readCellText(ctx, r, 'workers', true);
  if (cell.state === 'missing') {
    return addIssue(
      ctx,
      d,
      'warning',
      'W_WORKERS_MISSING',
      'workers',
      cell.raw,
      `${quoted(ctx, 'workers', cell.raw.trim())} is blank; the size tier is Unassigned`,
    );
  }
  const fail = (code: string, why: string) =>
    addIssue(
      ctx,
      d,
      'error',
      code,
      'workers',
      cell.raw,
      `${quoted(ctx, 'workers', cell.value)} ${why}`,
    );
  if (cell.state === 'error')
    return fail('E_WORKERS_INVALID', 'is a spreadsheet error, not a count');
  const decimal = parseDecimal(cell.value, ctx.profile.styles.workers ?? 'dot');
  if (!decimal) {
    return RANGE.test(cell.value)
      ? fail('E_WORKERS_RANGE', 'is a range, not a count')
      : fail('E_WORKERS_INVALID', 'is not a number');
  }
  if (decimal.negative || isZeroDecimal(decimal))
    return fail('E_WORKERS_NONPOSITIVE', 'must be at least 1');
  if (!isWholeDecimal(decimal))
    return fail('E_WORKERS_NOT_INTEGER', 'is not a whole number');
  const value = decimalToScaled(decimal, 0);
  if (Number.isNaN(value))
    return fail('E_WORKERS_INVALID', 'is too large to be a count');
  checkWorkers(ctx, d, value, cell.value);
}

function checkWorkers(
  ctx: ReaderContext,
  d: Draft,
  value: number,
  text: string | null,
): void {
  const shown = text ?? String(value);
  if (value <= 0) {
    return addIssue(
      ctx,
      d,
      'error',
      'E_WORKERS_NONPOSITIVE',
      'workers',
      shown,
      `${quoted(ctx, 'workers', shown)} must be at least 1`,
    );
  }
  d.workers = value;
  if (value > IMPLAUSIBLE_WORKERS) {
    addIssue(
      ctx,
      d,
      'warning',
      'W_WORKERS_IMPLAUSIBLE',
      'workers',
      shown,
      `${quoted(ctx, 'workers', shown)} is over ${IMPLAUSIBLE_WORKERS.toLocaleString('en-US')} workers; check the column`,
    );
  }
}

/** Countries: a list (distinct codes) or a count, from either column. */
export function readCountries(ctx: ReaderContext, r: number, d: Draft): void {
  const listColumn = ctx.mapping.countries;
  const useList =
    listColumn !== undefined &&
    (ctx.mapping.country_count === undefined ||
      !isBlankCell(ctx.table.cells, r, listColumn));
  const field: Field = useList ? 'countries' : 'country_count';
  const plain = plainInteger(ctx.table.cells, r, ctx.mapping[field]!);
  if (plain >= 1) {
    d.countryCount = plain;
    return;
  }
  const cell = readCellText(ctx, r, field, false);
  if (cell.state === 'missing') {
    return addIssue(
      ctx,
      d,
      'warning',
      'W_COUNTRIES_MISSING',
      field,
      cell.raw,
      `${quoted(ctx, field, cell.raw.trim())} is blank; the complexity tier is Unassigned`,
    );
  }
  const reading =
    cell.state === 'error'
      ? { kind: 'invalid' as const }
      : parseCountries(cell.value);
  const shown = cell.value;
  if (reading.kind === 'missing') {
    return addIssue(
      ctx,
      d,
      'warning',
      'W_COUNTRIES_MISSING',
      field,
      cell.raw,
      `${quoted(ctx, field, shown)} lists no country; the complexity tier is Unassigned`,
    );
  }
  if (reading.kind === 'invalid') {
    return addIssue(
      ctx,
      d,
      'error',
      'E_COUNTRIES_INVALID',
      field,
      cell.raw,
      `${quoted(ctx, field, shown)} is neither a country count nor a list of countries`,
    );
  }
  if (reading.kind === 'count') {
    d.countryCount = reading.count;
    return;
  }
  d.countryCount = reading.codes.length;
  d.countries = intern(ctx, joinCountries(reading.codes));
  for (const { from, to } of reading.aliases) {
    addIssue(
      ctx,
      d,
      'warning',
      'W_COUNTRY_ALIAS',
      field,
      cell.raw,
      `${quoted(ctx, field, shown)}: ${from} is read as ${to}`,
    );
  }
}

type MoneyRead =
  | { readonly state: 'missing' }
  | { readonly state: 'error' }
  | { readonly state: 'ok'; readonly cents: number; readonly text: string };

/** One money cell in cents, or why not (errors added as `severity`). */
export function readMoney(
  ctx: ReaderContext,
  r: number,
  d: Draft,
  field: MoneyField,
  severity: 'error' | 'warning',
): MoneyRead {
  const fileCurrency = ctx.profile.currency;
  const columnCurrency = ctx.profile.columnCurrency[field] ?? fileCurrency;
  const plain = plainInteger(ctx.table.cells, r, ctx.mapping[field]!);
  if (
    plain >= 0 &&
    plain <= MAX_PLAIN_AMOUNT &&
    columnCurrency === fileCurrency
  ) {
    return { state: 'ok', cents: plain * 100, text: String(plain) };
  }
  const cell = readCellText(ctx, r, field, true);
  if (cell.state === 'missing') return { state: 'missing' };
  const code = (base: string) =>
    severity === 'error' ? base : `W_${field.toUpperCase()}_INVALID`;
  const fail = (base: string, why: string): MoneyRead => {
    addIssue(
      ctx,
      d,
      severity,
      code(base),
      field,
      cell.raw,
      `${quoted(ctx, field, cell.value)} ${why}`,
    );
    return { state: 'error' };
  };
  if (cell.state === 'error')
    return fail('E_REVENUE_INVALID', 'is a spreadsheet error, not an amount');
  const reading = parseMoneyCents(
    cell.value,
    ctx.profile.styles[field] ?? 'dot',
  );
  const currency = reading.currency ?? columnCurrency;
  if (currency !== fileCurrency) {
    return fail(
      'E_MIXED_CURRENCY',
      `is in ${currency} but the file's money is in ${fileCurrency}; there is no exchange rate to convert it`,
    );
  }
  if (reading.kind === 'invalid')
    return fail(
      'E_REVENUE_INVALID',
      'is not an amount (write digits only; K or M suffixes are not read)',
    );
  if (reading.kind === 'negative')
    return fail('E_REVENUE_NEGATIVE', 'is negative');
  return { state: 'ok', cents: reading.cents, text: cell.value };
}

/** ARR in cents from the ARR column, else 12 × the MRR column. */
export function readRevenue(ctx: ReaderContext, r: number, d: Draft): void {
  const arr =
    ctx.mapping.arr !== undefined ? readMoney(ctx, r, d, 'arr', 'error') : null;
  const mrr =
    ctx.mapping.mrr !== undefined ? readMoney(ctx, r, d, 'mrr', 'error') : null;
  if (arr?.state === 'error' || mrr?.state === 'error') return;
  if (mrr?.state === 'ok') d.mrrCents = mrr.cents;
  if (arr?.state === 'ok') {
    d.arrCents = arr.cents;
    if (mrr?.state === 'ok') checkArrMrr(ctx, d, arr.text, mrr.text);
  } else if (mrr?.state === 'ok') {
    d.arrCents = 12 * mrr.cents;
  } else {
    const field: Field = arr ? 'arr' : 'mrr';
    return addIssue(
      ctx,
      d,
      'warning',
      'W_REVENUE_MISSING',
      field,
      null,
      `${quoted(ctx, field, '')} is blank; the ARR band is Unassigned`,
    );
  }
  if (d.arrCents === 0) {
    const field: Field = arr?.state === 'ok' ? 'arr' : 'mrr';
    addIssue(
      ctx,
      d,
      'warning',
      'W_REVENUE_ZERO',
      field,
      null,
      `${labelOf(ctx, field)} is zero (a trial or free account?)`,
    );
  }
}

/** W_ARR_MRR_MISMATCH when ARR and 12 × MRR differ by more than 1 %. */
export function checkArrMrr(
  ctx: ReaderContext,
  d: Draft,
  arrText: string,
  mrrText: string,
): void {
  const fromMrr = 12 * d.mrrCents;
  if (Math.abs(d.arrCents - fromMrr) * 100 <= fromMrr) return;
  addIssue(
    ctx,
    d,
    'warning',
    'W_ARR_MRR_MISMATCH',
    'arr',
    arrText,
    `${quoted(ctx, 'arr', arrText)} differs from 12 × ${quoted(ctx, 'mrr', mrrText)} by more than 1 %; the ARR column wins`,
  );
}

/** Given QoQ growth in ppm (see values/growth.ts for the units). */
export function readGrowth(ctx: ReaderContext, r: number, d: Draft): void {
  const column = ctx.mapping.growth!;
  const unit = ctx.profile.growthUnit;
  const percent = plainPercent(ctx.table.cells, r, column);
  if (!Number.isNaN(percent)) {
    d.growthPpm = percent * 10_000 + 0;
    return;
  }
  const bare = plainInteger(ctx.table.cells, r, column);
  if (!Number.isNaN(bare) && (unit !== 'percent' || bare === 0)) {
    d.growthPpm = bare * (unit === 'fraction' ? 1_000_000 : 10_000) + 0;
    return;
  }
  const cell = readCellText(ctx, r, 'growth', true);
  if (cell.state === 'missing') {
    return addIssue(
      ctx,
      d,
      'warning',
      'W_GROWTH_MISSING',
      'growth',
      cell.raw,
      `${quoted(ctx, 'growth', cell.raw.trim())} is blank; the growth category is Unassigned`,
    );
  }
  const reading =
    cell.state === 'error'
      ? { kind: 'invalid' as const }
      : parseGrowthPpm(cell.value, ctx.profile.styles.growth ?? 'dot', unit);
  const value = cell.value;
  if (reading.kind === 'invalid') {
    return addIssue(
      ctx,
      d,
      'error',
      'E_GROWTH_INVALID',
      'growth',
      cell.raw,
      `${quoted(ctx, 'growth', value)} is not a percentage`,
    );
  }
  if (reading.kind === 'ambiguous') {
    return addIssue(
      ctx,
      d,
      'warning',
      'W_GROWTH_UNIT_AMBIGUOUS',
      'growth',
      cell.raw,
      `${quoted(ctx, 'growth', value)} has no % sign while the column's other values do (${value} % or ${value} as a fraction?); growth left unknown`,
    );
  }
  d.growthPpm = reading.ppm;
}

/** Prior quarter's workers and MRR; a bad value only warns. */
export function readPriors(ctx: ReaderContext, r: number, d: Draft): void {
  if (ctx.mapping.workers_prior !== undefined) {
    const value = readWholeSecondary(
      ctx,
      r,
      d,
      'workers_prior',
      'W_WORKERS_PRIOR_INVALID',
    );
    if (!Number.isNaN(value)) d.workersPrior = value;
  }
  if (ctx.mapping.mrr_prior !== undefined) {
    const money = readMoney(ctx, r, d, 'mrr_prior', 'warning');
    if (money.state === 'ok') d.arrPriorCents = 12 * money.cents;
  }
}

/** A whole number ≥ 0 of a secondary field, or NaN (with a warning). */
function readWholeSecondary(
  ctx: ReaderContext,
  r: number,
  d: Draft,
  field: Field,
  invalidCode: string,
  missingCode: string | null = null,
): number {
  const plain = plainInteger(ctx.table.cells, r, ctx.mapping[field]!);
  if (plain >= 0) return plain;
  const cell = readCellText(ctx, r, field, true);
  if (cell.state === 'missing') {
    if (missingCode)
      addIssue(
        ctx,
        d,
        'warning',
        missingCode,
        field,
        cell.raw,
        `${quoted(ctx, field, cell.raw.trim())} is blank; left unknown`,
      );
    return NaN;
  }
  const decimal =
    cell.state === 'text'
      ? parseDecimal(cell.value, ctx.profile.styles[field] ?? 'dot')
      : null;
  const whole =
    decimal !== null && !decimal.negative && isWholeDecimal(decimal);
  const value = whole ? decimalToScaled(decimal, 0) : NaN;
  if (Number.isNaN(value) || (decimal?.negative && !isZeroDecimal(decimal))) {
    addIssue(
      ctx,
      d,
      'warning',
      invalidCode,
      field,
      cell.raw,
      `${quoted(ctx, field, cell.value)} is not a whole number of 0 or more; left unknown`,
    );
    return NaN;
  }
  return value;
}

/** Support tickets a month: a whole number ≥ 0, else unknown. */
export function readTickets(ctx: ReaderContext, r: number, d: Draft): void {
  d.tickets = readWholeSecondary(
    ctx,
    r,
    d,
    'tickets',
    'W_TICKETS_INVALID',
    'W_TICKETS_MISSING',
  );
}

/** Health score 0–100 (a trailing % allowed), else unknown. */
export function readHealth(ctx: ReaderContext, r: number, d: Draft): void {
  const plain = plainInteger(ctx.table.cells, r, ctx.mapping.health_score!);
  if (plain >= 0 && plain <= 100) {
    d.health = plain;
    return;
  }
  const cell = Number.isNaN(plain)
    ? readCellText(ctx, r, 'health_score', true)
    : null;
  if (cell?.state === 'missing') {
    return addIssue(
      ctx,
      d,
      'warning',
      'W_HEALTH_MISSING',
      'health_score',
      cell.raw,
      `${quoted(ctx, 'health_score', cell.raw.trim())} is blank; left out of health averages`,
    );
  }
  const text = cell ? cell.value.replace(/\s*%$/, '') : String(plain);
  const decimal =
    cell?.state === 'error'
      ? null
      : parseDecimal(text, ctx.profile.styles.health_score ?? 'dot');
  const shown = cell?.value ?? text;
  const raw = cell?.raw ?? text;
  if (!decimal) {
    return addIssue(
      ctx,
      d,
      'warning',
      'W_HEALTH_INVALID',
      'health_score',
      raw,
      `${quoted(ctx, 'health_score', shown)} is not a number; left unknown`,
    );
  }
  const value = decimalToNumber(decimal);
  if (value < 0 || value > 100) {
    return addIssue(
      ctx,
      d,
      'warning',
      'W_HEALTH_OUT_OF_RANGE',
      'health_score',
      raw,
      `${quoted(ctx, 'health_score', shown)} is outside 0–100; left unknown`,
    );
  }
  d.health = value;
}
