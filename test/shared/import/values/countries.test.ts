import { describe, expect, it } from 'vitest';

import {
  parseCountries,
  type CountryReading,
} from '../../../../shared/import/values/countries';

describe('parseCountries', () => {
  it.each<[string, CountryReading]>([
    ['3', { kind: 'count', count: 3 }],
    ['0', { kind: 'invalid' }],
    ['US', { kind: 'list', codes: ['US'], aliases: [] }],
    ['us; US ;Us', { kind: 'list', codes: ['US'], aliases: [] }],
    ['US;;CA;', { kind: 'list', codes: ['US', 'CA'], aliases: [] }],
    ['DE|FR|IT', { kind: 'list', codes: ['DE', 'FR', 'IT'], aliases: [] }],
    [
      'US, CA, MX, BR',
      { kind: 'list', codes: ['US', 'CA', 'MX', 'BR'], aliases: [] },
    ],
    ['NA', { kind: 'list', codes: ['NA'], aliases: [] }],
    ['NA;ZA', { kind: 'list', codes: ['NA', 'ZA'], aliases: [] }],
    [
      'GB;UK',
      { kind: 'list', codes: ['GB'], aliases: [{ from: 'UK', to: 'GB' }] },
    ],
    [
      'Germany;France;Spain',
      { kind: 'list', codes: ['DE', 'FR', 'ES'], aliases: [] },
    ],
    ['Germany;DE;DEU', { kind: 'list', codes: ['DE'], aliases: [] }],
    ['United States', { kind: 'list', codes: ['US'], aliases: [] }],
    ['Narnia', { kind: 'list', codes: ['NARNIA'], aliases: [] }],
    ["Côte d'Ivoire", { kind: 'list', codes: ["CÔTE D'IVOIRE"], aliases: [] }],
    ['', { kind: 'missing' }],
    ['N/A', { kind: 'missing' }],
    ['-', { kind: 'missing' }],
    [';;', { kind: 'missing' }],
    ['#REF!', { kind: 'invalid' }],
    ['US;3', { kind: 'invalid' }],
    ['2.5', { kind: 'invalid' }],
  ])('%j → %o', (text, expected) => {
    expect(parseCountries(text)).toEqual(expected);
  });
});
