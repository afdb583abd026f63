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
} from './portfolio-export';
import type { PortfolioRow } from './portfolio-rows';

const MIME = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export type ExportFormat = keyof typeof MIME;

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
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const run = useCallback(
    async (format: ExportFormat) => {
      setBusy(format);
      try {
        const rows = getRows();
        const saved = await writeExport(rows, format, period, scenarioName);
        if (saved) {
          notify({
            kind: 'info',
            message: `Exported ${rows.length.toLocaleString('en-US')} clients to ${saved}.`,
          });
        }
      } catch (error) {
        logger.error(`portfolio ${format} export failed`, error as Error);
        notify({
          kind: 'error',
          message: `The export could not be saved: ${(error as Error).message}. Try another folder or file name.`,
        });
      } finally {
        setBusy(null);
      }
    },
    [getRows, period, scenarioName],
  );

  return { busy, run };
}

/** Writes the file; its name when saved, null when the user cancelled. */
async function writeExport(
  rows: readonly PortfolioRow[],
  format: ExportFormat,
  period: string | null,
  scenarioName: string | null,
): Promise<string | null> {
  const columns = getExportColumns(scenarioName !== null);
  const reassessedDate = period ? periodEndDate(period) : null;
  const table = toExportTable(rows, columns, { reassessedDate });
  const data = format === 'csv' ? toCsv(table) : await toXlsx(table, columns);
  const name = exportFileName(period, scenarioName, format);
  return (await saveFile(name, data, MIME[format])) ? name : null;
}
