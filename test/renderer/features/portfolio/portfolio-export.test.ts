import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';

import {
  CLIENT_SEGMENT_COLUMNS,
  exportFileName,
  getExportColumns,
  toCsv,
  toExportTable,
  toXlsx,
} from '../../../../renderer/features/portfolio/portfolio-export';
import { buildPortfolioRows } from '../../../../renderer/features/portfolio/portfolio-rows';
import { getFixture } from '../fixtures';

const context = { reassessedDate: '2026-09-30' };

describe('export columns', () => {
  it('start with the DESIGN.md §3 client segment columns, in order', () => {
    expect(CLIENT_SEGMENT_COLUMNS.map((c) => c.name)).toEqual([
      'client_id',
      'primary_segment',
      'service_tier',
      'complexity_tier',
      'growth_category',
      'industry',
      'composite_segment',
      'override',
      'last_reassessed_date',
    ]);
    const names = getExportColumns(false).map((c) => c.name);
    expect(names.slice(9)).toEqual([
      'name',
      'arr_tier',
      'workers',
      'countries',
      'mrr',
      'revenue',
      'cost_to_serve',
      'gross_margin',
      'health_score',
      'churned',
      'csm_id',
    ]);
    expect(getExportColumns(true).map((c) => c.name)).toContain(
      'baseline_service_tier',
    );
  });
});

describe('toExportTable', () => {
  it('writes money in dollars to the cent and margins as fractions', () => {
    const { columns, baseline } = getFixture();
    const rows = buildPortfolioRows(columns, baseline, null).slice(0, 5);
    const cols = getExportColumns(false);
    const table = toExportTable(rows, cols, context);
    const at = (name: string) => cols.findIndex((c) => c.name === name);
    rows.forEach((row, i) => {
      const values = table.values[i]!;
      expect(values[at('client_id')]).toBe(row.client.client_id);
      expect(values[at('mrr')]).toBe(row.client.mrr_cents! / 100);
      expect(values[at('cost_to_serve')]).toBe(
        Math.round(row.client.cost_to_serve_cents!) / 100,
      );
      expect(values[at('gross_margin')]).toBeCloseTo(
        row.client.gross_margin!,
        6,
      );
      expect(values[at('last_reassessed_date')]).toBe('2026-09-30');
    });
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    const csv = toCsv({
      header: ['a', 'b', 'c', 'd'],
      values: [
        ['x, y', 'say "hi"', 12.5, null],
        ['=SUM(A1)', 'two\nlines', true, -3],
      ],
    });
    expect(csv).toBe(
      'a,b,c,d\r\n"x, y","say ""hi""",12.5,\r\n\'=SUM(A1),"two\nlines",true,-3\r\n',
    );
  });
});

describe('toXlsx', () => {
  it('writes a sheet whose figures read back as numbers', async () => {
    const { columns, baseline } = getFixture();
    const rows = buildPortfolioRows(columns, baseline, null).slice(0, 20);
    const cols = getExportColumns(false);
    const table = toExportTable(rows, cols, context);
    const bytes = await toXlsx(table, cols);

    const book = XLSX.read(bytes, { type: 'array', cellNF: true });
    expect(book.SheetNames).toEqual(['Clients']);
    const sheet = book.Sheets.Clients!;
    const back = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet);
    expect(back).toHaveLength(20);
    expect(Object.keys(back[0]!).slice(0, 3)).toEqual([
      'client_id',
      'primary_segment',
      'service_tier',
    ]);
    expect(typeof back[0]!.mrr).toBe('number');
    expect(back[0]!.mrr).toBe(rows[0]!.client.mrr_cents! / 100);
    expect(typeof back[0]!.gross_margin).toBe('number');
    const mrrCol = cols.findIndex((c) => c.name === 'mrr');
    expect(sheet[XLSX.utils.encode_cell({ r: 1, c: mrrCol })]!.z).toBe(
      '#,##0.00',
    );
  });
});

describe('exportFileName', () => {
  it('names the period and scenario in a safe slug', () => {
    expect(exportFileName('2026-Q3', null, 'csv')).toBe(
      'tierwise-clients-2026-q3.csv',
    );
    expect(exportFileName('2026-Q3', 'Pool Mid-Market / 2', 'xlsx')).toBe(
      'tierwise-clients-2026-q3-pool-mid-market-2.xlsx',
    );
  });
});
