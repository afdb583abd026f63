import { describe, expect, it } from 'vitest';

import {
  DEFAULT_CHOICE_ID,
  SWEEP_CHOICES,
  basisNote,
  choiceById,
  describeCliff,
  formatAxisValue,
  formatParameterValue,
  parameterId,
} from '../../../../../renderer/features/scenario/sensitivity/sweep-parameters';

describe('sweep parameters', () => {
  it('offers every tier’s worker and ARR line and ratio, and every country line', () => {
    expect(SWEEP_CHOICES).toHaveLength(15);
    expect(new Set(SWEEP_CHOICES.map((c) => c.id)).size).toBe(15);
    expect(SWEEP_CHOICES.map((c) => c.label)).toEqual(
      expect.arrayContaining([
        'SMB starts at workers',
        'Strategic starts at ARR',
        'Medium complexity starts at countries',
        'Mid-Market clients per CSM',
      ]),
    );
    expect(choiceById(DEFAULT_CHOICE_ID)?.parameter).toEqual({
      kind: 'min_workers',
      tier: 'Mid-Market',
    });
    expect(choiceById('nonsense')).toBeNull();
    for (const choice of SWEEP_CHOICES) {
      expect(parameterId(choice.parameter)).toBe(choice.id);
    }
  });

  it('writes values in their units', () => {
    const strategic = { kind: 'min_arr', tier: 'Strategic' } as const;
    expect(formatParameterValue(strategic, 1200000.01)).toBe(
      '$1,200,000.01 ARR',
    );
    expect(formatParameterValue(strategic, 60000)).toBe('$60,000 ARR');
    expect(
      formatParameterValue({ kind: 'min_countries', level: 'High' }, 1),
    ).toBe('1 country');
    expect(formatParameterValue({ kind: 'csm_ratio', tier: 'SMB' }, 50)).toBe(
      '50 clients per CSM',
    );
  });

  it('says a cliff as a sentence', () => {
    expect(
      describeCliff({ kind: 'min_workers', tier: 'Mid-Market' }, 10, 1, 212),
    ).toBe('Mid-Market starts at 10 → 11 workers moves 212 clients');
    expect(
      describeCliff({ kind: 'min_arr', tier: 'Enterprise' }, 300000, 1000, 1),
    ).toBe('Enterprise starts at $300,000 → $301,000 ARR moves 1 client');
    expect(
      describeCliff({ kind: 'min_countries', level: 'Medium' }, 3, 1, 1500),
    ).toBe('Medium complexity starts at 3 → 4 countries moves 1,500 clients');
  });

  it('labels ARR axes compactly and says when a line cannot move a client', () => {
    const arr = { kind: 'min_arr', tier: 'Enterprise' } as const;
    expect(formatAxisValue(arr, 300000)).toBe('$300K');
    expect(formatAxisValue(arr, 1200000)).toBe('$1.2M');
    expect(formatAxisValue({ kind: 'min_workers', tier: 'SMB' }, 1200)).toBe(
      '1,200',
    );
    expect(basisNote('workers', arr)).toMatch(/an ARR line moves no client/);
    expect(basisNote('higher', arr)).toBeNull();
    expect(basisNote('arr', { kind: 'min_workers', tier: 'SMB' })).toMatch(
      /a worker line moves no client/,
    );
    expect(basisNote('arr', { kind: 'csm_ratio', tier: 'SMB' })).toBeNull();
  });
});
