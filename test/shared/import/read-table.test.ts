import { readFileSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  getCell,
  getRecord,
  ImportError,
  importClients,
  isWorkbook,
  proposeMapping,
  readTable,
  type RawTable,
} from '../../../shared/import';
import {
  readCsvRecords,
  detectDelimiter,
  readSepHint,
} from '../../../shared/import/csv-read';
import { decodeText, decodeWindows1252 } from '../../../shared/import/decode';

const encode = (text: string) => new TextEncoder().encode(text);

function csv(text: string): RawTable {
  return readTable(encode(text), 'test.csv');
}

function records(table: RawTable): string[][] {
  return Array.from({ length: table.rowCount }, (_, r) => getRecord(table, r));
}

function captureError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('decodeText', () => {
  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('a,b')]);
    expect(decodeText(bytes)).toEqual({ text: 'a,b', encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0, 0xe9, 0, 0x2c, 0, 0x62, 0]);
    const be = new Uint8Array([0xfe, 0xff, 0, 0x61, 0, 0xe9, 0, 0x2c, 0, 0x62]);
    expect(decodeText(le)).toEqual({ text: 'aé,b', encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text: 'aé,b', encoding: 'utf-16be' });
  });

  it('falls back to windows-1252 when the bytes are not UTF-8', () => {
    const bytes = new Uint8Array([
      0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35, 0x20, 0x93, 0x78, 0x94,
    ]);
    expect(decodeText(bytes)).toEqual({
      text: 'Café €5 \u201cx\u201d',
      encoding: 'windows-1252',
    });
  });

  it('decodes windows-1252 in chunks larger than one call', () => {
    const bytes = new Uint8Array(20_000).fill(0xe9);
    expect(decodeWindows1252(bytes)).toBe('é'.repeat(20_000));
  });
});

describe('whole files in other encodings', () => {
  it('reads an Excel-on-Windows CSV: windows-1252, ";", decimal commas, €', () => {
    const path = new URL(
      '../../fixtures/import/windows-1252-semicolon.csv',
      import.meta.url,
    );
    const table = readTable(new Uint8Array(readFileSync(path)), 'win.csv');
    expect(table.encoding).toBe('windows-1252');
    expect(table.delimiter).toBe(';');
    const result = importClients(table, proposeMapping(table.header));
    expect(result.columns.name).toEqual([
      'Brightfen Comptabilité',
      'Østerby Hydraulik',
      'Café \u201cZürich\u201d',
    ]);
    expect([...result.columns.workers]).toEqual([11, 35, 5000]);
    expect([...result.columns.arrCents]).toEqual([
      6000000, 15000000, 120000050,
    ]);
    expect([...result.columns.growthPpm]).toEqual([45000, -120000, 0]);
    expect(result.currency).toBe('EUR');
  });

  it('reads Excel "Unicode Text": UTF-16 LE with a BOM, tab-delimited', () => {
    const text = 'client_id\tworkers\r\nC1\t5\r\nC2\t7\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    const table = readTable(bytes, 'unicode.txt');
    expect(table.encoding).toBe('utf-16le');
    expect(table.delimiter).toBe('\t');
    expect(records(table)).toEqual([
      ['C1', '5'],
      ['C2', '7'],
    ]);
  });

  it('refuses a binary file that is not a workbook', () => {
    const pdf = new Uint8Array(600).map((_, i) => (i % 7 === 0 ? 1 : 65));
    expect(captureError(() => readTable(pdf, 'report.pdf')).code).toBe(
      'E_UNREADABLE',
    );
  });

  it('tells workbooks by their bytes, not only their name', () => {
    expect(isWorkbook(encode('id\tname\n1\ta\n'), 'export.xls')).toBe(false);
    expect(
      isWorkbook(encode('<table><tr><td>id</td></tr></table>'), 'export.xls'),
    ).toBe(true);
    expect(
      isWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'export.csv'),
    ).toBe(true);
    expect(
      records(readTable(encode('id\tname\n1\ta\n'), 'export.xls')),
    ).toEqual([['1', 'a']]);
  });
});

describe('delimiters', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1;2,5;3\n4;5,5;6\n', ';'],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
    ['"x,y";b\n"1,2";3\n', ';'],
    ['single\nvalue\n', ','],
  ])('detects %j → %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  it('takes an Excel sep= hint, also for tab', () => {
    expect(readSepHint('sep=;\r\na;b')).toEqual({ delimiter: ';', length: 7 });
    expect(readSepHint('SEP=t\n')).toEqual({ delimiter: '\t', length: 6 });
    expect(readSepHint('sepal,width\n')).toBeNull();
  });
});

