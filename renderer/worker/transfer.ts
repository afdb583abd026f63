/** Helpers for sending columns and results across the worker boundary. */
import {
  CODE_COLUMNS,
  NUMERIC_COLUMNS,
  type ClientColumns,
} from '../../shared/columns';
import type { PortfolioResult } from '../../shared/engine/types';
import type { ImportReport } from '../../shared/import/types';

/** The buffers of the columns' typed arrays, to transfer instead of copy. */
export function columnTransfers(columns: ClientColumns): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const key of [...NUMERIC_COLUMNS, ...CODE_COLUMNS] as const) {
    const { buffer } = columns[key];
    if (buffer instanceof ArrayBuffer) buffers.add(buffer);
  }
  return [...buffers];
}

/**
 * A copy of a result whose typed arrays can be transferred.
 *
 * NOTE: the engine may reuse its per-client arrays between calls, so the
 * originals must stay in the worker; only fresh copies are transferred.
 */
export function copyResultForTransfer(result: PortfolioResult): {
  result: PortfolioResult;
  transfer: ArrayBuffer[];
} {
  const c = result.classification;
  const classification = {
    primary: c.primary.slice(),
    workerTier: c.workerTier.slice(),
    arrTier: c.arrTier.slice(),
    complexity: c.complexity.slice(),
    growth: c.growth.slice(),
    service: c.service.slice(),
  };
  const economics = {
    revenueCents: result.economics.revenueCents.slice(),
    costCents: result.economics.costCents.slice(),
  };
  const arrays = [
    ...Object.values(classification),
    ...Object.values(economics),
  ];
  return {
    result: {
      ...result,
      classification: { ...c, ...classification },
      economics: { ...result.economics, ...economics },
    },
    transfer: arrays.map((a) => a.buffer as ArrayBuffer),
  };
}

/** A report of `count` records all accepted, for stored clients. */
export function emptyReport(count: number): ImportReport {
  return {
    read: count,
    accepted: count,
    rejected: 0,
    skipped: 0,
    rejections: [],
    warnings: [],
    fileWarnings: [],
    skippedRows: [],
  };
}
