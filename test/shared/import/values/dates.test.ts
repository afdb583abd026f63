import { describe, expect, it } from 'vitest';

import {
  daysInMonth,
  detectDateOrder,
  parseDate,
  type DateOrder,
  type DateReading,
} from '../../../../shared/import/values/dates';

describe('parseDate', () => {
  it.each<[string, DateOrder, boolean, DateReading]>([
    [
      '2024-02-13',
      'dmy',
      false,
      { kind: 'ok', iso: '2024-02-13', ambiguous: false },
    ],
    [
      '2021-03-04T10:15:00.000Z',
      'dmy',
      false,
      { kind: 'ok', iso: '2021-03-04', ambiguous: false },
    ],
    [
      '2022-06-30T23:30:00+02:00',
      'mdy',
      false,
      { kind: 'ok', iso: '2022-06-30', ambiguous: false },
    ],
    [
      '2024/02/13',
      'mdy',
      false,
      { kind: 'ok', iso: '2024-02-13', ambiguous: false },
    ],
    [
      '16-10-2024',
      'dmy',
      true,
      { kind: 'ok', iso: '2024-10-16', ambiguous: false },
    ],
    [
      '08-03-2024',
      'dmy',
      true,
      { kind: 'ok', iso: '2024-03-08', ambiguous: false },
    ],
    [
      '08-03-2024',
      'dmy',
      false,
      { kind: 'ok', iso: '2024-03-08', ambiguous: true },
    ],
    [
      '03/08/2024',
      'mdy',
      false,
      { kind: 'ok', iso: '2024-03-08', ambiguous: true },
    ],
    [
      '05/05/2024',
      'mdy',
      false,
      { kind: 'ok', iso: '2024-05-05', ambiguous: false },
    ],
    [
      '13/01/2024',
      'mdy',
      false,
      { kind: 'ok', iso: '2024-01-13', ambiguous: false },
    ],
    [
      '28.07.2023',
      'dmy',
      true,
      { kind: 'ok', iso: '2023-07-28', ambiguous: false },
    ],
    [
      '28-07-2023 03:00',
      'dmy',
      true,
      { kind: 'ok', iso: '2023-07-28', ambiguous: false },
    ],
    [
      '4 Mar 2024',
      'mdy',
      false,
      { kind: 'ok', iso: '2024-03-04', ambiguous: false },
    ],
    [
      'March 4, 2024',
      'dmy',
      false,
      { kind: 'ok', iso: '2024-03-04', ambiguous: false },
    ],
    [
      '29-02-2024',
      'dmy',
      true,
      { kind: 'ok', iso: '2024-02-29', ambiguous: false },
    ],
    ['29-02-2023', 'dmy', true, { kind: 'invalid' }],
    ['31/04/2024', 'dmy', true, { kind: 'invalid' }],
    ['2024-13-01', 'dmy', true, { kind: 'invalid' }],
    ['13/13/2024', 'dmy', true, { kind: 'invalid' }],
    ['4 Foo 2024', 'dmy', true, { kind: 'invalid' }],
    ['soon', 'dmy', true, { kind: 'invalid' }],
    ['1/2/24', 'dmy', true, { kind: 'invalid' }],
  ])('%j (%s, proven %s) → %o', (text, order, proven, expected) => {
    expect(parseDate(text, order, proven)).toEqual(expected);
  });
});

describe('detectDateOrder', () => {
  it('takes the order a value proves', () => {
    expect(detectDateOrder(['08-03-2024', '16-10-2024'])).toEqual({
      order: 'dmy',
      proven: true,
    });
    expect(detectDateOrder(['03/08/2024', '10/16/2024'])).toEqual({
      order: 'mdy',
      proven: true,
    });
  });

  it('leaves a column unproven when it never shows, or contradicts itself', () => {
    expect(detectDateOrder(['03/08/2024'])).toEqual({
      order: 'mdy',
      proven: false,
    });
    expect(detectDateOrder(['03-08-2024'])).toEqual({
      order: 'dmy',
      proven: false,
    });
    expect(detectDateOrder(['13/01/2024', '01/13/2024', '02/13/2024'])).toEqual(
      { order: 'mdy', proven: false },
    );
  });

  it('knows the month lengths', () => {
    expect([2000, 1900, 2024, 2023].map((y) => daysInMonth(y, 2))).toEqual([
      29, 28, 29, 28,
    ]);
    expect(daysInMonth(2024, 4)).toBe(30);
  });
});
