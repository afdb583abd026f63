/**
 * A client's countries: a count (`3`) or a list (`US;CA`, `DE|FR`,
 * `US, CA`, names like `Germany`). Items are trimmed, upper-cased,
 * de-duplicated; `UK` reads as `GB` (with a warning) and `NA` is Namibia,
 * never a missing value, in a country field.
 */
import { CODE_ALIASES, codeOfName } from './country-names';
import { isExcelError, isMissingToken } from './tokens';

/** How a country cell reads. */
export type CountryReading =
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'count'; readonly count: number }
  | {
      readonly kind: 'list';
      readonly codes: readonly string[];
      /** Non-ISO codes read as ISO ones, e.g. UK → GB. */
      readonly aliases: readonly {
        readonly from: string;
        readonly to: string;
      }[];
    };

const SEPARATORS = /[;|,\n]/;
const ITEM = /^\p{L}[\p{L} .'’&()-]*$/u;

/** Reads a trimmed country cell (see the module note). */
export function parseCountries(trimmed: string): CountryReading {
  if (isMissingToken(trimmed, 'text')) return { kind: 'missing' };
  if (isExcelError(trimmed)) return { kind: 'invalid' };
  if (/^\d+$/.test(trimmed)) {
    const count = Number(trimmed);
    return count >= 1 ? { kind: 'count', count } : { kind: 'invalid' };
  }
  const items = trimmed
    .split(SEPARATORS)
    .map((item) => item.trim().replace(/\s+/g, ' '))
    .filter((item) => item !== '');
  if (items.length === 0) return { kind: 'missing' };
  return readList(items);
}

function readList(items: readonly string[]): CountryReading {
  const codes = new Set<string>();
  const aliases: { from: string; to: string }[] = [];
  for (const item of items) {
    const upper = item.toUpperCase();
    if (!ITEM.test(upper)) return { kind: 'invalid' };
    const alias = CODE_ALIASES[upper];
    if (alias) aliases.push({ from: upper, to: alias });
    codes.add(
      alias ?? (upper.length === 2 ? upper : (codeOfName(upper) ?? upper)),
    );
  }
  return { kind: 'list', codes: [...codes], aliases };
}

/** A list's distinct codes `;`-joined, the form ClientColumns keeps. */
export function joinCountries(codes: readonly string[]): string {
  return codes.join(';');
}
