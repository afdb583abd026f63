import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';

import type { ImportError } from '../../../shared/import';
import {
  getRecord,
  importClients,
  proposeMapping,
  readTable,
} from '../../../shared/import';
import {
  plainNumberText,
  serialToIsoDate,
  shiftDecimal,
} from '../../../shared/import/xlsx-read';

type Cell = XLSX.CellObject;

function workbook(sheets: Record<string, (Cell | null)[][]>): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet: XLSX.WorkSheet = {};
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell) sheet[XLSX.utils.encode_cell({ r, c })] = cell;
      }),
    );
    const width = Math.max(...rows.map((row) => row.length));
    sheet['!ref'] = XLSX.utils.encode_range({
      s: { r: 0, c: 0 },
      e: { r: rows.length - 1, c: width - 1 },
    });
    XLSX.utils.book_append_sheet(book, sheet, name);
  }
  return new Uint8Array(
    XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
  );
}

const s = (v: string): Cell => ({ t: 's', v });
const n = (v: number, z?: string): Cell =>
  z ? { t: 'n', v, z } : { t: 'n', v };

const HEADER = [
  'client_id',
  'workers',
  'arr',
  'qoq_growth',
  'churned',
  'signed_date',
].map(s);

describe('plain number text', () => {
  it.each([
    [4, '4'],
    [0.1 + 0.2, '0.3'],
    [1200000.01, '1200000.01'],
    [7.5e9, '7500000000'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-0.12, '-0.12'],
  ])('%d → %s', (value, text) => {
    expect(plainNumberText(value)).toBe(text);
  });

  it('shifts the decimal point exactly (percent cells)', () => {
    expect(shiftDecimal('0.04', 2)).toBe('4');
    expect(shiftDecimal('-0.105', 2)).toBe('-10.5');
    expect(shiftDecimal('0.07', 2)).toBe('7');
    expect(shiftDecimal('12', 2)).toBe('1200');
    expect(shiftDecimal('-0', 2)).toBe('0');
  });

  it('turns date serials into ISO dates, 1900 and 1904 systems', () => {
    expect(serialToIsoDate(45292, false)).toBe('2024-01-01');
    expect(serialToIsoDate(61, false)).toBe('1900-03-01');
    expect(serialToIsoDate(45292.75, false)).toBe('2024-01-01');
    expect(serialToIsoDate(43830, true)).toBe('2024-01-01');
  });
});

describe('readTable on workbooks', () => {
  const bytes = workbook({
    Notes: [[s('Read me first')]],
    Data: [
      [s('Client export')],
      [],
      HEADER,
      [
        s('C1'),
        n(12),
        n(120000, '"$"#,##0'),
        n(0.04, '0%'),
        { t: 'b', v: true },
        n(45292, 'yyyy-mm-dd'),
      ],
      [
        s('C2'),
        n(30),
        n(0.1 + 0.2, '#,##0.00 [$€-407]'),
        n(-0.105, '0.0%'),
        { t: 'b', v: false },
        s('2024-02-13'),
      ],
      [
        s('C3'),
        { t: 'e', v: 0x0f, w: '#VALUE!' },
        n(5),
        s('12%'),
        s('No'),
        null,
      ],
    ],
  });

  it('picks the first sheet whose header has known labels', () => {
    const table = readTable(bytes, 'book.xlsx');
    expect(table.format).toBe('xlsx');
    expect(table.sheet).toBe('Data');
    expect(table.sheetNames).toEqual(['Notes', 'Data']);
    expect(table.headerLine).toBe(3);
    expect(table.skipped.map((x) => x.reason)).toEqual(['title', 'blank']);
  });

  it('turns typed cells into the text the value parsers read', () => {
    const table = readTable(bytes, 'book.xlsx');
    expect(getRecord(table, 0)).toEqual([
      'C1',
      '12',
      '$120000',
      '4%',
      'TRUE',
      '2024-01-01',
    ]);
    expect(getRecord(table, 1)).toEqual([
      'C2',
      '30',
      '€0.3',
      '-10.5%',
      'FALSE',
      '2024-02-13',
    ]);
    expect(getRecord(table, 2)).toEqual([
      'C3',
      '#VALUE!',
      '5',
      '12%',
      'No',
      '',
    ]);
  });

  it('imports the typed cells with their meaning', () => {
    const table = readTable(bytes, 'book.xlsx');
    const result = importClients(table, proposeMapping(table.header));
    expect(result.currency).toBe('USD');
    expect(result.columns.clientId).toEqual(['C1']);
    expect(result.columns.growthPpm[0]).toBe(40000);
    expect(result.columns.signedDate[0]).toBe('2024-01-01');
    expect(result.report.rejections.map((i) => [i.client_id, i.code])).toEqual([
      ['C2', 'E_MIXED_CURRENCY'],
      ['C3', 'E_WORKERS_INVALID'],
    ]);
  });

  it('reads the sheet asked for, or names the sheets when it is missing', () => {
    expect(readTable(bytes, 'book.xlsx', { sheet: 'Notes' }).header).toEqual([
      'Read me first',
    ]);
    try {
      readTable(bytes, 'book.xlsx', { sheet: 'Clients' });
      expect.unreachable();
    } catch (error) {
      expect((error as ImportError).code).toBe('E_SHEET_NOT_FOUND');
      expect((error as ImportError).message).toContain('"Notes", "Data"');
    }
  });

  it('calls an unreadable workbook E_UNREADABLE', () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    try {
      readTable(broken, 'broken.xlsx');
      expect.unreachable();
    } catch (error) {
      expect((error as ImportError).code).toBe('E_UNREADABLE');
    }
  });
});
