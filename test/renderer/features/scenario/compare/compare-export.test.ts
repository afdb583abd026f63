import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';

import {
  bridgeSheet,
  comparisonSheet,
  moversSheet,
  segmentsSheet,
} from '../../../../../renderer/features/scenario/compare/compare-export';
import {
  sheetToCsv,
  toWorkbook,
} from '../../../../../renderer/features/scenario/compare/workbook';
import { computePortfolio } from '../../../../../shared/engine/index';
import { findMovers } from '../../../../../shared/scenario/movers';
import { getFixture } from '../../fixtures';
import { fixtureComparison } from './harness';

function movers() {
  const { columns, baselinePolicy, scenarioPolicy } = getFixture();
  return findMovers(
    columns,
    {
      policy: baselinePolicy,
      result: computePortfolio(columns, baselinePolicy),
    },
    {
      policy: scenarioPolicy,
      result: computePortfolio(columns, scenarioPolicy),
    },
  );
}

async function workbook() {
  const output = fixtureComparison();
  const bytes = await toWorkbook([
    comparisonSheet(output),
    segmentsSheet(output),
    moversSheet(
      [{ scenario: output.scenarios[0]!.name, movers: movers() }],
      true,
    ),
    bridgeSheet(output),
  ]);
  return { output, book: XLSX.read(bytes, { type: 'array', cellNF: true }) };
}

const cell = (sheet: XLSX.WorkSheet, ref: string) =>
  sheet[ref] as XLSX.CellObject;

describe('comparison export', () => {
  it('writes one sheet per table', async () => {
    const { book } = await workbook();
    expect(book.SheetNames).toEqual([
      'Comparison',
      'Segments',
      'Movers',
      'Bridge',
    ]);
  });

  it('stores the comparison figures as numbers with number formats', async () => {
    const { book, output } = await workbook();
    const sheet = book.Sheets.Comparison!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(rows[0]).toEqual([
      'figure',
      'segment',
      'Baseline',
      'Raise Mid-Market',
      'Raise Mid-Market change',
      'Price SMB +10 %',
      'Price SMB +10 % change',
    ]);
    // Row 2 is revenue of SMB: dollars with cents, a number cell.
    const smb = output.baseline.segments.find((s) => s.segment === 'SMB')!;
    expect(cell(sheet, 'A2').v).toBe('total_mrr');
    expect(cell(sheet, 'B2').v).toBe('SMB');
    expect(cell(sheet, 'C2').t).toBe('n');
    expect(cell(sheet, 'C2').v).toBe(Math.round(smb.revenue_cents) / 100);
    expect(cell(sheet, 'C2').z).toBe('#,##0.00');
    // Margins are fractions shown as percent; counts as integers.
    const marginRow = rows.findIndex(
      (r) => r[0] === 'gross_margin' && r[1] === 'SMB',
    );
    const margin = cell(sheet, XLSX.utils.encode_cell({ r: marginRow, c: 2 }));
    expect(margin.t).toBe('n');
    expect(margin.z).toBe('0.0%');
    expect(margin.v).toBeCloseTo(smb.gross_margin!, 6);
    const clientsRow = rows.findIndex(
      (r) => r[0] === 'client_count' && r[1] === 'SMB',
    );
    const clients = cell(
      sheet,
      XLSX.utils.encode_cell({ r: clientsRow, c: 3 }),
    );
    expect(clients).toMatchObject({ t: 'n', z: '#,##0' });
    // Every figure cell is a number, never text.
    for (let r = 1; r < rows.length; r++)
      for (let c = 2; c < rows[0]!.length; c++) {
        const at = cell(sheet, XLSX.utils.encode_cell({ r, c }));
        if (at) expect(at.t, `row ${r} col ${c}`).toBe('n');
      }
  });

  it('lists every policy per segment, each mover and each bridge row', async () => {
    const { book, output } = await workbook();
    const segments = XLSX.utils.sheet_to_json<Record<string, unknown>>(
      book.Sheets.Segments!,
    );
    expect(segments).toHaveLength(3 * 5);
    expect(segments[0]).toMatchObject({ policy: 'Baseline', segment: 'SMB' });
    expect(typeof segments[0]!['required_csms']).toBe('number');
    const moved = XLSX.utils.sheet_to_json<Record<string, unknown>>(
      book.Sheets.Movers!,
    );
    const list = movers();
    expect(moved).toHaveLength(list.length);
    expect(moved[0]).toMatchObject({
      scenario: 'Raise Mid-Market',
      client_id: list[0]!.client_id,
      from: list[0]!.from,
      to: list[0]!.to,
      rules: 'Worker thresholds',
    });
    expect(typeof moved[0]!.workers).toBe('number');
    const bridge = XLSX.utils.sheet_to_json<Record<string, number | string>>(
      book.Sheets.Bridge!,
    );
    expect(bridge).toHaveLength(2 * 5);
    const total = output.scenarios[0]!.bridge[4]!;
    expect(bridge[4]).toMatchObject({
      scenario: 'Raise Mid-Market',
      segment: 'Total',
      gross_profit_before: total.before_cents / 100,
      gross_profit_total: total.total_cents / 100,
      gross_profit_after: total.after_cents / 100,
    });
  });

  it('writes the comparison as CSV with plain numbers', () => {
    const output = fixtureComparison();
    const text = sheetToCsv(comparisonSheet(output));
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(36);
    expect(lines[0]).toBe(
      'figure,segment,Baseline,Raise Mid-Market,Raise Mid-Market change,Price SMB +10 %,Price SMB +10 % change',
    );
    const clients = lines
      .find((l) => l.startsWith('client_count,SMB,'))!
      .split(',');
    const smb = output.baseline.segments.find((s) => s.segment === 'SMB')!;
    expect(Number(clients[2])).toBe(smb.client_count);
  });
});
