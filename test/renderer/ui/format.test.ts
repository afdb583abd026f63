import { describe, expect, it } from 'vitest';

import {
  formatCount,
  formatCountOf,
  formatFigure,
  formatFigureDelta,
  formatMoney,
  formatMoneyDelta,
  formatNumber,
  formatPercent,
} from '../../../renderer/ui/format';

describe('negative figures', () => {
  it('are written with a minus sign (U+2212), as the deltas write them', () => {
    expect(formatMoney(-1263200, 'USD', true)).toBe('\u2212$12,632.00');
    expect(formatMoney(-1263200)).toBe('\u2212$12,632');
    expect(formatMoney(-1263200)).toBe(formatMoneyDelta(-1263200));
    expect(formatMoney(-150, 'EUR', true)).toBe('\u2212€1.50');
    expect(formatPercent(-0.0512)).toBe('\u22125.1 %');
    expect(formatNumber(-1234.5, 1)).toBe('\u22121,234.5');
    expect(formatCount(-3)).toBe('\u22123');
    expect(formatMoney(1263200, 'USD', true)).toBe('$12,632.00');
  });

  it('lose the sign when they round to zero', () => {
    expect(formatMoney(-40)).toBe('$0');
    expect(formatPercent(-0.00001)).toBe('0.0 %');
    expect(formatNumber(-0.01, 1)).toBe('0.0');
  });
});

describe('formatFigure', () => {
  it.each([
    ['count', 1500, '1,500'],
    ['money', 180000, '$1,800'],
    ['percent', 0.5, '50.0 %'],
    ['number', 2.345, '2.3'],
    ['money', null, '—'],
    ['count', Number.NaN, '—'],
  ] as const)('%s %s → %s', (kind, value, text) => {
    expect(formatFigure(kind, value)).toBe(text);
  });

  it('writes other currencies', () => {
    expect(formatFigure('money', 120000, 'EUR')).toBe('€1,200');
  });
});

describe('formatFigureDelta', () => {
  it.each([
    ['count', 3, '+3'],
    ['count', -2, '−2'],
    ['count', 0, '±0'],
    ['money', -150000, '−$1,500'],
    ['money', 0.3, '±0'],
    ['percent', 0.025, '+2.5 pp'],
    ['percent', -0.1, '−10.0 pp'],
    ['percent', -0.0004, '±0'],
    ['percent', 0.0005, '+0.1 pp'],
    ['number', 1.25, '+1.3'],
    ['number', -0.01, '±0'],
  ] as const)('%s %s → %s', (kind, change, text) => {
    expect(formatFigureDelta(kind, change)).toBe(text);
  });

  it('is empty when the change is unknown', () => {
    expect(formatFigureDelta('money', null)).toBe('');
  });
});

describe('formatNumber', () => {
  it('groups thousands and fixes decimals', () => {
    expect(formatNumber(12345.678, 2)).toBe('12,345.68');
    expect(formatNumber(null)).toBe('—');
  });
});

describe('formatCountOf', () => {
  it('puts the noun in the number of the count', () => {
    expect(formatCountOf(1, 'client')).toBe('1 client');
    expect(formatCountOf(0, 'client')).toBe('0 clients');
    expect(formatCountOf(1500, 'client')).toBe('1,500 clients');
    expect(formatCountOf(2, 'policy', 'policies')).toBe('2 policies');
  });
});
