/**
 * The one AG Grid wrapper: modules registered once, our theme, and column
 * defaults (sortable, filterable, resizable; numbers right-aligned and
 * formatted). Screens describe columns as GridColumn and never import AG
 * Grid themselves.
 */
import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type ColDef,
  type GridApi,
  type ICellRendererParams,
  type IRowNode,
  type ValueFormatterParams,
  type ValueGetterParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useState,
} from 'react';
import type { Ref } from 'react';

import { TIERS } from '../../shared/domain';
import {
  formatCount,
  formatMoney,
  formatNumber,
  formatPercent,
} from './format';

ModuleRegistry.registerModules([AllCommunityModule]);

/** Our grid look: the house font and size, dense rows, a quiet header. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  spacing: 5,
  rowHeight: 30,
  headerHeight: 34,
  accentColor: '#1f5fbf',
  borderColor: '#d9dde3',
  headerBackgroundColor: '#f4f6f8',
  foregroundColor: '#1d232b',
  wrapperBorderRadius: 4,
  browserColorScheme: 'light',
});

/** How a column's values are shown, sorted and filtered. */
export type GridColumnKind =
  'text' | 'tier' | 'count' | 'number' | 'money' | 'percent' | 'flag';

export type GridValue = string | number | boolean | null;

/** One column as screens describe it. */
export type GridColumn<Row> = {
  readonly id: string;
  readonly header: string;
  readonly kind: GridColumnKind;
  /** The raw value: money in cents, rates as fractions, tiers by name. */
  readonly value: (row: Row) => GridValue;
  readonly width?: number;
  readonly pinned?: boolean;
  readonly tooltip?: string;
  /** Digits after the point for `number` columns (default 1). */
  readonly digits?: number;
  readonly hidden?: boolean;
  /** A button in every row's cell instead of a value (a row's own action). */
  readonly action?: GridAction<Row>;
};

/** A per-row button: its text, what it says it does, and its click. */
export type GridAction<Row> = {
  readonly label: string;
  readonly title: (row: Row) => string;
  readonly testId: string;
  readonly onClick: (row: Row) => void;
};

function actionColDef<Row>(action: GridAction<Row>): ColDef<Row> {
  return {
    sortable: false,
    filter: false,
    resizable: false,
    getQuickFilterText: () => '',
    cellRenderer: (params: ICellRendererParams<Row>) => {
      const row = params.data;
      if (row === undefined) return null;
      return (
        <button
          type="button"
          className="ui-grid__action"
          data-testid={action.testId}
          title={action.title(row)}
          onClick={() => action.onClick(row)}
        >
          {action.label}
        </button>
      );
    },
  };
}

const NUMERIC_KINDS: readonly GridColumnKind[] = [
  'count',
  'number',
  'money',
  'percent',
];

/** Whether a column kind holds numbers (right-aligned, number filter). */
export function isNumericKind(kind: GridColumnKind): boolean {
  return NUMERIC_KINDS.includes(kind);
}

/** The value as AG Grid sorts and filters it: dollars for money, % for rates. */
export function toGridValue(kind: GridColumnKind, value: GridValue): GridValue {
  if (typeof value !== 'number') return value;
  if (Number.isNaN(value)) return null;
  if (kind === 'money') return value / 100;
  if (kind === 'percent') return value * 100;
  return value;
}

/** The text a cell shows for a value already passed through toGridValue. */
export function formatGridValue(
  kind: GridColumnKind,
  value: GridValue,
  currency: string,
  digits = 1,
): string {
  if (value === null || value === undefined) return '—';
  switch (kind) {
    case 'money':
      return formatMoney((value as number) * 100, currency);
    case 'percent':
      return formatPercent((value as number) / 100);
    case 'count':
      return formatCount(value as number);
    case 'number':
      return formatNumber(value as number, digits);
    case 'flag':
      return value ? 'Yes' : 'No';
    case 'tier':
    case 'text':
      return String(value);
  }
}

function compareTiers(a: unknown, b: unknown): number {
  const rank = (v: unknown) => {
    const i = TIERS.indexOf(v as (typeof TIERS)[number]);
    return i < 0 ? TIERS.length : i;
  };
  return rank(a) - rank(b);
}

function filterFor(kind: GridColumnKind): string {
  return isNumericKind(kind) ? 'agNumberColumnFilter' : 'agTextColumnFilter';
}

