import { describe, expect, it } from 'vitest';

import { describeFileFacts } from '../../../../renderer/features/import/file-facts';

describe('describeFileFacts', () => {
  it('names a workbook, its sheet and header row in plain words', () => {
    expect(
      describeFileFacts({
        format: 'xlsx',
        sheet: 'Clients',
        delimiter: null,
        encoding: 'xlsx',
        headerLine: 3,
        rowCount: 40,
        skippedCount: 1,
      }),
    ).toBe(
      'Excel workbook, sheet Clients, header on row 3, 40 records, 1 row skipped',
    );
  });

  it('names a CSV file with its encoding and delimiter', () => {
    expect(
      describeFileFacts({
        format: 'csv',
        sheet: null,
        delimiter: ';',
        encoding: 'utf-8',
        headerLine: 1,
        rowCount: 1,
        skippedCount: 0,
      }),
    ).toBe(
      'CSV text (utf-8), semicolon-separated, header on line 1, 1 record, 0 lines skipped',
    );
  });
});
