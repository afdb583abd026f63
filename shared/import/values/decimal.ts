/**
 * Decimal numbers read exactly from their text: US style `1,200.50`,
 * European `1.200.000,00`, spaces / U+00A0 / U+202F / `'` as group marks,
 * a sign (`+`, `-`, U+2212) and exponent form `7.5E+09`. Values stay digit
 * strings until scaled to integers (cents, ppm) by string manipulation.
 */

/** Which mark separates the decimals: `.` (US/UK) or `,` (most of Europe). */
export type NumberStyle = 'dot' | 'comma';

/** ±int.frac as digit strings; int has no leading zeros ('' for zero). */
export type Decimal = {
  readonly negative: boolean;
  readonly int: string;
  readonly frac: string;
};

const SPACE_GROUP = /[ \u00a0\u202f\u2009\u2007]/;
const EXPONENT = /^(\d+)(?:\.(\d+))?[eE]([+-]?\d{1,3})$/;

/** Parses a bare number (no currency, no %) in the given style, or null. */
export function parseDecimal(text: string, style: NumberStyle): Decimal | null {
  let body = text.trim();
  const first = body.charCodeAt(0);
  const negative = first === 45 || first === 0x2212;
  if (negative || first === 43) body = body.slice(1).trimStart();
  if (body === '') return null;
  const exponent = EXPONENT.exec(body);
  if (exponent) return fromExponent(negative, exponent);
  const mark = style === 'dot' ? '.' : ',';
  const at = body.indexOf(mark);
  if (at !== body.lastIndexOf(mark)) return null;
  const intText = at < 0 ? body : body.slice(0, at);
  const frac = at < 0 ? '' : body.slice(at + 1);
  if (at >= 0 && !/^\d+$/.test(frac)) return null;
  const int = readGroupedInteger(intText, style === 'dot' ? ',' : '.');
  if (int === null || (intText === '' && frac === '')) return null;
  return { negative, int, frac };
}

/** Digits of an integer part whose groups (if any) are 1–3 then 3 each. */
function readGroupedInteger(text: string, groupMark: string): string | null {
  if (/^\d*$/.test(text)) return stripZeros(text);
  const separator = text.includes(groupMark)
    ? groupMark
    : SPACE_GROUP.test(text)
      ? 'space'
      : text.includes("'") || text.includes('\u2019')
        ? 'apostrophe'
        : null;
  if (separator === null) return null;
  const groups = splitGroups(text, separator);
  if (
    !groups.every(
      (g, i) => /^\d+$/.test(g) && (i === 0 ? g.length <= 3 : g.length === 3),
    )
  ) {
    return null;
  }
  return stripZeros(groups.join(''));
}

function splitGroups(text: string, separator: string): string[] {
  if (separator === 'space') return text.split(SPACE_GROUP);
  if (separator === 'apostrophe') return text.split(/['\u2019]/);
  return text.split(separator);
}

function stripZeros(digits: string): string {
  return digits.replace(/^0+/, '');
}

function fromExponent(negative: boolean, match: RegExpExecArray): Decimal {
  const digits = match[1]! + (match[2] ?? '');
  const point = match[1]!.length + Number(match[3]);
  const padded =
    point <= 0 ? '0'.repeat(-point) + digits : digits.padEnd(point, '0');
  const at = Math.max(0, point);
  return {
    negative,
    int: stripZeros(padded.slice(0, at)),
    frac: padded.slice(at).replace(/0+$/, ''),
  };
}

/**
 * What one value says about its column's style: a decimal mark it proves,
 * or null when it proves nothing (`5.000` and `1,200` read both ways).
 */
export function numberStyleEvidence(text: string): NumberStyle | null {
  const body = text.replace(/[^\d.,]/g, '');
  const dot = body.lastIndexOf('.');
  const comma = body.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) return dot > comma ? 'dot' : 'comma';
  if (dot < 0 && comma < 0) return null;
  const mark = dot >= 0 ? '.' : ',';
  const at = Math.max(dot, comma);
  const marks = body.split(mark).length - 1;
  const own: NumberStyle = mark === '.' ? 'dot' : 'comma';
  const other: NumberStyle = mark === '.' ? 'comma' : 'dot';
  if (marks > 1) return other;
  const before = body.slice(0, at);
  if (before === '' || /^0+$/.test(before)) return own;
  return body.length - at - 1 === 3 ? null : own;
}

/** True when the decimal has no non-zero fraction digits. */
export function isWholeDecimal(d: Decimal): boolean {
  return /^0*$/.test(d.frac);
}

/** True when the decimal is zero (any sign). */
export function isZeroDecimal(d: Decimal): boolean {
  return d.int === '' && isWholeDecimal(d);
}

/**
 * The decimal × 10^scale as an integer, rounded half away from zero at
 * the first dropped digit; NaN beyond 2^53.
 */
export function decimalToScaled(d: Decimal, scale: number): number {
  const frac = d.frac.padEnd(scale, '0');
  const digits = (d.int + frac.slice(0, scale)).replace(/^0+/, '') || '0';
  const roundUp = (frac.charCodeAt(scale) || 48) >= 53;
  const magnitude = Number(digits) + (roundUp ? 1 : 0);
  if (!Number.isSafeInteger(magnitude)) return NaN;
  return d.negative && magnitude !== 0 ? -magnitude : magnitude;
}

/** The decimal as the nearest double (for values like health 7.5). */
export function decimalToNumber(d: Decimal): number {
  const value = Number(`${d.int || '0'}.${d.frac || '0'}`);
  return d.negative && value !== 0 ? -value : value;
}
