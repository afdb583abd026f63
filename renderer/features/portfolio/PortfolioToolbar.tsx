import { formatCount } from '../../ui/format';
import type { ExportFormat } from './use-portfolio-export';

export type PortfolioToolbarProps = {
  readonly search: string;
  readonly onSearch: (text: string) => void;
  readonly total: number;
  readonly displayed: number;
  /** Clients the scenario moves; null with no scenario active. */
  readonly movers: number | null;
  readonly moversOnly: boolean;
  readonly onMoversOnly: (on: boolean) => void;
  readonly busy: ExportFormat | null;
  readonly onExport: (format: ExportFormat) => void;
};

/** `1,500 clients`, or `312 of 1,500 clients` when filtered. */
export function formatClientCount(displayed: number, total: number): string {
  const noun = total === 1 ? 'client' : 'clients';
  return displayed === total
    ? `${formatCount(total)} ${noun}`
    : `${formatCount(displayed)} of ${formatCount(total)} ${noun}`;
}

/** Search, the tier-changes filter, the count and the export buttons. */
export function PortfolioToolbar(props: PortfolioToolbarProps) {
  return (
    <div className="ui-toolbar">
      <input
        type="search"
        className="pf-search"
        data-testid="portfolio-search"
        aria-label="Search clients"
        placeholder="Search id, name, tier, industry…"
        value={props.search}
        onChange={(event) => props.onSearch(event.target.value)}
      />
      {props.movers !== null && (
        <label
          className="ui-toggle"
          title="Clients whose service tier the scenario changes"
        >
          <input
            type="checkbox"
            data-testid="portfolio-filter-movers"
            checked={props.moversOnly}
            onChange={(event) => props.onMoversOnly(event.target.checked)}
          />
          Tier changes only ({formatCount(props.movers)})
        </label>
      )}
      <span className="ui-toolbar__count" data-testid="portfolio-count">
        {formatClientCount(props.displayed, props.total)}
      </span>
      <button
        type="button"
        className="button"
        data-testid="portfolio-export-csv"
        disabled={props.busy !== null}
        onClick={() => props.onExport('csv')}
      >
        {props.busy === 'csv' ? 'Exporting…' : 'Export CSV'}
      </button>
      <button
        type="button"
        className="button"
        data-testid="portfolio-export-xlsx"
        disabled={props.busy !== null}
        onClick={() => props.onExport('xlsx')}
      >
        {props.busy === 'xlsx' ? 'Exporting…' : 'Export XLSX'}
      </button>
    </div>
  );
}