/** AG Grid column definitions for our column descriptions. */
export function toColDefs<Row>(
  columns: readonly GridColumn<Row>[],
  currency: string,
): ColDef<Row>[] {
  return columns.map((column) => ({
    colId: column.id,
    headerName: column.header,
    headerTooltip: column.tooltip,
    hide: column.hidden,
    pinned: column.pinned ? 'left' : undefined,
    width: column.width,
    // Numbers align right in their cells only: AG Grid's right-aligned
    // header moves the filter icon to the far left, where it reads as an
    // empty column of its own.
    cellClass: isNumericKind(column.kind) ? 'ag-right-aligned-cell' : undefined,
    filter: filterFor(column.kind),
    comparator: column.kind === 'tier' ? compareTiers : undefined,
    valueGetter: (params: ValueGetterParams<Row>) =>
      params.data ? toGridValue(column.kind, column.value(params.data)) : null,
    valueFormatter: (params: ValueFormatterParams<Row>) =>
      formatGridValue(column.kind, params.value, currency, column.digits),
    ...(column.action ? actionColDef(column.action) : {}),
  }));
}

const defaultColDef: ColDef = {
  sortable: true,
  resizable: true,
  filter: true,
  floatingFilter: false,
  minWidth: 70,
};

/** What a screen can ask of its grid. */
export type DataGridHandle<Row> = {
  /** The rows left after filters and search, in the grid's sort order. */
  getDisplayedRows: () => Row[];
};

export type DataGridProps<Row> = {
  readonly rows: readonly Row[];
  readonly columns: readonly GridColumn<Row>[];
  /**
   * A stable row id. NOTE: required; without one, the quick filter of
   * AG Grid 36 matched wrongly here (nothing for one word, all for another).
   */
  readonly getRowId: (row: Row) => string;
  readonly testId: string;
  readonly currency?: string;
  /** Free text matched against every cell. */
  readonly quickFilter?: string;
  /** An extra filter of the screen's own (e.g. tier changes only). */
  readonly rowFilter?: ((row: Row) => boolean) | null;
  /** Called with the number of rows on show whenever it may change. */
  readonly onDisplayedCountChange?: (count: number) => void;
  readonly height?: number | string;
  /** Off in jsdom tests, which render only the rows in the buffer. */
  readonly virtualise?: boolean;
  /** Called with a row the user double-clicks. */
  readonly onRowDoubleClick?: (row: Row) => void;
  readonly ref?: Ref<DataGridHandle<Row>>;
};

/** A sortable, filterable, virtualised grid of rows. */
export function DataGrid<Row>(props: DataGridProps<Row>) {
  const { rows, columns, getRowId, rowFilter, ref } = props;
  const [api, setApi] = useState<GridApi<Row> | null>(null);
  const currency = props.currency ?? 'USD';
  const colDefs = useMemo(
    () => toColDefs(columns, currency),
    [columns, currency],
  );
  const rowData = useMemo(() => [...rows], [rows]);

  useEffect(() => {
    api?.onFilterChanged();
  }, [api, rowFilter]);

  useImperativeHandle(
    ref,
    () => ({ getDisplayedRows: () => (api ? displayedRows(api) : [...rows]) }),
    [api, rows],
  );

  const { onDisplayedCountChange } = props;
  const reportCount = useCallback(
    (gridApi: GridApi<Row>) =>
      onDisplayedCountChange?.(gridApi.getDisplayedRowCount()),
    [onDisplayedCountChange],
  );

  return (
    <div
      className="ui-grid"
      data-testid={props.testId}
      style={{ height: props.height ?? 480 }}
    >
      <AgGridReact<Row>
        theme={gridTheme}
        loadThemeGoogleFonts={false}
        rowData={rowData}
        columnDefs={colDefs}
        defaultColDef={defaultColDef as ColDef<Row>}
        getRowId={(params) => getRowId(params.data)}
        cacheQuickFilter
        quickFilterText={props.quickFilter}
        isExternalFilterPresent={() => Boolean(rowFilter)}
        doesExternalFilterPass={(node: IRowNode<Row>) =>
          !rowFilter || (node.data !== undefined && rowFilter(node.data))
        }
        suppressRowVirtualisation={props.virtualise === false}
        suppressColumnVirtualisation={props.virtualise === false}
        enableCellTextSelection
        animateRows={false}
        onGridReady={(event) => setApi(event.api)}
        onRowDoubleClicked={(event) => {
          if (event.data !== undefined) props.onRowDoubleClick?.(event.data);
        }}
        onModelUpdated={(event) => reportCount(event.api)}
      />
    </div>
  );
}

function displayedRows<Row>(api: GridApi<Row>): Row[] {
  const out: Row[] = [];
  api.forEachNodeAfterFilterAndSort((node) => {
    if (node.data !== undefined) out.push(node.data);
  });
  return out;
}
