import { Fragment, useMemo } from 'react';

import { formatCountOf } from '../../../ui/format';
import type { CompareOutput } from '../../../worker/messages';
import {
  COMPARE_FIGURES,
  buildComparison,
  rowLabel,
  type ComparisonRow,
} from '../scenario-comparison';
import { SCENARIO_COLORS } from './compare-charts';
import { CompareValue } from './CompareValue';

/**
 * The baseline and each compared scenario in columns, a block of rows per
 * figure (the four tiers, then all tiers); each scenario figure with its
 * change against the baseline.
 */
export function CompareTable({
  output,
  currency,
}: {
  readonly output: CompareOutput;
  readonly currency: string;
}) {
  const rows = useMemo(() => buildComparison(output), [output]);
  const columns = 2 + output.scenarios.length;

  return (
    <table className="ui-table sc-cmp" data-testid="compare-table">
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col" className="ui-num">
            Baseline
          </th>
          {output.scenarios.map((s, k) => (
            <th key={s.id} scope="col" className="ui-num">
              <span
                className="sc-cmp__swatch"
                style={{ background: SCENARIO_COLORS[k] }}
              />
              {s.name}
              <span
                className="sc-cmp__movers"
                data-testid={`compare-movers-${k}`}
              >
                {formatCountOf(s.moverCount, 'client')} change tier
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {COMPARE_FIGURES.map((figure) => (
          <Fragment key={figure.id}>
            <tr className="sc-cmp__group">
              <th scope="colgroup" colSpan={columns}>
                {figure.label}
              </th>
            </tr>
            {rows
              .filter((row) => row.figure.id === figure.id)
              .map((row) => (
                <CompareRow key={row.key} row={row} currency={currency} />
              ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

function CompareRow({
  row,
  currency,
}: {
  readonly row: ComparisonRow;
  readonly currency: string;
}) {
  const id = `compare-${row.figure.id}-${row.key}`;
  return (
    <tr className={row.key === 'total' ? 'ui-table__total' : undefined}>
      <th scope="row" className="sc-cmp__tier">
        {rowLabel(row.key)}
      </th>
      <td className="ui-num">
        <CompareValue
          testId={`${id}-baseline`}
          kind={row.figure.kind}
          cell={row.baseline}
          withDelta={false}
          currency={currency}
        />
      </td>
      {row.scenarios.map((cell, k) => (
        <td key={k} className="ui-num">
          <CompareValue
            testId={`${id}-${k}`}
            kind={row.figure.kind}
            cell={cell}
            withDelta
            currency={currency}
          />
        </td>
      ))}
    </tr>
  );
}
