import { describe, expect, it } from 'vitest';

import {
  detectGrowthUnit,
  parseGrowthPpm,
  type GrowthReading,
  type GrowthUnit,
} from '../../../../shared/import/values/growth';

describe('parseGrowthPpm', () => {
  it.each<[string, GrowthUnit, GrowthReading]>([
    ['10%', 'percent', { kind: 'ok', ppm: 100000 }],
    ['10.0 %', 'percent', { kind: 'ok', ppm: 100000 }],
    ['+10%', 'percent', { kind: 'ok', ppm: 100000 }],
    ['10.01%', 'percent', { kind: 'ok', ppm: 100100 }],
    ['-10.00%', 'percent', { kind: 'ok', ppm: -100000 }],
    ['\u221211%', 'percent', { kind: 'ok', ppm: -110000 }],
    ['-0%', 'percent', { kind: 'ok', ppm: 0 }],
    ['0', 'percent', { kind: 'ok', ppm: 0 }],
    ['0.12', 'percent', { kind: 'ambiguous' }],
    ['12', 'percent', { kind: 'ambiguous' }],
    ['0.04', 'fraction', { kind: 'ok', ppm: 40000 }],
    ['-0.105', 'fraction', { kind: 'ok', ppm: -105000 }],
    ['12', 'points', { kind: 'ok', ppm: 120000 }],
    ['0.5', 'points', { kind: 'ok', ppm: 5000 }],
    ['abc', 'percent', { kind: 'invalid' }],
    ['10%%', 'percent', { kind: 'invalid' }],
    ['%', 'percent', { kind: 'invalid' }],
  ])('%j as %s → %o', (text, unit, expected) => {
    expect(parseGrowthPpm(text, 'dot', unit)).toEqual(expected);
  });

  it('reads decimal-comma percentages', () => {
    expect(parseGrowthPpm('4,0 %', 'comma', 'percent')).toEqual({
      kind: 'ok',
      ppm: 40000,
    });
    expect(parseGrowthPpm('-10,00 %', 'comma', 'percent')).toEqual({
      kind: 'ok',
      ppm: -100000,
    });
  });

  it('keeps ±10 % exact for the Stable boundary', () => {
    const ppm = (t: string) =>
      (parseGrowthPpm(t, 'dot', 'percent') as { ppm: number }).ppm;
    expect(ppm('10%')).toBe(100000);
    expect(ppm('10.001%')).toBe(100010);
    expect(ppm('9.9999%')).toBe(99999);
  });
});

describe('detectGrowthUnit', () => {
  it.each<[string[], GrowthUnit]>([
    [['10%', '0.12', '5'], 'percent'],
    [['0.04', '-0.12', '0'], 'fraction'],
    [['0.04', '12'], 'points'],
    [['5', '-3'], 'points'],
    [['0', '0'], 'points'],
    [[], 'points'],
  ])('%j → %s', (cells, expected) => {
    expect(detectGrowthUnit(cells, 'dot')).toBe(expected);
  });
});
