/**
 * What the cases' prose asks beyond the per-record tables: names kept
 * with accents and quotes, the record/line of a multi-line record, skip
 * reasons, the sheet and header row picked, file-level warnings, the
 * mapping proposed for exports and the dates read.
 */
import { describe, expect, it } from 'vitest';

import { CHURN_NO, CHURN_UNKNOWN, CHURN_YES } from '../../../shared/domain';
import { getCell, ImportError, readTable } from '../../../shared/import';
import { caseBytes, importCase } from './expected-cases';

const BASELINE_NAMES = importCase('01_baseline_clean.csv').result.columns.name;

function skipReasons(name: string): string[] {
  return importCase(name).table.skipped.map((s) => `${s.line}:${s.reason}`);
}

function fileCodes(name: string): string[] {
  return importCase(name).result.report.fileWarnings.map((w) => w.code);
}

describe('cases that must import exactly like case 01', () => {
  it.each([
    '02_utf8_bom.csv',
    '03_european_semicolon_decimal_comma.csv',
    '04_excel_sep_hint.csv',
    '13_trailing_blank_rows.csv',
    '14_repeated_header_rows.csv',
    '18_xlsx_title_rows_and_totals.xlsx',
  ])('%s keeps the names and their accents', (name) => {
    const { table, result } = importCase(name);
    expect(result.columns.name).toEqual(BASELINE_NAMES);
    expect(result.columns.name).toContain('Østerby Hydraulik');
    expect(table.header[0]!.toLowerCase().replace(' ', '_')).toBe('client_id');
  });
});

describe('case specifics', () => {
  it('02: the BOM is not part of the first header label', () => {
    const { table } = importCase('02_utf8_bom.csv');
    expect(table.header[0]).toBe('client_id');
    expect(table.encoding).toBe('utf-8');
  });

  it('03: detects ";" over "," and reports the money as EUR', () => {
    const { table, result } = importCase(
      '03_european_semicolon_decimal_comma.csv',
    );
    expect(table.delimiter).toBe(';');
    expect(result.currency).toBe('EUR');
    expect(result.columns.workers[11]).toBe(5000);
  });

  it('04: the sep= line is a skipped hint and the header is line 2', () => {
    const { table } = importCase('04_excel_sep_hint.csv');
    expect(table.delimiter).toBe(';');
    expect(table.headerLine).toBe(2);
    expect(skipReasons('04_excel_sep_hint.csv')).toEqual(['1:sep-hint']);
  });

  it('05: file currency is USD', () => {
    expect(importCase('05_currency_strings.csv').result.currency).toBe('USD');
  });

  it('12: quoted names, the line break in a note, and record 3 on line 5', () => {
    const { table, result } = importCase('12_quoted_commas_newlines.csv');
    expect(result.columns.name).toEqual([
      'Smith, Jones & Partners LLP',
      'The "Blue Door" Bakery',
      'Halden Systems',
      'Ortiz, Ruiz y Asociados',
      'Plain Co',
    ]);
    const notes = table.header.indexOf('notes');
    expect(getCell(table, 1, notes)).toBe(
      'Owner asked for a call.\nPrefers mornings.',
    );
    expect(getCell(table, 4, notes)).toBe('He said "no more tickets, please"');
    expect(table.lines).toEqual([2, 3, 5, 8, 9]);
  });

  it('13: 4 blank and 3 delimiter-only lines skipped', () => {
    const reasons = importCase('13_trailing_blank_rows.csv').table.skipped.map(
      (s) => s.reason,
    );
    expect(reasons.filter((r) => r === 'blank')).toHaveLength(4);
    expect(reasons.filter((r) => r === 'delimiter-only')).toHaveLength(3);
  });

  it('14: two repeated headers skipped, with one file warning', () => {
    expect(skipReasons('14_repeated_header_rows.csv')).toEqual([
      '7:repeated-header',
      '12:repeated-header',
    ]);
    expect(fileCodes('14_repeated_header_rows.csv')).toContain(
      'W_REPEATED_HEADER',
    );
  });

  it('15: the error names each duplicated label with its column numbers', () => {
    try {
      readTable(caseBytes('15_duplicate_column_names.csv'), '15.csv');
      expect.unreachable('the file must not be read');
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      const message = (error as ImportError).message;
      expect(message).toContain('"arr" (columns 5 and 6)');
      expect(message).toContain('"workers" / "Workers" (columns 3 and 8)');
    }
  });

  it('18: picks sheet Clients, header on row 3, skips title, blanks and Total', () => {
    const { table } = importCase('18_xlsx_title_rows_and_totals.xlsx');
    expect(table.sheetNames).toEqual(['Clients', 'Notes']);
    expect(table.sheet).toBe('Clients');
    expect(table.headerLine).toBe(3);
    expect(skipReasons('18_xlsx_title_rows_and_totals.xlsx')).toEqual([
      '1:title',
      '2:blank',
      '16:blank',
      '17:total',
    ]);
    expect(table.lines[0]).toBe(4);
  });

  it('21: AnnualRevenue is never ARR: one file warning, no row errors', () => {
    const { result } = importCase('21_salesforce_account_export.csv');
    expect(
      fileCodes('21_salesforce_account_export.csv').filter(
        (c) => c === 'W_NO_REVENUE_COLUMN',
      ),
    ).toHaveLength(1);
    expect(result.columns.csmId[0]).toBe('005Q0000007HsW2IAK');
    expect(result.columns.signedDate[2]).toBe('2022-06-30');
    expect(result.columns.countries.slice(0, 3)).toEqual(['US', 'CA', 'GB']);
  });

  it('23: churn flags and health as the case states', () => {
    const { columns } = importCase(
      '23_churn_flags_and_secondary_fields.csv',
    ).result;
    const Y = CHURN_YES;
    const N = CHURN_NO;
    const U = CHURN_UNKNOWN;
    expect([...columns.churned]).toEqual([Y, N, Y, N, Y, N, Y, N, Y, N, U, U]);
    expect(columns.health[3]).toBe(85);
    expect(columns.health[4]).toBe(7.5);
  });

  it('25: day-first dates proven by the column, UK read as GB, churn flags', () => {
    const { result } = importCase('25_ravenstack_accounts_slice.csv');
    expect(result.columns.signedDate).toEqual([
      '2024-10-16',
      '2024-11-21',
      '2024-03-08',
      '2024-11-06',
      '2024-10-10',
      '2024-04-09',
      '2023-04-07',
      '2024-06-27',
    ]);
    expect(result.columns.countries[5]).toBe('GB');
    expect(
      [...result.columns.churned].filter((c) => c === CHURN_YES),
    ).toHaveLength(3);
    expect(result.report.warnings.map((w) => w.code)).not.toContain(
      'W_DATE_AMBIGUOUS',
    );
    expect(fileCodes('25_ravenstack_accounts_slice.csv')).toEqual(
      expect.arrayContaining(['W_NO_REVENUE_COLUMN', 'W_NO_GROWTH_COLUMN']),
    );
  });
});
