import { describe, expect, it } from 'vitest';

import {
  decimalToNumber,
  decimalToScaled,
  isWholeDecimal,
  numberStyleEvidence,
  parseDecimal,
  type NumberStyle,
} from '../../../../shared/import/values/decimal';

function cents(text: string, style: NumberStyle): number | null {
  const d = parseDecimal(text, style);
  return d ? decimalToScaled(d, 2) : null;
}

describe('parseDecimal', () => {
  it.each<[string, NumberStyle, number | null]>([
    ['1200', 'dot', 120000],
    ['1,200.50', 'dot', 120050],
    ['1,200,000.01', 'dot', 120000001],
    ['1.200.000,00', 'comma', 120000000],
    ['18.000,00', 'comma', 1800000],
    ['2\u00a0400\u00a0000,00', 'comma', 240000000],
    ['4\u202f800\u202f000,00', 'comma', 480000000],
    ["1'250'000.5", 'dot', 125000050],
    ['+15', 'dot', 1500],
    ['-3,000', 'dot', -300000],
    ['\u221211', 'dot', -1100],
    ['.5', 'dot', 50],
    ['0,5', 'comma', 50],
    ['7.5E+09', 'dot', 750000000000],
    ['1e-3', 'dot', 0],
    ['59999.995', 'dot', 6000000],
    ['59999.994', 'dot', 5999999],
    // invalid
    ['', 'dot', null],
    ['-', 'dot', null],
    ['1,20', 'dot', null],
    ['1.2.3', 'dot', null],
    ['12,5', 'dot', null],
    ['1,200.50', 'comma', null],
    ['51-200', 'dot', null],
    ['200+', 'dot', null],
    ['1.2M', 'dot', null],
    ['fifty', 'dot', null],
    ['12.', 'dot', null],
    ['1 200,000', 'dot', null],
  ])('%j in %s style → %s cents', (text, style, expected) => {
    expect(cents(text, style)).toBe(expected);
  });

  it('reads 5.000 as 5 in dot style and 5000 in comma style', () => {
    expect(cents('5.000', 'dot')).toBe(500);
    expect(cents('5.000', 'comma')).toBe(500000);
  });

  it('keeps more digits than a double would, until scaled', () => {
    const d = parseDecimal('0.1234567890123', 'dot')!;
    expect(d.frac).toBe('1234567890123');
    expect(decimalToScaled(d, 6)).toBe(123457);
    expect(
      decimalToScaled(parseDecimal('99999999999999999', 'dot')!, 2),
    ).toBeNaN();
  });

  it('tells whole numbers and converts to a double', () => {
    expect(isWholeDecimal(parseDecimal('12.000', 'dot')!)).toBe(true);
    expect(isWholeDecimal(parseDecimal('10.5', 'dot')!)).toBe(false);
    expect(decimalToNumber(parseDecimal('7,5', 'comma')!)).toBe(7.5);
    expect(Object.is(decimalToNumber(parseDecimal('-0', 'dot')!), 0)).toBe(
      true,
    );
  });
});

describe('numberStyleEvidence', () => {
  it.each<[string, NumberStyle | null]>([
    ['1,200.50', 'dot'],
    ['1.200,50', 'comma'],
    ['1,200,000', 'dot'],
    ['1.200.000', 'comma'],
    ['12.0', 'dot'],
    ['0.12', 'dot'],
    ['4,0 %', 'comma'],
    ['0,500', 'comma'],
    ['10,5', 'comma'],
    ['5.000', null],
    ['1,200', null],
    ['1200', null],
    ['abc', null],
  ])('%j → %s', (text, expected) => {
    expect(numberStyleEvidence(text)).toBe(expected);
  });
});
