import { Figure } from '../../ui/Figure';
import {
  HIRING_METRICS,
  hiringTestId,
  type HiringTableRow,
} from './capacity-figures';

/**
 * CSMs required per tier (ceil of clients / ratio), current CSMs, hires
 * needed and their yearly cost; deltas against the baseline in a scenario.
 */
export function HiringTable({
  rows,
  currency,
}: {
  readonly rows: readonly HiringTableRow[];
  readonly currency: string;
}) {
  return (
    <table className="ui-table" data-testid="hiring-table">
      <thead>
        <tr>
          <th scope="col">Service tier</th>
          {HIRING_METRICS.map((metric) => (
            <th key={metric.id} scope="col" className="ui-num">
              {metric.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.key}
            data-testid={`hiring-row-${row.key}`}
            className={row.key === 'total' ? 'ui-table__total' : undefined}
          >
            <th scope="row">{row.label}</th>
            {HIRING_METRICS.map((metric) => (
              <td key={metric.id} className="ui-num">
                {row.key === 'total' && metric.id === 'ratio' ? null : (
                  <Figure
                    testId={hiringTestId(metric.id, row.key)}
                    kind={metric.kind}
                    value={metric.get(row.current)}
                    baseline={
                      row.baseline ? metric.get(row.baseline) : undefined
                    }
                    direction={metric.direction}
                    currency={currency}
                  />
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
