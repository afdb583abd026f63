import { describe, expect, it } from 'vitest';

import {
  ImportError,
  normalizePeriod,
  periodEndDate,
  periodStartDate,
  quarterOfDate,
} from '../../../shared/import';

describe('periods', () => {
  it.each([
    ['2024-Q4', '2024-10-01', '2024-12-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2026-Q3', '2026-07-01', '2026-09-30'],
    ['Q2 2024', '2024-04-01', '2024-06-30'],
    ['2024q2', '2024-04-01', '2024-06-30'],
    ['2024-12', '2024-12-01', '2024-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['1900-02', '1900-02-01', '1900-02-28'],
  ])('%s runs from %s to %s', (period, start, end) => {
    expect(periodStartDate(period)).toBe(start);
    expect(periodEndDate(period)).toBe(end);
  });

  it.each(['2024-Q5', '2024-13', '24-Q4', 'Q4', '', 'last quarter'])(
    '%j is not a period',
    (period) => {
      expect(() => periodEndDate(period)).toThrow(ImportError);
      expect(normalizePeriod(period)).toBeNull();
    },
  );

  it('normalises and finds the quarter of a date', () => {
    expect(normalizePeriod(' q4-2024 ')).toBe('2024-Q4');
    expect(normalizePeriod('2024-3')).toBe('2024-03');
    expect(quarterOfDate('2024-12-31')).toBe('2024-Q4');
    expect(quarterOfDate('2024-04-01')).toBe('2024-Q2');
  });
});
