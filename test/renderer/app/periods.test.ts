import { describe, expect, it } from 'vitest';

import {
  isPeriod,
  priorPeriod,
  quarterOf,
  sortPeriods,
} from '../../../renderer/app/periods';

describe('periods', () => {
  it.each([
    ['2024-Q4', true],
    ['2024-Q1', true],
    ['2024-Q0', false],
    ['2024-Q5', false],
    ['2024-12', false],
    [' 2024-Q4', false],
    ['24-Q4', false],
    [null, false],
  ])('isPeriod(%s) is %s', (value, expected) => {
    expect(isPeriod(value)).toBe(expected);
  });

  it.each([
    ['2024-Q4', '2024-Q3'],
    ['2024-Q2', '2024-Q1'],
    ['2024-Q1', '2023-Q4'],
    ['bad', null],
  ])('the quarter before %s is %s', (period, expected) => {
    expect(priorPeriod(period)).toBe(expected);
  });

  it('puts a date in its quarter, edges included', () => {
    expect(quarterOf(new Date(2024, 0, 1))).toBe('2024-Q1');
    expect(quarterOf(new Date(2024, 2, 31))).toBe('2024-Q1');
    expect(quarterOf(new Date(2024, 3, 1))).toBe('2024-Q2');
    expect(quarterOf(new Date(2024, 11, 31))).toBe('2024-Q4');
  });

  it('sorts oldest first across years', () => {
    expect(sortPeriods(['2025-Q1', '2024-Q4', '2024-Q2'])).toEqual([
      '2024-Q2',
      '2024-Q4',
      '2025-Q1',
    ]);
  });
});
