/**
 * Readers of the money fields of a record: ARR, MRR (ARR = 12 × MRR when
 * only MRR is given) and the prior quarter's MRR. A cell in another
 * currency than the file's is E_MIXED_CURRENCY: there is no rate to use.
 */
import type { MoneyField } from './column-profile';
import { plainInteger } from './fast-cells';
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
  if (cell.state === 'missing') return { state: 'missing', raw: cell.raw };
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
