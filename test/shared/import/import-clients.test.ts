import { describe, expect, it } from 'vitest';

import {
  ImportError,
  importClients,
  proposeMapping,
  readTable,
  type ImportResult,
} from '../../../shared/import';

function run(
  text: string,
  options: Parameters<typeof importClients>[2] = {},
): ImportResult {
  const table = readTable(new TextEncoder().encode(text), 'test.csv');
  return importClients(table, proposeMapping(table.header), options);
}

const codes = (result: ImportResult, kind: 'rejections' | 'warnings') =>
  result.report[kind].map((issue) => `${issue.record}:${issue.code}`);

function captureError(runIt: () => unknown): ImportError {
  try {
    runIt();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('client ids', () => {
  it('rejects an id already accepted, not one whose first record was rejected', () => {
    const result = run('client_id,workers\nC1,5\nC1,6\nC2,x\nC2,7\n');
    expect(codes(result, 'rejections')).toEqual([
      '2:E_DUP_ID',
      '3:E_WORKERS_INVALID',
    ]);
    expect(result.columns.clientId).toEqual(['C1', 'C2']);
    expect(result.columns.workers[1]).toBe(7);
    expect(result.report.rejections[0]!.message).toContain('record 1');
  });

  it('keeps ids as text: leading zeros, case-sensitive, with a case warning', () => {
    const result = run('client_id,workers\n007,5\n7,5\nabc,5\nABC,5\n');
    expect(result.columns.clientId).toEqual(['007', '7', 'abc', 'ABC']);
    expect(codes(result, 'warnings')).toEqual(['4:W_ID_CASE_VARIANT']);
  });

  it('warns about ids that a spreadsheet wrote in scientific notation', () => {
    expect(codes(run('client_id,workers\n1.23E+05,5\n'), 'warnings')).toEqual([
      '1:W_ID_SCIENTIFIC',
    ]);
  });

  it('stops without an id column, or with a mapping outside the header', () => {
    const table = readTable(
      new TextEncoder().encode('name,workers\nA,5\n'),
      't.csv',
    );
    expect(
      captureError(() => importClients(table, proposeMapping(table.header)))
        .code,
    ).toBe('E_NO_ID_COLUMN');
    expect(
      captureError(() => importClients(table, { client_id: 0, workers: 9 }))
        .code,
    ).toBe('E_BAD_MAPPING');
  });
});

describe('row issues', () => {
  it('name the record, line, client, column and value in plain English', () => {
    const result = run(
      'Account,Headcount\n"A\nB",5\nC9,51-200\n'.replace(
        'Account',
        'client_id',
      ),
    );
    expect(result.report.rejections).toEqual([
      {
        record: 2,
        line: 4,
        client_id: 'C9',
        code: 'E_WORKERS_RANGE',
        column: 'Headcount',
        value: '51-200',
        message: 'Headcount "51-200" is a range, not a count',
      },
    ]);
  });

  it('drop the warnings of a rejected record', () => {
    const result = run('client_id,workers,health_score\nC1,0,500\n');
    expect(codes(result, 'rejections')).toEqual(['1:E_WORKERS_NONPOSITIVE']);
    expect(codes(result, 'warnings')).toEqual([]);
  });
});

describe('revenue', () => {
  it('takes 12 × MRR when only MRR is given, exactly in cents', () => {
    const result = run('client_id,mrr\nC1,4999.99\nC2,100000.01\n');
    expect([...result.columns.arrCents]).toEqual([5999988, 120000012]);
  });

  it('warns once per file when no revenue or growth column is mapped', () => {
    const result = run('client_id,workers,countries\nC1,5,1\nC2,6,2\n');
    expect(result.report.fileWarnings.map((w) => w.code)).toEqual([
      'W_NO_REVENUE_COLUMN',
      'W_NO_GROWTH_COLUMN',
    ]);
    expect(result.report.warnings).toEqual([]);
  });

  it('uses the currency a header names for unmarked cells', () => {
    const result = run('client_id,ARR (EUR)\nC1,100\n');
    expect(result.currency).toBe('EUR');
    expect(result.columns.arrCents[0]).toBe(10000);
  });

  it('takes the currency option for a file that names none', () => {
    expect(run('client_id,arr\nC1,100\n', { currency: 'GBP' }).currency).toBe(
      'GBP',
    );
    expect(run('client_id,arr\nC1,$100\n', { currency: 'GBP' }).currency).toBe(
      'USD',
    );
  });
});

describe('growth and prior values', () => {
  it('reads a %-free column of fractions as fractions, with a file warning', () => {
    const result = run('client_id,growth\nC1,0.04\nC2,-0.12\n');
    expect([...result.columns.growthPpm]).toEqual([40000, -120000]);
    expect(result.report.fileWarnings.map((w) => w.code)).toContain(
      'W_GROWTH_AS_FRACTION',
    );
  });

  it('reads other bare numbers as percentage points', () => {
    expect([
      ...run('client_id,growth\nC1,4\nC2,-12.5\n').columns.growthPpm,
    ]).toEqual([40000, -125000]);
  });

  it('keeps prior workers and 12 × prior MRR, and flags growth from a zero prior', () => {
    const result = run(
      'client_id,workers,mrr,workers_prior,mrr_prior\nC1,10,100,8,90\nC2,10,100,0,90\nC3,10,100,,0\nC4,5,100,x,-1\n',
    );
    expect([...result.columns.workersPrior]).toEqual([8, 0, NaN, NaN]);
    expect([...result.columns.arrPriorCents]).toEqual([108000, 108000, 0, NaN]);
    expect(codes(result, 'warnings')).toEqual([
      '2:W_GROWTH_UNDEFINED',
      '3:W_GROWTH_UNDEFINED',
      '4:W_WORKERS_PRIOR_INVALID',
      '4:W_MRR_PRIOR_INVALID',
    ]);
  });
});

describe('dates and periods', () => {
  it('warns about dates a column never proves the order of, and bad dates', () => {
    const result = run(
      'client_id,signed_date\nC1,03/08/2024\nC2,05/05/2024\nC3,31/31/2024\n',
    );
    expect([...result.columns.signedDate]).toEqual([
      '2024-03-08',
      '2024-05-05',
      '',
    ]);
    expect(codes(result, 'warnings')).toEqual([
      '1:W_DATE_AMBIGUOUS',
      '3:W_DATE_INVALID',
    ]);
  });

  it('imports the latest period of a period column and skips the others', () => {
    const result = run(
      'client_id,period\nC1,2024-Q3\nC1,2024-Q4\nC2,Q4 2024\nC3,\n',
    );
    expect(result.period).toBe('2024-Q4');
    expect(result.columns.clientId).toEqual(['C1', 'C2', 'C3']);
    expect(result.report.skippedRows).toEqual([
      { line: 2, reason: 'outside-period' },
    ]);
    expect(result.report.fileWarnings.map((w) => w.code)).toContain(
      'W_MULTIPLE_PERIODS',
    );
  });

  it('imports the period asked for; months count in their quarter', () => {
    const result = run('client_id,period\nC1,2024-Q3\nC2,2024-11\n', {
      period: '2024q4',
    });
    expect(result.period).toBe('2024-Q4');
    expect(result.columns.clientId).toEqual(['C2']);
    expect(
      captureError(() => run('client_id\nC1\n', { period: 'last quarter' }))
        .code,
    ).toBe('E_BAD_PERIOD');
  });
});

describe('progress', () => {
  it('reports the fraction of records read, ending at 1', () => {
    const seen: number[] = [];
    const rows = Array.from({ length: 70_000 }, (_, i) => `C${i},5`).join('\n');
    run(`client_id,workers\n${rows}\n`, { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen[seen.length - 1]).toBe(1);
  });
});
