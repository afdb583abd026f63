/**
 * Readers of the segmentation numbers of a record: workers, countries and
 * growth (money is in read-money.ts, secondary values in
 * read-secondary.ts). A malformed value rejects the record; a missing one
 * warns and leaves the dimension Unassigned.
 */
import { getStoreCell } from './cell-store';
import { isBlankCell, plainInteger, plainPercent } from './fast-cells';
import {
  addIssue,
  intern,
  missingText,
  quoted,
  type Draft,
  type ReaderContext,
} from './record-draft';
import type { Field } from './types';
import { joinCountries, parseCountries } from './values/countries';
import {
  decimalToScaled,
  isWholeDecimal,
  isZeroDecimal,
  parseDecimal,
} from './values/decimal';
import { parseGrowthPpm } from './values/growth';
import { cleanCell, isExcelError, isMissingToken } from './values/tokens';

const IMPLAUSIBLE_WORKERS = 1_000_000;
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
      `${missingText(ctx, 'workers', cell.raw)}; the size tier is Unassigned`,
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
      `${missingText(ctx, field, cell.raw)}; the complexity tier is Unassigned`,
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
      `${missingText(ctx, 'growth', cell.raw)}; the growth category is Unassigned`,
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
