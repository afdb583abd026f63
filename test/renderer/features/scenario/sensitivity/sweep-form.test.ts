import { describe, expect, it } from 'vitest';

import {
  DEFAULT_STEPS,
  checkSweep,
  clampDraft,
  defaultDraft,
  readNumber,
} from '../../../../../renderer/features/scenario/sensitivity/sweep-form';
import type {
  SweepParameter,
  SweepRange,
} from '../../../../../shared/scenario/types';

const workers: SweepParameter = { kind: 'min_workers', tier: 'Mid-Market' };
const arr: SweepParameter = { kind: 'min_arr', tier: 'Strategic' };
const workersRange: SweepRange = { min: 2, max: 50, unit: 1, current: 11 };
const arrRange: SweepRange = {
  min: 301000,
  max: 12000000,
  unit: 1000,
  current: 1200000.01,
};

const draft = (from: string, to: string, steps = '50') => ({ from, to, steps });

describe('sweep form', () => {
  it('starts on the whole valid range with 50 steps', () => {
    expect(defaultDraft(workers, workersRange)).toEqual(draft('2', '50'));
    expect(DEFAULT_STEPS).toBe(50);
    expect(defaultDraft(arr, arrRange)).toEqual(draft('301000', '12000000'));
    expect(checkSweep(workers, workersRange, draft('2', '50'))).toEqual({
      ok: true,
      from: 2,
      to: 50,
      steps: 50,
    });
  });

  it('reads separators and a dollar sign, and refuses words', () => {
    expect(readNumber('$1,200,000.50')).toBe(1200000.5);
    expect(readNumber(' 12 ')).toBe(12);
    expect(readNumber('12k')).toBeNull();
    expect(readNumber('')).toBeNull();
    expect(readNumber('1e3')).toBeNull();
  });

  it('says which field is wrong and why, in the parameter’s units', () => {
    const issues = (
      d: ReturnType<typeof draft>,
      p: SweepParameter = workers,
      r = workersRange,
    ) => {
      const check = checkSweep(p, r, d);
      if (check.ok) throw new Error('expected issues');
      return check.issues;
    };
    expect(issues(draft('', '50'))).toEqual({
      from: 'From must be a number (workers).',
    });
    expect(issues(draft('2.5', '50')).from).toBe(
      'From must be a whole number (workers).',
    );
    expect(issues(draft('1', '50')).from).toBe(
      'From must be between 2 workers and 50 workers: beyond it this line would cross the line of the level beside it.',
    );
    expect(issues(draft('2', '51')).to).toMatch(
      /^To must be between 2 workers and 50 workers/,
    );
    expect(issues(draft('20', '20')).to).toBe(
      'To must be above From (20 workers).',
    );
    expect(issues(draft('30', '20')).to).toBe(
      'To must be above From (30 workers).',
    );
    expect(issues(draft('2', '50', '1')).steps).toBe(
      'Steps must be a whole number from 2 to 200.',
    );
    expect(issues(draft('2', '50', '201')).steps).toBeDefined();
    expect(issues(draft('2', '50', '12.5')).steps).toBeDefined();
    expect(checkSweep(workers, workersRange, draft('2', '50', '200')).ok).toBe(
      true,
    );
    expect(issues(draft('300000', '500000'), arr, arrRange).from).toBe(
      'From must be between $301,000 ARR and $12,000,000 ARR: beyond it this line would cross the line of the level beside it.',
    );
  });

  it('takes ARR in dollars and cents', () => {
    expect(checkSweep(arr, arrRange, draft('$400,000.50', '500000'))).toEqual({
      ok: true,
      from: 400000.5,
      to: 500000,
      steps: 50,
    });
  });

  it('pulls from and to into a narrower range and leaves text as typed', () => {
    const narrower = { ...workersRange, min: 5, max: 30 };
    expect(clampDraft(workers, narrower, draft('2', '50', '9'))).toEqual(
      draft('5', '30', '9'),
    );
    expect(clampDraft(workers, narrower, draft('abc', '20'))).toEqual(
      draft('abc', '20'),
    );
  });
});
