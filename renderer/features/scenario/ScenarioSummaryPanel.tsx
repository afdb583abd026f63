import { useMemo } from 'react';

import type { ClientColumns } from '../../../shared/columns';
import type { PortfolioResult } from '../../../shared/engine/types';
import { FigureTable } from '../../ui/FigureTable';
import { formatCount } from '../../ui/format';
import { Panel } from '../../ui/Panel';
import { TierBadge } from '../../ui/TierBadge';
import {
  SUMMARY_METRICS,
  countMovesByPair,
  getSummaryRows,
  getTierMovers,
  type SummaryRow,
} from './scenario-summary';

const MOVERS_SHOWN = 50;

/** Key figures of the scenario against the baseline, per tier. */
export function ScenarioSummaryPanel({
  name,
  baseline,
  scenario,
  currency,
}: {
  readonly name: string;
  readonly baseline: PortfolioResult;
  readonly scenario: PortfolioResult;
  readonly currency: string;
}) {
  const rows = useMemo(
    () => getSummaryRows(baseline, scenario),
    [baseline, scenario],
  );

  return (
    <Panel
      title="Scenario against baseline"
      note={`${name}: figures with their change from the baseline`}
    >
      <FigureTable<SummaryRow>
        rows={rows}
        columns={SUMMARY_METRICS.map((m) => ({
          id: m.id,
          header: m.header,
          figure: (row) => ({
            testId: `summary-${m.id}-${row.key}`,
            kind: m.kind,
            value: row.figures[m.id].value,
            baseline: row.figures[m.id].baseline,
            direction: m.direction,
            currency,
          }),
        }))}
        testId="scenario-summary"
      />
    </Panel>
  );
}

/** The clients whose service tier the scenario changes. */
export function TierMoversPanel({
  columns,
  baseline,
  scenario,
}: {
  readonly columns: ClientColumns;
  readonly baseline: PortfolioResult;
  readonly scenario: PortfolioResult;
}) {
  const pairs = useMemo(
    () => countMovesByPair(baseline, scenario),
    [baseline, scenario],
  );
  const movers = useMemo(
    () => getTierMovers(columns, baseline, scenario, MOVERS_SHOWN),
    [columns, baseline, scenario],
  );
  const total = pairs.reduce((sum, p) => sum + p.count, 0);

  return (
    <Panel
      title="Tier changes"
      note={
        <span data-testid="scenario-movers-count">
          {formatCount(total)} clients change service tier
        </span>
      }
    >
      {total === 0 ? (
        <p className="ui-flag-line">
          No client changes service tier under this scenario.
        </p>
      ) : (
        <div className="sc-movers">
          <table className="ui-table sc-movers__pairs">
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col" className="ui-num">
                  Clients
                </th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((p) => (
                <tr key={`${p.from}-${p.to}`}>
                  <td>
                    <TierBadge tier={p.from} />
                  </td>
                  <td>
                    <TierBadge tier={p.to} />
                  </td>
                  <td className="ui-num">{formatCount(p.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="ui-table" data-testid="scenario-movers">
            <thead>
              <tr>
                <th scope="col">Client id</th>
                <th scope="col">Name</th>
                <th scope="col">Baseline</th>
                <th scope="col">Scenario</th>
              </tr>
            </thead>
            <tbody>
              {movers.map((m) => (
                <tr key={m.index}>
                  <td>{m.client_id}</td>
                  <td>{m.name}</td>
                  <td>
                    <TierBadge tier={m.from} />
                  </td>
                  <td>
                    <TierBadge tier={m.to} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {total > movers.length && (
            <p className="ui-flag-line">
              First {formatCount(movers.length)} of {formatCount(total)}; the
              Portfolio screen lists them all (Tier changes only).
            </p>
          )}
        </div>
      )}
    </Panel>
  );
}
