import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  centsFromUsd,
  gcdInt,
  ppmFromFraction,
  ratAdd,
  ratCompare,
  ratRound,
  ratToNumber,
  rational,
  rationalFromDecimal,
  roundDiv,
  roundHalfAway,
  usdFromCents,
} from '../../shared/money';

describe('rationalFromDecimal', () => {
  it.each([
    [0.1, 1n, 10n],
    [1200000.01, 120000001n, 100n],
    [-0.05, -1n, 20n],
    [3, 3n, 1n],
    [0, 0n, 1n],
    [1e-7, 1n, 10_000_000n],
    [2.5e21, 2_500_000_000_000_000_000_000n, 1n],
  ])('%f is %s / %s', (value, num, den) => {
    expect(rationalFromDecimal(value)).toEqual({ num, den });
  });

  it('refuses what is not a finite number', () => {
    expect(() => rationalFromDecimal(NaN)).toThrow(RangeError);
  });
});

describe('rounding half away from zero', () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [7n, 3n, 2n],
    [-7n, 3n, -2n],
    [1n, 3n, 0n],
    [3n, -2n, -2n],
  ])('%s / %s is %s', (num, den, rounded) => {
    expect(roundDiv(num, den)).toBe(rounded);
  });

  it.each([
    [2.5, 3],
    [-2.5, -3],
    [0.49, 0],
    [-0.5, -1],
  ])('roundHalfAway(%f) is %i', (value, rounded) => {
    expect(roundHalfAway(value)).toBe(rounded);
  });

  it('agrees with exact arithmetic on random fractions', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        (num, den) => {
          const q = roundDiv(num, den);
          // |num / den − q| ≤ 1/2, and exactly 1/2 only away from zero.
          const twice = 2n * (num - q * den);
          const abs = twice < 0n ? -twice : twice;
          expect(abs <= den).toBe(true);
          if (abs === den) expect(q === 0n || q < 0n === num < 0n).toBe(true);
        },
      ),
    );
  });
});

describe('money and rates', () => {
  it.each([
    [1200000.01, 120000001],
    [60000, 6000000],
    [0.1, 10],
    [19.99, 1999],
    [0.005, 1],
  ])('%f USD is %i cents', (usd, cents) => {
    expect(centsFromUsd(usd)).toBe(cents);
  });

  it.each([
    [0.1, 100000],
    [-0.1, -100000],
    [0.123456, 123456],
    [0.0000005, 1],
  ])('%f is %i ppm', (fraction, ppm) => {
    expect(ppmFromFraction(fraction)).toBe(ppm);
  });

  it('gives USD with cents for JSON', () => {
    expect(usdFromCents(10000008)).toBe(100000.08);
    expect(usdFromCents(-250)).toBe(-2.5);
  });

  it('adds, compares and shows rationals', () => {
    const third = rational(1n, 3n);
    expect(ratAdd(third, third)).toEqual({ num: 2n, den: 3n });
    expect(ratCompare(third, rational(2n, 6n))).toBe(0);
    expect(ratCompare(third, rational(1n, 2n))).toBe(-1);
    expect(ratRound(rational(-3n, 2n))).toBe(-2n);
    expect(ratToNumber(rational(1n, 3n))).toBeCloseTo(1 / 3, 15);
    expect(ratToNumber(rational(10n ** 30n + 1n, 10n ** 30n))).toBe(1);
    expect(rational(2n, -4n)).toEqual({ num: -1n, den: 2n });
    expect(() => rational(1n, 0n)).toThrow(RangeError);
    expect(gcdInt(300, -120)).toBe(60);
  });
});
