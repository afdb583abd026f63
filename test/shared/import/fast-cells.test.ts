import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { getStoreCell } from '../../../shared/import/cell-store';
import { readCsvRecords } from '../../../shared/import/csv-read';
import {
  plainDecimalCents,
  plainDecimalEvidence,
} from '../../../shared/import/fast-cells';
import { numberStyleEvidence } from '../../../shared/import/values/decimal';
import { parseMoneyCents } from '../../../shared/import/values/money';

/** One-cell store of `text`, as the CSV reader builds it. */
function storeOf(text: string) {
  return readCsvRecords(`${text}\n`).records;
}

const digits = (min: number, max: number) =>
  fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));

// Cells near the plain-decimal shape, and some that only look like it.
const cell = fc.oneof(
  fc.tuple(digits(1, 14), digits(1, 5)).map(([a, b]) => `${a}.${b}`),
  fc.tuple(digits(0, 3), digits(0, 4)).map(([a, b]) => ` ${a}.${b} `),
  fc.stringMatching(/^[0-9.,+\- ]{1,9}$/),
);

describe('plain decimal cells read in place', () => {
  it('give the cents of parseMoneyCents whenever they answer', () => {
    fc.assert(
      fc.property(cell, (text) => {
        const store = storeOf(text);
        const cents = plainDecimalCents(store, 0, 0);
        if (Number.isNaN(cents)) return;
        const trimmed = getStoreCell(store, 0, 0).trim();
        const reading = parseMoneyCents(trimmed, 'dot');
        expect(reading).toEqual({ kind: 'ok', cents, currency: null });
      }),
      { numRuns: 3000 },
    );
  });

  it('give the style evidence of numberStyleEvidence', () => {
    fc.assert(
      fc.property(cell, (text) => {
        const store = storeOf(text);
        const evidence = plainDecimalEvidence(store, 0, 0);
        if (evidence === undefined) return;
        const trimmed = getStoreCell(store, 0, 0).trim();
        expect(evidence).toBe(numberStyleEvidence(trimmed));
      }),
      { numRuns: 3000 },
    );
  });

  it('answer for the shapes they are for and no others', () => {
    const cents = (text: string) => plainDecimalCents(storeOf(text), 0, 0);
    expect(cents('5018.26')).toBe(501826);
    expect(cents(' 0.5 ')).toBe(50);
    expect(cents('2.995')).toBe(300);
    expect(cents('1.004')).toBe(100);
    expect(plainDecimalEvidence(storeOf('1.200'), 0, 0)).toBeNull();
    expect(plainDecimalEvidence(storeOf('0.200'), 0, 0)).toBe('dot');
    for (const text of ['5.', '.5', '1.2.3', '-3.5', '1,200.50', '42', ''])
      expect(cents(text)).toBeNaN();
  });
});
