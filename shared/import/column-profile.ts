/**
 * What an import decides per column before it reads any record: the
 * number style (from all the column's values, else the file's, else the
 * delimiter's locale), the file's currency (what most money cells say),
 * the growth column's unit and each date column's day/month order.
 */
import { headerCurrency } from './aliases';
import { getStoreCell } from './cell-store';
import {
  isBlankCell,
  plainDecimalEvidence,
  plainInteger,
  plainPercent,
} from './fast-cells';
import type { ColumnMapping, Field, FileIssue, RawTable } from './types';
import { numberStyleEvidence, type NumberStyle } from './values/decimal';
import { detectDateOrder, type DateOrder } from './values/dates';
import { detectGrowthUnit, type GrowthUnit } from './values/growth';
import { splitMoney } from './values/money';
import { cleanCell, isExcelError, isMissingToken } from './values/tokens';

/** Fields read as numbers (their number style is detected). */
export const NUMBER_FIELDS = [
  'workers',
  'country_count',
  'mrr',
  'arr',
  'growth',
  'workers_prior',
  'mrr_prior',
  'health_score',
  'tickets',
] as const satisfies readonly Field[];

/** Fields read as money. */
export const MONEY_FIELDS = ['arr', 'mrr', 'mrr_prior'] as const;
/** A field read as money. */
export type MoneyField = (typeof MONEY_FIELDS)[number];

/** Fields read as dates. */
export const DATE_FIELDS = ['signed_date', 'line_start', 'line_end'] as const;
/** A field read as a date. */
export type DateField = (typeof DATE_FIELDS)[number];

/** The decisions of the profile pass, per column. */
export type ColumnProfile = {
  readonly styles: Readonly<Partial<Record<Field, NumberStyle>>>;
  /** The file's currency: the money cells' majority, else the default. */
  readonly currency: string;
  /** Currency an unmarked cell of each money column is in. */
  readonly columnCurrency: Readonly<Partial<Record<MoneyField, string>>>;
  readonly growthUnit: GrowthUnit;
  readonly dateOrders: Readonly<
    Partial<Record<DateField, { order: DateOrder; proven: boolean }>>
  >;
  readonly warnings: readonly FileIssue[];
};

type Evidence = { dot: number; comma: number; currencies: Map<string, number> };

/** Profiles the mapped columns of a table (see the module note). */
export function profileColumns(
  table: RawTable,
  mapping: ColumnMapping,
  defaultCurrency: string,
): ColumnProfile {
  const evidence = new Map<Field, Evidence>();
  for (const field of NUMBER_FIELDS) {
    const column = mapping[field];
    if (column !== undefined)
      evidence.set(field, gatherEvidence(table, column));
  }
  const styles = decideStyles(evidence, table.delimiter);
  const { currency, columnCurrency } = decideCurrency(
    table,
    mapping,
    evidence,
    defaultCurrency,
  );
  const growthUnit = decideGrowthUnit(table, mapping, styles.growth ?? 'dot');
  const warnings: FileIssue[] = [];
  if (growthUnit === 'fraction') warnings.push(fractionWarning(table, mapping));
  return {
    styles,
    currency,
    columnCurrency,
    growthUnit,
    dateOrders: decideDateOrders(table, mapping),
    warnings,
  };
}

/** Trimmed values of a column that are present (not blank or a token). */
export function* presentValues(
  table: RawTable,
  column: number,
): Generator<string> {
  const store = table.cells;
  for (let r = 0; r < table.rowCount; r++) {
    if (isBlankCell(store, r, column)) continue;
    const value = cleanCell(getStoreCell(store, r, column));
    if (!isMissingToken(value, 'numeric') && !isExcelError(value)) yield value;
  }
}

function gatherEvidence(table: RawTable, column: number): Evidence {
  const evidence: Evidence = { dot: 0, comma: 0, currencies: new Map() };
  const store = table.cells;
  for (let r = 0; r < table.rowCount; r++) {
    if (!Number.isNaN(plainInteger(store, r, column))) continue;
    if (!Number.isNaN(plainPercent(store, r, column))) continue;
    // A plain decimal (`5018.26`) is read in place: no string, no regex.
    const plain = plainDecimalEvidence(store, r, column);
    if (plain === 'dot') evidence.dot++;
    if (plain !== undefined) continue;
    if (isBlankCell(store, r, column)) continue;
    addEvidence(evidence, cleanCell(getStoreCell(store, r, column)));
  }
  return evidence;
}

function addEvidence(evidence: Evidence, value: string): void {
  const split = splitMoney(value);
  const style = numberStyleEvidence(split ? split.body : value);
  if (style === 'dot') evidence.dot++;
  if (style === 'comma') evidence.comma++;
  if (split?.currency) {
    const seen = evidence.currencies.get(split.currency) ?? 0;
    evidence.currencies.set(split.currency, seen + 1);
  }
}

function decideStyles(
  evidence: ReadonlyMap<Field, Evidence>,
  delimiter: string | null,
): Partial<Record<Field, NumberStyle>> {
  let dot = 0;
  let comma = 0;
  for (const e of evidence.values())
    [dot, comma] = [dot + e.dot, comma + e.comma];
  const fileStyle: NumberStyle =
    dot !== comma
      ? dot > comma
        ? 'dot'
        : 'comma'
      : delimiter === ';'
        ? 'comma'
        : 'dot';
  const styles: Partial<Record<Field, NumberStyle>> = {};
  for (const [field, e] of evidence) {
    styles[field] =
      e.dot !== e.comma ? (e.dot > e.comma ? 'dot' : 'comma') : fileStyle;
  }
  return styles;
}

function decideCurrency(
  table: RawTable,
  mapping: ColumnMapping,
  evidence: ReadonlyMap<Field, Evidence>,
  defaultCurrency: string,
) {
  const counts = new Map<string, number>();
  const hints: Partial<Record<MoneyField, string>> = {};
  for (const field of MONEY_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    const hint = headerCurrency(table.header[column] ?? '');
    if (hint) hints[field] = hint;
    for (const [code, n] of evidence.get(field)?.currencies ?? []) {
      counts.set(code, (counts.get(code) ?? 0) + n);
    }
  }
  const majority = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const hinted = Object.values(hints)[0];
  const currency = majority ?? hinted ?? defaultCurrency;
  const columnCurrency: Partial<Record<MoneyField, string>> = {};
  for (const field of MONEY_FIELDS)
    columnCurrency[field] = hints[field] ?? currency;
  return { currency, columnCurrency };
}

function decideGrowthUnit(
  table: RawTable,
  mapping: ColumnMapping,
  style: NumberStyle,
): GrowthUnit {
  const column = mapping.growth;
  if (column === undefined) return 'points';
  const store = table.cells;
  for (let r = 0; r < table.rowCount; r++) {
    if (!Number.isNaN(plainPercent(store, r, column))) return 'percent';
  }
  return detectGrowthUnit(presentValues(table, column), style);
}

function fractionWarning(table: RawTable, mapping: ColumnMapping): FileIssue {
  const label = table.header[mapping.growth!] ?? 'growth';
  return {
    code: 'W_GROWTH_AS_FRACTION',
    message: `${label} has no % signs and every value is between −1 and 1, so values were read as fractions (0.04 = 4 %).`,
  };
}

function decideDateOrders(table: RawTable, mapping: ColumnMapping) {
  const orders: Partial<
    Record<DateField, { order: DateOrder; proven: boolean }>
  > = {};
  for (const field of DATE_FIELDS) {
    const column = mapping[field];
    if (column !== undefined)
      orders[field] = detectDateOrder(presentValues(table, column));
  }
  return orders;
}
