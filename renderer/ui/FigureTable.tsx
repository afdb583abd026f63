import type { ReactNode } from 'react';

import { tierDeltaDirection, type DeltaDirection } from './delta';
import { Figure, type FigureProps } from './Figure';
import type { FigureKind } from './format';

/** A figure read from a row's economics: a table column's definition. */
export type FigureMetric<Source> = {
  /** Part of the figure's data-testid: `<prefix>-<id>-<row key>`. */
  readonly id: string;
  readonly header: string;
  readonly kind: FigureKind;
  readonly direction: DeltaDirection;
  /**
   * Whether the figure follows the row's clients (a count, a sum or an
   * average over them): in a row clients moved into or out of, its delta
   * has no direction.
   */
  readonly followsClients?: boolean;
  /** What the header means, shown on hover. */
  readonly tip?: string;
  readonly get: (source: Source) => number | null;
};

/** A table row: the figures on show and, with a scenario, the baseline's. */
export type FigureRow<Source> = {
  readonly key: string;
  readonly label: string;
  readonly current: Source;
  /** Undefined when no scenario is active (no deltas are shown). */
  readonly baseline?: Source;
  /** Clients moved into or out of the row's tier (see `clientsMoved`). */
  readonly moved?: boolean;
};

/**
 * The column of a metric: each row's current figure with its delta
 * against the row's baseline; `suffix` adds a mark after a value.
 */
export function toMetricColumn<Source, Row extends FigureRow<Source>>(
  metric: FigureMetric<Source>,
  options: {
    readonly testIdPrefix: string;
    readonly currency: string;
    readonly suffix?: (row: Row) => ReactNode;
  },
): FigureColumn<Row> {
  return {
    id: metric.id,
    header: metric.header,
    tip: metric.tip,
    figure: (row) => ({
      testId: `${options.testIdPrefix}-${metric.id}-${row.key}`,
      kind: metric.kind,
      value: metric.get(row.current),
      baseline: row.baseline ? metric.get(row.baseline) : undefined,
      direction: tierDeltaDirection(metric.direction, {
        followsClients: metric.followsClients,
        moved: row.moved,
      }),
      currency: options.currency,
      suffix: options.suffix?.(row),
    }),
  };
}

/** One column of a figure table: its header and each row's figure. */
export type FigureColumn<Row> = {
  readonly id: string;
  readonly header: string;
  readonly tip?: string;
  /** The row's figure in this column; null leaves the cell empty. */
  readonly figure: (row: Row) => FigureProps | null;
};

/**
 * A table of figures by tier, one row a tier and a total row last, each
 * figure with its delta against the baseline when a scenario is active.
 * Segments, Capacity and the scenario summary all lay out this way.
 */
export function FigureTable<Row extends { key: string; label: string }>({
  rows,
  columns,
  testId,
  rowTestId,
}: {
  readonly rows: readonly Row[];
  readonly columns: readonly FigureColumn<Row>[];
  readonly testId: string;
  /** Prefix of each row's data-testid (`segment-row` → `segment-row-SMB`). */
  readonly rowTestId?: string;
}) {
  return (
    <table className="ui-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">Service tier</th>
          {columns.map((column) => (
            <th
              key={column.id}
              scope="col"
              className="ui-num"
              title={column.tip}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.key}
            data-testid={rowTestId ? `${rowTestId}-${row.key}` : undefined}
            className={row.key === 'total' ? 'ui-table__total' : undefined}
          >
            <th scope="row">{row.label}</th>
            {columns.map((column) => {
              const figure = column.figure(row);
              return (
                <td key={column.id} className="ui-num">
                  {figure && <Figure {...figure} />}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
