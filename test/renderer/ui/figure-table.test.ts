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
