import { Fragment, useMemo, useState } from 'react';

import type { BridgeRow } from '../../../../shared/scenario/types';
import { useWorkspaceStore } from '../../../app/workspace-store';
import { Chart } from '../../../ui/chart';
import {
  formatMoney,
  formatPercent,
  formatPointsDelta,
} from '../../../ui/format';
import { Panel } from '../../../ui/Panel';
import type { PairOutput } from '../../../worker/messages';
import { PairPickers, usePair } from '../compare/PairPickers';
import { axisFloor, buildBridgeChart } from './bridge-chart';
import {
  BRIDGE_COLUMNS,
  bridgeLabel,
  rowMargins,
  waterfallSteps,
  type RowMargins,
} from './bridge-rows';

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
  const output = pair.output;
  const margins = useMemo(
    () => (picked && output ? marginsOf(picked, output) : null),
    [picked, output],
  );
  const option = useMemo(
    () => (picked ? buildBridgeChart(picked, currency, margins) : null),
    [picked, currency, margins],
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
            {margins && (
              <MarginCaption margins={margins} segment={picked.segment} />
            )}
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
        {rows && pair.output && (
          <BridgeTable rows={rows} output={pair.output} currency={currency} />
        )}
        <p className="ui-flag-line">{DEFINITION}</p>
      </Panel>
    </>
  );
}

/** A row's margins from the pair's two sets of figures. */
function marginsOf(row: BridgeRow, output: PairOutput): RowMargins {
  return rowMargins(row, output.before, output.after);
}

/** `Gross margin 62.6 % → 62.9 % (+0.3 pp), all tiers` of the row in the chart. */
function MarginCaption({
  margins,
  segment,
}: {
  readonly margins: RowMargins;
  readonly segment: BridgeRow['segment'];
}) {
  const change =
    margins.before === null || margins.after === null
      ? ''
      : formatPointsDelta(margins.after - margins.before) || '±0 pp';
  return (
    <p className="sc-bridge__margin" data-testid="bridge-margin">
      Gross margin {formatPercent(margins.before)} →{' '}
      {formatPercent(margins.after)}
      {change && ` (${change})`}, {segment ?? 'all tiers'}
    </p>
  );
}

/**
 * The bridge's rows: each tier, then the total; every money cell from
 * BridgeRow, the margins from each policy's own figures.
 */
export function BridgeTable({
  rows,
  output,
  currency,
}: {
  readonly rows: readonly BridgeRow[];
  readonly output: PairOutput;
  readonly currency: string;
}) {
  return (
    <table className="ui-table sc-bridge" data-testid="bridge-table">
      <thead>
        <tr>
          <th scope="col">Service tier</th>
          {BRIDGE_COLUMNS.map((c) => (
            <Fragment key={c.id}>
              <th scope="col" className="ui-num">
                {c.header}
              </th>
              {isEnd(c.id) && (
                <th scope="col" className="ui-num">
                  Margin {c.id}
                </th>
              )}
            </Fragment>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const label = bridgeLabel(row.segment);
          const margins = marginsOf(row, output);
          return (
            <tr
              key={label}
              data-testid={`bridge-row-${label}`}
              className={row.segment === null ? 'ui-table__total' : undefined}
            >
              <th scope="row">{label}</th>
              {BRIDGE_COLUMNS.map((c) => (
                <Fragment key={c.id}>
                  <td
                    className={`ui-num${partClass(c.id, row[c.field])}`}
                    data-testid={`bridge-${c.id}-${label}`}
                  >
                    {formatMoney(row[c.field], currency, true)}
                  </td>
                  {isEnd(c.id) && (
                    <td
                      className="ui-num"
                      data-testid={`bridge-margin-${c.id}-${label}`}
                    >
                      {formatPercent(margins[c.id])}
                    </td>
                  )}
                </Fragment>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

// Gross profit before and after are each followed by the margin it gives.
function isEnd(id: string): id is 'before' | 'after' {
  return id === 'before' || id === 'after';
}

// Effects in the colours of the waterfall: gains green, losses red.
function partClass(id: string, value: number): string {
  if (id === 'before' || id === 'after' || value === 0) return '';
  return value > 0 ? ' sc-bridge--up' : ' sc-bridge--down';
}
