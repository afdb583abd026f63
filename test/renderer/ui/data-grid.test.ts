import { describe, expect, it } from 'vitest';

import {
  formatGridValue,
  isNumericKind,
  toColDefs,
  toGridValue,
  type GridColumn,
} from '../../../renderer/ui/data-grid';

type Row = { id: string; tier: string | null; cents: number; share: number };

const columns: GridColumn<Row>[] = [
  { id: 'id', header: 'Id', kind: 'text', value: (r) => r.id, pinned: true },
  { id: 'tier', header: 'Tier', kind: 'tier', value: (r) => r.tier },
  { id: 'mrr', header: 'MRR', kind: 'money', value: (r) => r.cents },
  { id: 'share', header: 'Share', kind: 'percent', value: (r) => r.share },
];

describe('toGridValue', () => {
  it('sorts and filters money in dollars and rates in percent', () => {
    expect(toGridValue('money', 180050)).toBe(1800.5);
    expect(toGridValue('percent', 0.25)).toBe(25);
    expect(toGridValue('count', 7)).toBe(7);
    expect(toGridValue('money', Number.NaN)).toBeNull();
    expect(toGridValue('text', 'x')).toBe('x');
  });
});

describe('formatGridValue', () => {
  it.each([
    ['money', 1800.5, '$1,801'],
    ['percent', 52.25, '52.3 %'],
    ['count', 1500, '1,500'],
    ['flag', true, 'Yes'],
    ['flag', false, 'No'],
    ['tier', 'SMB', 'SMB'],
    ['money', null, '—'],
  ] as const)('%s %s → %s', (kind, value, text) => {
    expect(formatGridValue(kind, value, 'USD')).toBe(text);
  });
});

describe('toColDefs', () => {
  const defs = toColDefs(columns, 'USD');

  it('right-aligns numbers with a number filter, text with a text filter', () => {
    // Right-aligned cells, but not headers (their icons would move left).
    expect(defs.map((d) => d.cellClass)).toEqual([
      undefined,
      undefined,
      'ag-right-aligned-cell',
      'ag-right-aligned-cell',
    ]);
    expect(defs.some((d) => d.type === 'rightAligned')).toBe(false);
    expect(defs.map((d) => d.filter)).toEqual([
      'agTextColumnFilter',
      'agTextColumnFilter',
      'agNumberColumnFilter',
      'agNumberColumnFilter',
    ]);
    expect(defs[0]!.pinned).toBe('left');
    expect(isNumericKind('flag')).toBe(false);
  });

  it('orders tiers smallest first, Unassigned last', () => {
    const compare = defs[1]!.comparator as (a: unknown, b: unknown) => number;
    const sorted = ['Strategic', null, 'SMB', 'Enterprise', 'Mid-Market'].sort(
      compare,
    );
    expect(sorted).toEqual([
      'SMB',
      'Mid-Market',
      'Enterprise',
      'Strategic',
      null,
    ]);
  });

  it('reads and formats a row through the column description', () => {
    const row: Row = { id: 'C1', tier: 'SMB', cents: 250000, share: 0.5 };
    const getter = defs[2]!.valueGetter as (p: { data: Row }) => unknown;
    const formatter = defs[2]!.valueFormatter as (p: {
      value: unknown;
    }) => string;
    const value = getter({ data: row });
    expect(value).toBe(2500);
    expect(formatter({ value })).toBe('$2,500');
  });
});
