import { describe, expect, it } from 'vitest';

import { createClientColumns } from '../../../../shared/columns';
import {
  commitBlocker,
  defaultMergeFields,
  defaultPeriod,
  mergeableFields,
  nextStepFor,
} from '../../../../renderer/features/import/import-rules';
import type { ValidateOutput } from '../../../../renderer/worker/messages';

function validation(accepted: number, clients: number): ValidateOutput {
  return {
    columns: createClientColumns(clients),
    report: {
      read: accepted,
      accepted,
      rejected: 0,
      skipped: 0,
      rejections: [],
      warnings: [],
      fileWarnings: [],
      skippedRows: [],
    },
    currency: 'USD',
    fileClients: clients,
    unmatchedIds: [],
    missingIds: [],
  };
}

describe('import rules', () => {
  it('defaults the period to the file’s, else the latest own one, else today’s quarter', () => {
    const today = new Date(2026, 11, 4);
    expect(defaultPeriod('2023-Q2', ['2024-Q4'], today)).toBe('2023-Q2');
    expect(defaultPeriod(null, ['2024-Q3', '2024-Q4'], today)).toBe('2024-Q4');
    expect(defaultPeriod('Q4 2024', [], today)).toBe('2026-Q4');
  });

  it('never merges the id, the period or line dates', () => {
    const mapping = {
      client_id: 0,
      mrr: 3,
      line_start: 4,
      line_end: 5,
      period: 6,
      workers: 2,
    };
    expect(mergeableFields(mapping).sort()).toEqual(['mrr', 'workers']);
  });

  it('merges the revenue by default when a revenue column is mapped', () => {
    expect(
      defaultMergeFields({ client_id: 0, workers: 1, mrr: 2, arr: 3 }),
    ).toEqual(['mrr']);
    expect(defaultMergeFields({ client_id: 0, health_score: 1 })).toEqual([
      'health_score',
    ]);
    expect(defaultMergeFields({ client_id: 0 })).toEqual([]);
  });

  it('tells what to do next about a duplicate column and any other file error', () => {
    expect(nextStepFor('E_DUPLICATE_COLUMN')).toMatch(/Rename or delete/);
    expect(nextStepFor('E_SOMETHING_NEW')).toMatch(/Nothing was imported/);
  });

  it('blocks a commit with nothing accepted or a bad period', () => {
    expect(commitBlocker(validation(3, 3), '2024-Q4')).toBeNull();
    expect(commitBlocker(validation(0, 0), '2024-Q4')).toMatch(/No record/);
    expect(commitBlocker(validation(3, 3), '2024')).toMatch(/quarter/);
  });
});
