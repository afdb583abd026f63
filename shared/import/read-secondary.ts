/**
 * Readers of the secondary numeric fields: the prior quarter's workers
 * and MRR, health and tickets. A bad value only warns and leaves the
 * value unknown; it never rejects the record.
 */
import { plainInteger } from './fast-cells';
import { readMoney } from './read-money';
import { readCellText } from './read-numbers';
import {
  addIssue,
  missingText,
  quoted,
  type Draft,
  type ReaderContext,
} from './record-draft';
import type { Field } from './types';
import {
  decimalToNumber,
  decimalToScaled,
  isWholeDecimal,
  isZeroDecimal,
  parseDecimal,
} from './values/decimal';

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
        `${missingText(ctx, field, cell.raw)}; left unknown`,
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
      `${missingText(ctx, 'health_score', cell.raw)}; left out of health averages`,
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
