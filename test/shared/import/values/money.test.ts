import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  currencyCode,
  parseMoneyCents,
  splitMoney,
  type MoneyReading,
} from '../../../../shared/import/values/money';

describe('parseMoneyCents', () => {
  it.each<[string, 'dot' | 'comma', MoneyReading]>([
    ['$18,000', 'dot', { kind: 'ok', cents: 1800000, currency: 'USD' }],
    ['$ 42,000.00', 'dot', { kind: 'ok', cents: 4200000, currency: 'USD' }],
    ['USD 59,000', 'dot', { kind: 'ok', cents: 5900000, currency: 'USD' }],
    ['60000 USD', 'dot', { kind: 'ok', cents: 6000000, currency: 'USD' }],
    ['usd 10', 'dot', { kind: 'ok', cents: 1000, currency: 'USD' }],
    [
      '1.200.000,00 €',
      'comma',
      { kind: 'ok', cents: 120000000, currency: 'EUR' },
    ],
    ['£1,000', 'dot', { kind: 'ok', cents: 100000, currency: 'GBP' }],
    ['CA$5', 'dot', { kind: 'ok', cents: 500, currency: 'CAD' }],
    ['1200000.01', 'dot', { kind: 'ok', cents: 120000001, currency: null }],
    ['$0.00', 'dot', { kind: 'ok', cents: 0, currency: 'USD' }],
    ['-$0', 'dot', { kind: 'ok', cents: 0, currency: 'USD' }],
    ['(1,500.00)', 'dot', { kind: 'negative', currency: null }],
    ['($182.77)', 'dot', { kind: 'negative', currency: 'USD' }],
    ['$-3,000', 'dot', { kind: 'negative', currency: 'USD' }],
    ['-3.000 €', 'comma', { kind: 'negative', currency: 'EUR' }],
    ['$1.2M', 'dot', { kind: 'invalid', currency: 'USD' }],
    ['60K', 'dot', { kind: 'invalid', currency: null }],
    ['€72.000,00', 'dot', { kind: 'invalid', currency: 'EUR' }],
    ['$5 EUR', 'dot', { kind: 'invalid', currency: null }],
    ['abc', 'dot', { kind: 'invalid', currency: null }],
    ['XYZ 100', 'dot', { kind: 'invalid', currency: null }],
  ])('%j (%s) → %o', (text, style, expected) => {
    expect(parseMoneyCents(text, style)).toEqual(expected);
  });

  it('is exact to the cent where floats are not', () => {
    // 0.1 + 0.2 style noise: 1,200,000.12 must stay 120000012 cents.
    expect(parseMoneyCents('1200000.12', 'dot')).toEqual({
      kind: 'ok',
      cents: 120000012,
      currency: null,
    });
    expect(parseMoneyCents('4999.99', 'dot')).toEqual({
      kind: 'ok',
      cents: 499999,
      currency: null,
    });
  });
});

describe('currency tokens', () => {
  it('maps symbols and codes to ISO codes', () => {
    expect(currencyCode('$')).toBe('USD');
    expect(currencyCode('€')).toBe('EUR');
    expect(currencyCode('chf')).toBe('CHF');
    expect(currencyCode('?')).toBeNull();
  });

  it('splits sign and currency on either side', () => {
    expect(splitMoney('- $ 12')).toEqual({
      currency: 'USD',
      negative: true,
      body: '12',
    });
    expect(splitMoney('12 EUR')).toEqual({
      currency: 'EUR',
      negative: false,
      body: '12',
    });
  });
});

/** Cents written the way a locale groups and marks them. */
function format(cents: number, group: string, mark: string): string {
  const whole = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${whole}${mark}${String(cents % 100).padStart(2, '0')}`;
}

describe('parseMoneyCents round trip', () => {
  const cents = fc.integer({ min: 0, max: 9_000_000_000_000 });

  it('reads back any amount written US style, with or without $', () => {
    fc.assert(
      fc.property(cents, fc.constantFrom('', '$', 'USD '), (value, prefix) => {
        const text = `${prefix}${format(value, ',', '.')}`;
        expect(parseMoneyCents(text, 'dot')).toMatchObject({
          kind: 'ok',
          cents: value,
        });
      }),
    );
  });

  it('reads back any amount written European style with any group space', () => {
    fc.assert(
      fc.property(
        cents,
        fc.constantFrom('.', ' ', '\u00a0', '\u202f'),
        (value, group) => {
          const text = `${format(value, group, ',')} €`;
          expect(parseMoneyCents(text, 'comma')).toEqual({
            kind: 'ok',
            cents: value,
            currency: 'EUR',
          });
        },
      ),
    );
  });
});
