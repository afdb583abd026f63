import { useCallback, useMemo, useRef, useState } from 'react';

import { useWorkspaceStore } from '../../app/workspace-store';
import type { DataGridHandle } from '../../ui/data-grid';
import { DataGrid } from '../../ui/data-grid';
import { EmptyState, NO_PORTFOLIO, Panel, Screen } from '../../ui/Panel';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { openWhyTier } from '../why-tier/why-tier-store';
import { WHY_COLUMN, getPortfolioColumns } from './portfolio-columns';
import {
  countTierChanges,
  getPortfolioRows,
  isTierChange,
  type PortfolioRow,
} from './portfolio-rows';
import { PortfolioToolbar } from './PortfolioToolbar';
import { usePortfolioExport } from './use-portfolio-export';

/** Every client with its tiers and economics, searchable and exportable. */
export function PortfolioScreen({ virtualise }: { virtualise?: boolean }) {
  const columns = useWorkspaceStore((s) => s.columns);
  const baseline = useWorkspaceStore((s) => s.baseline);
  const scenario = useWorkspaceStore((s) => s.scenario);
  const currency = useWorkspaceStore((s) => s.currency);
  const period = useWorkspaceStore((s) => s.period);
  const scenarioName = useWorkspaceStore((s) =>
    s.scenario ? (s.scenarioPolicy?.name ?? null) : null,
  );
  const shown = scenario ?? baseline;
  const rows = useMemo(
    () =>
      columns && shown
        ? getPortfolioRows(columns, shown, scenario ? baseline : null)
        : [],
    [columns, shown, scenario, baseline],
  );
  const withBaseline = scenario !== null;
  const gridColumns = useMemo(
    () => [WHY_COLUMN, ...getPortfolioColumns(withBaseline)],
    [withBaseline],
  );
  const movers = useMemo(
    () => (baseline && scenario ? countTierChanges(baseline, scenario) : 0),
    [baseline, scenario],
  );

  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search, 200);
  const [moversOnly, setMoversOnly] = useState(false);
  const [displayed, setDisplayed] = useState<number | null>(null);
  const grid = useRef<DataGridHandle<PortfolioRow>>(null);
  const getRows = useCallback(
    () => grid.current?.getDisplayedRows() ?? rows,
    [rows],
  );
  const exporter = usePortfolioExport({ getRows, period, scenarioName });

  if (!columns || !shown) {
    return (
      <EmptyState name="portfolio" title="Portfolio" message={NO_PORTFOLIO} />
    );
  }

  return (
    <Screen name="portfolio" title="Portfolio">
      <Panel
        title={`Clients${period ? ` · ${period}` : ''}`}
        note={
          scenarioName
            ? `Tiers and economics under ${scenarioName}; double-click a client for why it is in its tier`
            : 'Tiers and economics under the baseline policy; double-click a client for why it is in its tier'
        }
        actions={
          <PortfolioToolbar
            search={search}
            onSearch={setSearch}
            total={rows.length}
            displayed={displayed ?? rows.length}
            movers={scenario ? movers : null}
            moversOnly={moversOnly && scenario !== null}
            onMoversOnly={setMoversOnly}
            busy={exporter.busy}
            onExport={(format) => void exporter.run(format)}
          />
        }
      >
        <DataGrid
          ref={grid}
          testId="portfolio-grid"
          rows={rows}
          columns={gridColumns}
          getRowId={(row) => String(row.client.index)}
          currency={currency}
          quickFilter={query}
          rowFilter={moversOnly && scenario ? isTierChange : null}
          onDisplayedCountChange={setDisplayed}
          onRowDoubleClick={(row) => openWhyTier(row.client.index)}
          height="calc(100vh - 210px)"
          virtualise={virtualise}
        />
      </Panel>
    </Screen>
  );
}