describe('readTable on CSV', () => {
  it('skips blank, whitespace-only and delimiter-only lines', () => {
    const table = csv('id,name\n\n   \n,,\nC1,A\n ; \n');
    expect(records(table)).toEqual([
      ['C1', 'A'],
      [' ; ', ''],
    ]);
    expect(table.skipped).toEqual([
      { line: 2, reason: 'blank' },
      { line: 3, reason: 'blank' },
      { line: 4, reason: 'delimiter-only' },
    ]);
  });

  it('skips title rows above the header and a Total footer', () => {
    const table = csv(
      'Portfolio export\n\nclient_id,name,arr\nC1,A,10\n,Total,10\n',
    );
    expect(table.headerLine).toBe(3);
    expect(records(table)).toEqual([['C1', 'A', '10']]);
    expect(table.skipped.map((s) => s.reason)).toEqual([
      'title',
      'blank',
      'total',
    ]);
  });

  it('prefers the fuller row when a title matches as many labels', () => {
    const table = csv('Customers\nid,Region,Segment\n1,EU,x\n');
    expect(table.header).toEqual(['id', 'Region', 'Segment']);
    expect(table.skipped).toEqual([{ line: 1, reason: 'title' }]);
  });

  it('takes the first label-like row when no label is known', () => {
    const table = csv('Export of 2024\nfoo,bar\n1,2\n');
    expect(table.header).toEqual(['foo', 'bar']);
  });

  it('keeps a row without an id when it is not a total', () => {
    expect(csv('client_id,name\n,Someone\n').rowCount).toBe(1);
  });

  it('reads lone CR line ends and CRLF alike', () => {
    expect(records(csv('id,n\r1,a\r2,b'))).toEqual([
      ['1', 'a'],
      ['2', 'b'],
    ]);
    expect(csv('id,n\r\n1,a\r\n2,b\r\n').lines).toEqual([2, 3]);
  });

  it('warns about records with more cells than the header', () => {
    const table = csv('id,name\n1,a,extra\n2,b,\n');
    expect(table.warnings.map((w) => w.code)).toEqual(['W_EXTRA_CELLS']);
    expect(table.warnings[0]!.message).toMatch(/^1 record/);
  });

  it('reports quote trouble as a file warning', () => {
    const table = csv('id,name\n1,"unterminated\n2,b\n');
    expect(table.warnings.map((w) => w.code)).toContain('W_CSV_QUOTES');
  });

  it('stops on duplicate labels, empty files and all-blank files', () => {
    expect(captureError(() => csv('id,Name, name \n1,a,b\n')).code).toBe(
      'E_DUPLICATE_COLUMN',
    );
    expect(captureError(() => readTable(new Uint8Array(), 'x.csv')).code).toBe(
      'E_EMPTY_FILE',
    );
    expect(captureError(() => csv('\n  \n,,\n')).code).toBe('E_EMPTY_FILE');
  });

  it('offers the records as a read-only array view', () => {
    const table = csv('id,name\n1,a\n2\n');
    expect(table.rows.length).toBe(2);
    expect(table.rows[1]).toEqual(['2', '']);
    expect(table.rows.slice(0, 1)).toEqual([['1', 'a']]);
    expect([...table.rows]).toEqual([
      ['1', 'a'],
      ['2', ''],
    ]);
    expect(Array.isArray(table.rows)).toBe(true);
    expect(table.rows[5]).toBeUndefined();
    expect(getCell(table, 1, 1)).toBe('');
  });

  it('reports progress up to 1', () => {
    const seen: number[] = [];
    readTable(encode(`id,n\n${'1,a\n'.repeat(200_000)}`), 'big.csv', {
      onProgress: (f) => seen.push(f),
    });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('the fast path and Papa Parse agree', () => {
  const cell = fc.stringMatching(/^[a-zA-Z0-9 .;:%€$-]{0,8}$/);
  const line = fc.array(cell, { minLength: 1, maxLength: 5 });
  const lines = fc.array(line, { minLength: 1, maxLength: 20 });
  const endings = fc.constantFrom('\n', '\r\n');

  it('on quote-free text, cell for cell and line for line', () => {
    fc.assert(
      fc.property(lines, endings, fc.boolean(), (rows, eol, trailing) => {
        const text =
          rows.map((r) => r.join(',')).join(eol) + (trailing ? eol : '');
        const fast = readCsvRecords(text);
        const papa = readCsvRecords(text, { forcePapa: true });
        expect(papa.delimiter).toBe(fast.delimiter);
        expect(papa.records.count).toBe(fast.records.count);
        expect([...papa.records.lines]).toEqual([...fast.records.lines]);
        expect([...papa.records.rowCells]).toEqual([...fast.records.rowCells]);
        for (let r = 0; r < fast.records.count; r++) {
          for (let c = 0; c < fast.records.rowCells[r]!; c++) {
            const f = fast.records;
            const p = papa.records;
            const at = (s: typeof f, i: number) =>
              s.text.slice(s.starts[i], s.ends[i]);
            expect(at(p, p.rowFirst[r]! + c)).toBe(at(f, f.rowFirst[r]! + c));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
