import { describe, expect, it } from 'vitest';

import {
  describeEconomics,
  describePosition,
} from '../../../../renderer/features/why-tier/why-tier-text';
import { computePortfolio } from '../../../../shared/engine/index';
import { DEFAULT_POLICY } from '../../../../shared/policy';
import { explainClient } from '../../../../shared/scenario/explain';
import { buildColumns } from '../../../shared/engine/build-columns';

function explain(input: Parameters<typeof buildColumns>[0][number]) {
  const columns = buildColumns([input]);
  const result = computePortfolio(columns, DEFAULT_POLICY);
  return explainClient(columns, { policy: DEFAULT_POLICY, result }, 0);
}

describe('why-tier text', () => {
  it('words ARR distances in money, to the cent where the line has cents', () => {
    const e = explain({ workers: 12, countries: 1, arr: 72000 });
    expect(describePosition('arr', e.arr)).toEqual({
      value: '$72,000',
      level: 'Mid-Market',
      up: 'Enterprise at $300,000: $228,000 more',
      down: 'SMB at $59,999.99: $12,000.01 less',
    });
    const top = explain({ workers: 12, countries: 1, arr: 1200000 });
    expect(describePosition('arr', top.arr).up).toBe(
      'Strategic at $1,200,000.01: $0.01 more',
    );
  });

  it('says when a value is unknown and when there is no tier above or below', () => {
    const e = explain({ countries: 1, mrr: 100 });
    expect(describePosition('workers', e.workers)).toEqual({
      value: 'Unknown',
      level: '—',
      up: '—',
      down: '—',
    });
    const big = explain({ workers: 500, countries: 1, mrr: 100000 });
    expect(describePosition('workers', big.workers).up).toBe(
      'Already the highest',
    );
  });

  it('lists the economics one tier down, now and one up, with no row past the ends', () => {
    const rows = describeEconomics(
      explain({ workers: 3, countries: 1, mrr: 2000 }),
      'USD',
    );
    expect(rows.map((r) => [r.key, r.tier])).toEqual([
      ['one_down', null],
      ['current', 'SMB'],
      ['one_up', 'Mid-Market'],
    ]);
    expect(rows[0]!.note).toBe('Already the lowest tier');
    expect(rows[1]!.target).toBe('above 50.0 %');
    expect(rows[2]!.note).toBe('1 CSM per 20 clients');
  });
});
