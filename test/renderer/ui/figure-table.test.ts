import { describe, expect, it } from 'vitest';

import {
  toMetricColumn,
  type FigureMetric,
  type FigureRow,
} from '../../../renderer/ui/FigureTable';

type Source = { readonly clients: number };
const metric: FigureMetric<Source> = {
  id: 'clients',
  header: 'Clients',
  kind: 'count',
  direction: 'neutral',
  get: (s) => s.clients,
};

describe('toMetricColumn', () => {
  it('reads the current figure, and the baseline only when a row has one', () => {
    const column = toMetricColumn<Source, FigureRow<Source>>(metric, {
      testIdPrefix: 'segment',
      currency: 'EUR',
    });
    const plain = column.figure({
      key: 'SMB',
      label: 'SMB',
      current: { clients: 3 },
    });
    expect(plain).toMatchObject({
      testId: 'segment-clients-SMB',
      value: 3,
      baseline: undefined,
      currency: 'EUR',
    });
    const compared = column.figure({
      key: 'total',
      label: 'Total',
      current: { clients: 5 },
      baseline: { clients: 4 },
    });
    expect(compared).toMatchObject({ value: 5, baseline: 4 });
  });
});

describe('toMetricColumn tones', () => {
  type Tier = { readonly clients: number; readonly revenue: number };
  const revenue: FigureMetric<Tier> = {
    id: 'revenue',
    header: 'Revenue',
    kind: 'money',
    direction: 'higher-is-better',
    followsClients: true,
    get: (s) => s.revenue,
  };
  const margin: FigureMetric<Tier> = {
    ...revenue,
    id: 'margin',
    followsClients: undefined,
  };
  const row = (moved?: boolean): FigureRow<Tier> => ({
    key: 'SMB',
    label: 'SMB',
    current: { clients: 12, revenue: 900 },
    baseline: { clients: 10, revenue: 800 },
    moved,
  });
  const directionOf = (metric: FigureMetric<Tier>, moved?: boolean) =>
    toMetricColumn<Tier, FigureRow<Tier>>(metric, {
      testIdPrefix: 'segment',
      currency: 'USD',
    }).figure(row(moved))?.direction;

  it('gives a figure that follows clients no direction in a row they moved in or out of', () => {
    expect(directionOf(revenue, true)).toBe('neutral');
    expect(directionOf(revenue, false)).toBe('higher-is-better');
    expect(directionOf(revenue)).toBe('higher-is-better');
  });

  it('keeps the direction of a figure that does not follow clients', () => {
    expect(directionOf(margin, true)).toBe('higher-is-better');
  });
});
