import { useMemo, useState } from 'react';

import type { BridgeRow } from '../../../../shared/scenario/types';
import { useWorkspaceStore } from '../../../app/workspace-store';
import { Chart } from '../../../ui/chart';
import { formatMoney } from '../../../ui/format';
import { Panel } from '../../../ui/Panel';
import { PairPickers, usePair } from '../compare/PairPickers';
import { axisFloor, buildBridgeChart } from './bridge-chart';
import { BRIDGE_COLUMNS, bridgeLabel, waterfallSteps } from './bridge-rows';

const DEFINITION =
  'Monthly gross profit: revenue less cost to serve over clients with known revenue. ' +
  'Volume: clients that gain or lose a service tier; tier mix: clients that move between tiers ' +
  '(both at the first policy’s economics); price: the second policy’s pricing; ' +
  'cost to serve: its ratios and cost drivers. The parts add up to the change to the cent.';

/**
 * The margin bridge between two policies: per service tier and in total,
 * gross profit before, its change split into volume, tier mix, price and
 * cost-to-serve effects, and after; a waterfall of the row picked.
 */
export function BridgeTab() {
  const pair = usePair();
  const currency = useWorkspaceStore((s) => s.currency);
  const [segment, setSegment] = useState('Total');
  const rows = pair.output?.bridge ?? null;
  const picked =
    rows?.find((r) => bridgeLabel(r.segment) === segment) ?? rows?.at(-1);
  const option = useMemo(
    () => (picked ? buildBridgeChart(picked, currency) : null),
    [picked, currency],
  );

  return (
    <>
      <Panel
        title="Margin bridge"
        note={
          pair.from && pair.to
            ? `Gross profit per month, ${pair.from.name} → ${pair.to.name}`
            : undefined
        }
      >
        <div className="ui-toolbar">
          <PairPickers />
          <label className="ui-toggle">
            <span className="muted">Segment</span>
            <select
              data-testid="bridge-segment"
              value={segment}
              onChange={(e) => setSegment(e.target.value)}
            >
              {(rows ?? []).map((r) => (
                <option
                  key={bridgeLabel(r.segment)}
                  value={bridgeLabel(r.segment)}
                >
                  {r.segment ?? 'Total (all tiers)'}
                </option>
              ))}
            </select>
          </label>
        </div>
        {picked && option ? (
          <>
            <Chart
              option={option}
              height={300}
              testId="bridge-chart"
              label={`Margin bridge waterfall, ${segment}`}
            />
            {axisFloor(waterfallSteps(picked)) > 0 && (
              <p className="ui-flag-line">
                The value axis starts above $0 so the effects can be seen.
              </p>
            )}
          </>
        ) : (
          <p className="ui-flag-line">
            {pair.error ? `Could not be computed: ${pair.error}` : 'Computing…'}
          </p>
        )}
      </Panel>
      <Panel title="Bridge by service tier" note="Monthly gross profit">
        {rows && <BridgeTable rows={rows} currency={currency} />}
        <p className="ui-flag-line">{DEFINITION}</p>
      </Panel>
    </>
  );
}

/** The bridge's rows: each tier, then the total; every cell from BridgeRow. */
export function BridgeTable({
  rows,
  currency,
}: {
  readonly rows: readonly BridgeRow[];
  readonly currency: string;
}) {
  return (
    <table className="ui-table sc-bridge" data-testid="bridge-table">
      <thead>
        <tr>
          <th scope="col">Service tier</th>
          {BRIDGE_COLUMNS.map((c) => (
            <th key={c.id} scope="col" className="ui-num">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const label = bridgeLabel(row.segment);
          return (
            <tr
              key={label}
              data-testid={`bridge-row-${label}`}
              className={row.segment === null ? 'ui-table__total' : undefined}
            >
              <th scope="row">{label}</th>
              {BRIDGE_COLUMNS.map((c) => (
                <td
                  key={c.id}
                  className={`ui-num${partClass(c.id, row[c.field])}`}
                  data-testid={`bridge-${c.id}-${label}`}
                >
                  {formatMoney(row[c.field], currency, true)}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

// Effects in the colours of the waterfall: gains green, losses red.
function partClass(id: string, value: number): string {
  if (id === 'before' || id === 'after' || value === 0) return '';
  return value > 0 ? ' sc-bridge--up' : ' sc-bridge--down';
}
