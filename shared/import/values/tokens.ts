/**
 * The spellings of "no value" and of spreadsheet errors. A missing value
 * makes a dimension unknown; an Excel error literal is a malformed value.
 * `NA` is missing only in numeric fields: in a country field it is Namibia.
 */

const MISSING = new Set([
  '',
  'n/a',
  '#n/a',
  'null',
  'nan',
  '-',
  '--',
  '–',
  '—',
]);
const MISSING_NUMERIC = new Set([...MISSING, 'na']);

// `#N/A` is listed as missing above: Excel writes it for "no value found".
const EXCEL_ERROR =
  /^#(VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|UNKNOWN!|GETTING_DATA|BLOCKED!|CONNECT!|BUSY!|EXTERNAL!|PYTHON!)$/i;

/** How a field reads the `NA` token. */
export type TokenKind = 'numeric' | 'text';

/** Trimmed cell text: trim() drops every Unicode space, U+00A0, U+202F
 * and a stray U+FEFF included. */
export function cleanCell(raw: string): string {
  return raw.trim();
}

/** True when the trimmed cell is one of the missing-value tokens. */
export function isMissingToken(trimmed: string, kind: TokenKind): boolean {
  if (trimmed.length > 4) return false;
  const folded = trimmed.toLowerCase();
  return (kind === 'numeric' ? MISSING_NUMERIC : MISSING).has(folded);
}

/** True when the trimmed cell is an Excel error literal like `#VALUE!`. */
export function isExcelError(trimmed: string): boolean {
  return trimmed.startsWith('#') && EXCEL_ERROR.test(trimmed);
}
