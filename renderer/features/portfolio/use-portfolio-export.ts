import { useCallback, useState } from 'react';

import { periodEndDate } from '../../../shared/import/index';
import { notify } from '../../app/notifications-store';
import { logger, saveFile } from '../../platform/index';
import {
  exportFileName,
  getExportColumns,
  toCsv,
  toExportTable,
  toXlsx,
  type ExportColumn,
  type ExportContext,
} from './portfolio-export';
import type { PortfolioRow } from './portfolio-rows';

const MIME = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export type ExportFormat = keyof typeof MIME;

/** What one export wrote: the file's name and how many rows. */
export type ExportDone = { readonly name: string; readonly rows: number };

/**
 * An export action with its busy state: `write` saves the file (null when
 * the user cancelled); saved files are announced, failures shown.
 */
export function useExportAction(
  write: (format: ExportFormat) => Promise<ExportDone | null>,
  noun: (rows: number) => string,
) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const run = useCallback(
    async (format: ExportFormat) => {
      setBusy(format);
      try {
        const saved = await write(format);
        if (saved) {
          notify({
            kind: 'info',
            message: `Exported ${noun(saved.rows)} to ${saved.name}.`,
          });
        }
      } catch (error) {
        logger.error(`${format} export failed`, error as Error);
        notify({
          kind: 'error',
          message: `The export could not be saved: ${(error as Error).message}. Try another folder or file name.`,
        });
      } finally {
        setBusy(null);
      }
    },
    [write, noun],
  );

  return { busy, run };
}

/**
 * Writes rows as CSV or XLSX under `name` through the platform's save
 * dialog or a download; what was saved, or null when cancelled.
 */
export async function saveTable<Row>(options: {
  readonly rows: readonly Row[];
  readonly columns: readonly ExportColumn<Row>[];
  readonly format: ExportFormat;
  readonly name: string;
  readonly sheet: string;
  readonly context?: ExportContext;
}): Promise<ExportDone | null> {
  const { rows, columns, format, name } = options;
  const context = options.context ?? { reassessedDate: null };
  const table = toExportTable(rows, columns, context);
  const data =
    format === 'csv'
      ? toCsv(table)
      : await toXlsx(table, columns, options.sheet);
  const saved = await saveFile(name, data, MIME[format]);
  return saved ? { name, rows: rows.length } : null;
}

/**
 * The export action of a small table on show: every row, under a file
 * name of `subject`, the period and the scenario.
 */
export function useTableExport<Row>(options: {
  readonly rows: readonly Row[];
  readonly columns: readonly ExportColumn<Row>[];
  readonly subject: string;
  readonly sheet: string;
  readonly period: string | null;
  readonly scenarioName: string | null;
  readonly noun: (rows: number) => string;
}) {
  const { rows, columns, subject, sheet, period, scenarioName, noun } = options;
  const write = useCallback(
    (format: ExportFormat) =>
      saveTable({
        rows,
        columns,
        format,
        sheet,
        name: exportFileName(period, scenarioName, format, subject),
      }),
    [rows, columns, subject, sheet, period, scenarioName],
  );
  return useExportAction(write, noun);
}

const clientsNoun = (n: number) => `${n.toLocaleString('en-US')} clients`;

/**
 * Saves the rows on show (after filters, in the grid's order) as CSV or
 * XLSX through the platform's save dialog or a download.
 */
export function usePortfolioExport(options: {
  readonly getRows: () => readonly PortfolioRow[];
  readonly period: string | null;
  readonly scenarioName: string | null;
}) {
  const { getRows, period, scenarioName } = options;
  const write = useCallback(
    (format: ExportFormat) =>
      saveTable({
        rows: getRows(),
        columns: getExportColumns(scenarioName !== null),
        format,
        name: exportFileName(period, scenarioName, format),
        sheet: 'Clients',
        context: { reassessedDate: period ? periodEndDate(period) : null },
      }),
    [getRows, period, scenarioName],
  );
  return useExportAction(write, clientsNoun);
}
