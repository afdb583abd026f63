import { describe, expect, it } from 'vitest';

import {
  createCellTexts,
  findCellText,
  rememberCellText,
} from '../../../shared/import/cell-texts';
import { readCsvRecords } from '../../../shared/import/csv-read';
import {
  importClients,
  proposeMapping,
  readTable,
} from '../../../shared/import/index';

describe('cell texts looked up in place', () => {
  it('finds a remembered raw text in any record, and only that text', () => {
    const store = readCsvRecords(
      'a,CSM-1\nb,CSM-1\nc, CSM-1\nd,CSM-10\n',
    ).records;
    const cache = createCellTexts();
    expect(findCellText(cache, store, 0, 1)).toBeUndefined();
    rememberCellText(cache, store, 0, 1, 'first');
    expect(findCellText(cache, store, 1, 1)).toBe('first');
    expect(findCellText(cache, store, 2, 1)).toBeUndefined();
    expect(findCellText(cache, store, 3, 1)).toBeUndefined();
    expect(findCellText(cache, store, 3, 5)).toBeUndefined();
  });

  it('keeps every distinct text apart as the table grows', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `r${i},t${i % 3000}`);
    const store = readCsvRecords(lines.join('\n') + '\n').records;
    const cache = createCellTexts();
    for (let r = 0; r < 5000; r++) {
      const known = findCellText(cache, store, r, 1);
      if (r < 3000) expect(known).toBeUndefined();
      else expect(known).toBe(`value ${r % 3000}`);
      if (known === undefined)
        rememberCellText(cache, store, r, 1, `value ${r}`);
    }
  });

  it('reads padded, token and repeated CSM and industry cells as before', () => {
    const csv =
      'client_id,workers,arr,industry,csm\n' +
      'A,5,1000,Retail,CSM-1\nB,5,1000, Retail , CSM-1 \n' +
      'C,5,1000,N/A,N/A\nD,5,1000,Retail,CSM-1\nE,5,1000,,\n';
    const table = readTable(new TextEncoder().encode(csv), 'x.csv');
    const { columns } = importClients(table, proposeMapping(table.header));
    expect(columns.csmId).toEqual(['CSM-1', 'CSM-1', '', 'CSM-1', '']);
    expect(columns.industryRaw).toEqual(['Retail', 'Retail', '', 'Retail', '']);
    expect(columns.industry[1]).toBe(columns.industry[0]);
  });
});
