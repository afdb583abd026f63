import { describe, expect, it } from 'vitest';

import {
  describeArrRange,
  describeSizeRange,
} from '../../../../renderer/features/scenario/policy-fields';
import { DEFAULT_POLICY, type Policy } from '../../../../shared/policy';

const withBasis = (size_basis: Policy['size_basis']): Policy => ({
  ...DEFAULT_POLICY,
  size_basis,
});

describe('the size each tier covers, in the editor header', () => {
  it('reads the ARR bands of DESIGN.md exactly, ends included or not', () => {
    expect(
      (['SMB', 'Mid-Market', 'Enterprise', 'Strategic'] as const).map((t) =>
        describeArrRange(DEFAULT_POLICY, t),
      ),
    ).toEqual([
      'under $60,000 ARR',
      '$60,000 to under $300,000 ARR',
      '$300,000 to $1,200,000 ARR',
      'above $1,200,000 ARR',
    ]);
  });

  it('follows the size basis', () => {
    expect(describeSizeRange(withBasis('workers'), 'Mid-Market')).toBe(
      '11–50 workers',
    );
    expect(describeSizeRange(withBasis('arr'), 'Mid-Market')).toBe(
      '$60,000 to under $300,000 ARR',
    );
    expect(describeSizeRange(withBasis('higher'), 'Strategic')).toBe(
      '201+ workers · above $1,200,000 ARR',
    );
  });
});
