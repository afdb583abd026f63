import { useMemo } from 'react';

import type { CsmBookRow } from '../../../shared/engine/types';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { formatCount } from '../../ui/format';
import { ExportButtons } from '../../ui/ExportButtons';
import { Panel } from '../../ui/Panel';
import { useTableExport } from '../portfolio/use-portfolio-export';
import { CSM_BOOK_EXPORT_COLUMNS } from './capacity-export';
import {
  countUtilisation,
  toCsmGridRows,
  type CsmGridRow,
} from './capacity-figures';

const CSM_COLUMNS: readonly GridColumn<CsmGridRow>[] = [
  {
    id: 'csm_id',
    header: 'CSM',
    kind: 'text',
    value: (r) => r.csm_id,
    pinned: true,
    width: 130,
  },
  {
    id: 'home_tier',
    header: 'Home tier',
    kind: 'tier',
    value: (r) => r.home_tier,
    width: 120,
  },
  {
    id: 'client_count',
    header: 'Clients',
    kind: 'count',
    value: (r) => r.client_count,
    width: 95,
  },
  {
    id: 'segment_mix',
    header: 'Segment mix',
    kind: 'text',
    value: (r) => r.segment_mix,
    width: 180,
  },
  {
    id: 'workers',
    header: 'Workers',
    tooltip: 'Workers across the CSM\u2019s clients',
    kind: 'count',
    value: (r) => r.total_workers_managed,
    width: 150,
  },
  {
    id: 'mrr',
    header: 'MRR managed',
    kind: 'money',
    value: (r) => r.total_mrr_managed_cents,
    width: 140,
  },
  {
    id: 'utilization',
    header: 'Utilisation',
    kind: 'number',
    digits: 2,
    value: (r) => r.utilization_score,
    tooltip:
      'Sum of 1 / ratio over the CSM\u2019s clients; 1.00 is a full book',
    width: 115,
  },
  {
    id: 'status',
    header: 'Load',
    kind: 'text',
    value: (r) => r.status,
    tooltip:
      'Over ratio: utilisation above 1.00, more clients than the clients-per-CSM ratio allows; the band is the tolerance around 1.00',
    width: 200,
  },
  {
    id: 'client_ids',
    header: 'Client ids',
    kind: 'text',
    value: (r) => r.client_ids,
    width: 320,
  },
];

const csmNoun = (n: number) => `${n.toLocaleString('en-US')} CSMs`;

/** The CSM assignment matrix: each CSM's book and load. */
export function CsmBookPanel({
  book,
  band,
  currency,
  virtualise,
  period = null,
  scenarioName = null,
}: {
  readonly book: readonly CsmBookRow[];
  readonly band: number;
  readonly currency: string;
  readonly virtualise?: boolean;
  readonly period?: string | null;
  readonly scenarioName?: string | null;
}) {
  const exporter = useTableExport({
    rows: book,
    columns: CSM_BOOK_EXPORT_COLUMNS,
    subject: 'csm-book',
    sheet: 'CSM book',
    period,
    scenarioName,
    noun: csmNoun,
  });
  const rows = useMemo(() => toCsmGridRows(book, band), [book, band]);
  const counts = useMemo(() => countUtilisation(book, band), [book, band]);
  const low = (1 - band).toFixed(2);
  const high = (1 + band).toFixed(2);

  return (
    <Panel
      title="CSM book"
      note={`Utilisation band ${low}–${high}`}
      actions={
        <>
          <span className="ui-toolbar__count" data-testid="csm-book-summary">
            {formatCount(book.length)} CSMs ·{' '}
            {formatCount(counts.over + counts['over-band'])} over the ratio ·{' '}
            {formatCount(counts['over-band'] + counts.under)} outside the band
          </span>
          <ExportButtons
            testId="csm-book-export"
            busy={exporter.busy}
            disabled={book.length === 0}
            onExport={(format) => void exporter.run(format)}
          />
        </>
      }
    >
      {book.length === 0 ? (
        <p className="ui-flag-line">
          No client has a CSM in this period (map a csm_id column on import to
          see each CSM&apos;s book).
        </p>
      ) : (
        <DataGrid
          testId="csm-book-grid"
          rows={rows}
          columns={CSM_COLUMNS}
          getRowId={(row) => row.csm_id}
          currency={currency}
          height={420}
          virtualise={virtualise}
        />
      )}
    </Panel>
  );
}
