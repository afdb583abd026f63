/**
 * The file import: reading CSV and workbook files into tables, proposing
 * and overriding column mappings, and importing client lists or line-level
 * lists into client columns with a per-record report. The UI's worker and
 * the command line both go through these functions only.
 */
export * from './types';
export { readTable, isWorkbook, type ReadTableOptions } from './read-table';
export { getCell, getRecord } from './cell-store';
export { proposeMapping, applyMapOverrides, isField } from './mapping';
export { compactLabel, matchAlias } from './aliases';
export { importClients } from './import-clients';
export { importLines, type ImportLinesOptions } from './import-lines';
export { mergeClientFields, looksLineLevel, type MergeResult } from './merge';
export type { ImportOptions } from './import-context';
export {
  normalizePeriod,
  parsePeriod,
  periodEndDate,
  periodStartDate,
  quarterOfDate,
  type Period,
} from './period';
export { mapIndustry } from './values/industry';
