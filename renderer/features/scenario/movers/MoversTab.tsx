import {
  useCallback,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';

import type { Mover } from '../../../../shared/scenario/types';
import { useWorkspaceStore } from '../../../app/workspace-store';
import { saveFile } from '../../../platform/index';
import { DataGrid, type DataGridHandle } from '../../../ui/data-grid';
import { ExportButtons } from '../../../ui/ExportButtons';
import { formatCount } from '../../../ui/format';
import { Panel } from '../../../ui/Panel';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { exportFileName } from '../../portfolio/portfolio-export';
import {
  useExportAction,
  type ExportFormat,
} from '../../portfolio/use-portfolio-export';
import { openWhyTier } from '../../why-tier/why-tier-store';
import { moversSheet } from '../compare/compare-export';
import { PairPickers, usePair } from '../compare/PairPickers';
import { sheetToCsv, toWorkbook } from '../compare/workbook';
import {
  MOVER_GRID_COLUMNS,
  TIER_FILTERS,
  moverFilter,
  type TierFilter,
} from './mover-rules';

const MIME = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const NO_MOVERS: readonly Mover[] = [];

/** `312 clients change tier`, or `12 of 312 clients change tier` when filtered. */
export function formatMoversCount(shown: number, total: number): string {
  const verb = total === 1 ? 'client changes tier' : 'clients change tier';
  return shown === total
    ? `${formatCount(total)} ${verb}`
    : `${formatCount(shown)} of ${formatCount(total)} ${verb}`;
}

/** The client index of the grid row an event happened in, if any. */
function rowIndexOf(target: EventTarget | null): number | null {
  const row = (target as Element | null)?.closest?.('[row-id]');
  const id = row?.getAttribute('row-id');
  return id === null || id === undefined ? null : Number(id);
}

/**
 * The clients whose service tier differs between two policies, with the
 * rules that moved them and their revenue and cost in each; filter by
 * tiers, search, export what is on show, open a client's explanation.
 */
export function MoversTab({ virtualise }: { readonly virtualise?: boolean }) {
  const pair = usePair();
  const currency = useWorkspaceStore((s) => s.currency);
  const movers = pair.output?.movers ?? NO_MOVERS;
  const [from, setFrom] = useState<TierFilter>('any');
  const [to, setTo] = useState<TierFilter>('any');
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search, 200);
  const [shown, setShown] = useState<number | null>(null);
  const filter = useMemo(() => moverFilter(from, to), [from, to]);
  const grid = useRef<DataGridHandle<Mover>>(null);
  const exporter = useMoversExport(
    useCallback(
      () => grid.current?.getDisplayedRows() ?? [...movers],
      [movers],
    ),
    `${pair.from?.name ?? ''} to ${pair.to?.name ?? ''}`,
  );

  // The card explains the client under both policies of the pair on show.
  const open = (target: EventTarget | null) => {
    const index = rowIndexOf(target);
    if (index === null || !Number.isInteger(index)) return;
    const { from, to } = pair;
    openWhyTier(
      index,
      from && to
        ? {
            from: { name: from.name, policy: from.policy },
            to: { name: to.name, policy: to.policy },
          }
        : null,
    );
  };

  return (
    <Panel
      title="Who moves"
      note={
        <span data-testid="movers-count">
          {pair.output
            ? formatMoversCount(shown ?? movers.length, movers.length)
            : pair.error
              ? `Could not be computed: ${pair.error}`
              : 'Computing…'}
        </span>
      }
      actions={
        <ExportButtons
          testId="movers-export"
          busy={exporter.busy}
          disabled={!pair.output}
          onExport={(format) => void exporter.run(format)}
        />
      }
    >
      <div className="ui-toolbar sc-movers__tools">
        <PairPickers />
        <TierSelect
          testId="movers-filter-from"
          label="From tier"
          value={from}
          onChange={setFrom}
        />
        <TierSelect
          testId="movers-filter-to"
          label="To tier"
          value={to}
          onChange={setTo}
        />
        <input
          type="search"
          className="pf-search"
          data-testid="movers-search"
          aria-label="Search movers"
          placeholder="Search id, name, rule…"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <span className="muted">
          Double-click a client for why it is in its tier
        </span>
      </div>
      <div
        className="sc-movers__grid"
        onMouseDown={(e: MouseEvent) => {
          // A double-click opens the card; it should not select a word.
          if (e.detail > 1) e.preventDefault();
        }}
        onDoubleClick={(e: MouseEvent) => open(e.target)}
        onKeyDown={(e: KeyboardEvent) => {
          if (e.key === 'Enter') open(e.target);
        }}
      >
        <DataGrid
          ref={grid}
          testId="movers-grid"
          rows={movers}
          columns={MOVER_GRID_COLUMNS}
          getRowId={(m) => String(m.index)}
          currency={currency}
          quickFilter={query}
          rowFilter={filter}
          onDisplayedCountChange={setShown}
          height="calc(100vh - 330px)"
          virtualise={virtualise}
        />
      </div>
    </Panel>
  );
}

function TierSelect({
  testId,
  label,
  value,
  onChange,
}: {
  readonly testId: string;
  readonly label: string;
  readonly value: TierFilter;
  readonly onChange: (value: TierFilter) => void;
}) {
  return (
    <label className="ui-toggle">
      <span className="muted">{label}</span>
      <select
        data-testid={testId}
        value={value}
        onChange={(e) => onChange(e.target.value as TierFilter)}
      >
        {TIER_FILTERS.map((tier) => (
          <option key={tier} value={tier}>
            {tier === 'any' ? 'Any' : tier}
          </option>
        ))}
      </select>
    </label>
  );
}

/** CSV or XLSX of the movers on show (filters and search applied, grid order). */
function useMoversExport(getRows: () => readonly Mover[], pairName: string) {
  const period = useWorkspaceStore((s) => s.period);
  const write = useCallback(
    async (format: ExportFormat) => {
      const rows = getRows();
      const sheet = moversSheet([{ scenario: pairName, movers: rows }], false);
      const data =
        format === 'csv' ? sheetToCsv(sheet) : await toWorkbook([sheet]);
      const name = exportFileName(period, pairName, format, 'movers');
      const saved = await saveFile(name, data, MIME[format]);
      return saved ? { name, rows: rows.length } : null;
    },
    [getRows, pairName, period],
  );
  return useExportAction(write, (n) => `${formatCount(n)} movers`);
}
