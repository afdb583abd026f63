/**
 * Readers of the money fields of a record: ARR, MRR (ARR = 12 × MRR when
 * only MRR is given) and the prior quarter's MRR. A cell in another
 * currency than the file's is E_MIXED_CURRENCY: there is no rate to use.
 */
import type { MoneyField } from './column-profile';
import { plainDecimalCents, plainInteger } from './fast-cells';
import { readCellText } from './read-numbers';
import {
  addIssue,
  labelOf,
  missingText,
  quoted,
  type Draft,
  type ReaderContext,
} from './record-draft';
import type { Field } from './types';
import { getStoreCell } from './cell-store';
import { parseMoneyCents } from './values/money';

// Whole amounts up to this many units are exact in cents (2^53 / 100).
const MAX_PLAIN_AMOUNT = 90_071_992_547_409;

type MoneyRead =
  | { readonly state: 'missing'; readonly raw: string }
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
  const fast = readPlainMoney(ctx, r, field);
  if (fast !== null) return fast;
  const fileCurrency = ctx.profile.currency;
  const columnCurrency = ctx.profile.columnCurrency[field] ?? fileCurrency;
  const cell = readCellText(ctx, r, field, true);
  if (cell.state === 'missing') return { state: 'missing', raw: cell.raw };
  const failure = { ctx, d, field, severity, raw: cell.raw, value: cell.value };
  if (cell.state === 'error')
    return fail(
      failure,
      'E_REVENUE_INVALID',
      'is a spreadsheet error, not an amount',
    );
  const reading = parseMoneyCents(
    cell.value,
    ctx.profile.styles[field] ?? 'dot',
  );
  const currency = reading.currency ?? columnCurrency;
  if (currency !== fileCurrency) {
    return fail(
      failure,
      'E_MIXED_CURRENCY',
      `is in ${currency} but the file's money is in ${fileCurrency}; there is no exchange rate to convert it`,
    );
  }
  if (reading.kind === 'invalid')
    return fail(
      failure,
      'E_REVENUE_INVALID',
      'is not an amount (write digits only; K or M suffixes are not read)',
    );
  if (reading.kind === 'negative')
    return fail(failure, 'E_REVENUE_NEGATIVE', 'is negative');
  return { state: 'ok', cents: reading.cents, text: cell.value };
}

/**
 * A plain whole (`8000`) or dot-decimal (`5018.26`) amount in the file's
 * currency, read without the general parser; null for any other cell.
 */
function readPlainMoney(
  ctx: ReaderContext,
  r: number,
  field: MoneyField,
): MoneyRead | null {
  const fileCurrency = ctx.profile.currency;
  const columnCurrency = ctx.profile.columnCurrency[field] ?? fileCurrency;
  if (columnCurrency !== fileCurrency) return null;
  const store = ctx.table.cells;
  const column = ctx.mapping[field]!;
  const plain = plainInteger(store, r, column);
  if (plain >= 0 && plain <= MAX_PLAIN_AMOUNT) {
    return { state: 'ok', cents: plain * 100, text: String(plain) };
  }
  if ((ctx.profile.styles[field] ?? 'dot') !== 'dot') return null;
  const cents = plainDecimalCents(store, r, column);
  if (Number.isNaN(cents)) return null;
  const text = getStoreCell(store, r, column).trim();
  return { state: 'ok', cents, text };
}

type Failure = {
  readonly ctx: ReaderContext;
  readonly d: Draft;
  readonly field: MoneyField;
  readonly severity: 'error' | 'warning';
  readonly raw: string;
  readonly value: string;
};

/** Adds the issue of a money cell that cannot be read. */
function fail(f: Failure, base: string, why: string): MoneyRead {
  const code =
    f.severity === 'error' ? base : `W_${f.field.toUpperCase()}_INVALID`;
  addIssue(
    f.ctx,
    f.d,
    f.severity,
    code,
    f.field,
    f.raw,
    `${quoted(f.ctx, f.field, f.value)} ${why}`,
  );
  return { state: 'error' };
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
    const read = arr ?? mrr;
    const raw = read?.state === 'missing' ? read.raw : '';
    return addIssue(
      ctx,
      d,
      'warning',
      'W_REVENUE_MISSING',
      field,
      raw,
      `${missingText(ctx, field, raw)}; the ARR band is Unassigned`,
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
