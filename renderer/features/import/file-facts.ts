/**
 * What the Import screen says about a file it read: its kind in plain
 * words, the sheet or delimiter and encoding, where the header is, and how
 * many records were read and skipped.
 */
import { formatCountOf } from '../../ui/format';
import type { TableSummary } from '../../worker/messages';

type Facts = Pick<
  TableSummary,
  | 'format'
  | 'sheet'
  | 'delimiter'
  | 'encoding'
  | 'headerLine'
  | 'rowCount'
  | 'skippedCount'
>;

function delimiterName(delimiter: string): string {
  if (delimiter === '\t') return 'tab';
  if (delimiter === ',') return 'comma';
  if (delimiter === ';') return 'semicolon';
  return `“${delimiter}”`;
}

/** `Excel workbook, sheet Clients, header on row 3, 40 records, 2 rows skipped`. */
export function describeFileFacts(facts: Facts): string {
  const counts = [
    formatCountOf(facts.rowCount, 'record'),
    `${formatCountOf(facts.skippedCount, 'line')} skipped`,
  ];
  if (facts.format === 'xlsx') {
    const sheet = facts.sheet ? [`sheet ${facts.sheet}`] : [];
    return [
      'Excel workbook',
      ...sheet,
      `header on row ${facts.headerLine}`,
      ...counts.map((c) => c.replace(/\bline/, 'row')),
    ].join(', ');
  }
  const delimiter = facts.delimiter
    ? [`${delimiterName(facts.delimiter)}-separated`]
    : [];
  return [
    `CSV text (${facts.encoding})`,
    ...delimiter,
    `header on line ${facts.headerLine}`,
    ...counts,
  ].join(', ');
}
