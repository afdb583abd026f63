/**
 * Money cells as CRMs and spreadsheets write them: `$1,200.50`,
 * `USD 59,000`, `60000 USD`, `1.200.000,00 €`, accounting negatives
 * `(1,500.00)`. The parser is strict: `$1.2M` is not an amount.
 */
import {
  decimalToScaled,
  isZeroDecimal,
  parseDecimal,
  type NumberStyle,
} from './decimal';

const SYMBOLS: Readonly<Record<string, string>> = {
  US$: 'USD',
  C$: 'CAD',
  CA$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  HK$: 'HKD',
  S$: 'SGD',
  R$: 'BRL',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  zł: 'PLN',
};

const CODES =
  'USD EUR GBP CAD AUD NZD CHF SEK NOK DKK PLN CZK HUF JPY CNY INR BRL MXN ZAR SGD HKD AED ILS TRY RON KRW';

const TOKEN = [
  ...Object.keys(SYMBOLS).map((s) => s.replace(/\$/g, '\\$')),
  ...CODES.split(' '),
].join('|');
const PREFIX = new RegExp(`^(${TOKEN})\\s*`, 'i');
const SUFFIX = new RegExp(`\\s*(${TOKEN})$`, 'i');

/** A money cell split into currency, sign and the number's text. */
export type MoneyText = {
  readonly currency: string | null;
  readonly negative: boolean;
  readonly body: string;
};

/** How a money cell reads. */
export type MoneyReading =
  | {
      readonly kind: 'ok';
      readonly cents: number;
      readonly currency: string | null;
    }
  | { readonly kind: 'negative'; readonly currency: string | null }
  | { readonly kind: 'invalid'; readonly currency: string | null };

/** ISO code of a currency symbol or code, or null. */
export function currencyCode(token: string): string | null {
  const upper = token.toUpperCase();
  if (CODES.split(' ').includes(upper)) return upper;
  return SYMBOLS[token] ?? SYMBOLS[upper] ?? null;
}

/** Splits the currency and sign off a trimmed money cell. */
export function splitMoney(trimmed: string): MoneyText | null {
  let body = trimmed;
  let negative = false;
  const parens = /^\((.*)\)$/.exec(body);
  if (parens) [body, negative] = [parens[1]!.trim(), true];
  [body, negative] = stripSign(body, negative);
  const prefix = PREFIX.exec(body);
  if (prefix) body = body.slice(prefix[0].length);
  [body, negative] = stripSign(body, negative);
  const suffix = SUFFIX.exec(body);
  if (suffix) body = body.slice(0, body.length - suffix[0].length);
  const currencies = [prefix?.[1], suffix?.[1]].filter((c) => c !== undefined);
  const codes = [...new Set(currencies.map((c) => currencyCode(c)))];
  if (codes.length > 1) return null;
  return { currency: codes[0] ?? null, negative, body: body.trim() };
}

function stripSign(body: string, negative: boolean): [string, boolean] {
  const code = body.charCodeAt(0);
  if (code === 45 || code === 0x2212) return [body.slice(1).trim(), !negative];
  if (code === 43) return [body.slice(1).trim(), negative];
  return [body, negative];
}

/** Reads a trimmed money cell as integer cents (see the module note). */
export function parseMoneyCents(
  trimmed: string,
  style: NumberStyle,
): MoneyReading {
  const split = splitMoney(trimmed);
  if (!split) return { kind: 'invalid', currency: null };
  const { currency, body } = split;
  const decimal = /^[\d.,\s\u00a0\u202f'’]+$/.test(body)
    ? parseDecimal(body, style)
    : null;
  if (!decimal) return { kind: 'invalid', currency };
  const cents = decimalToScaled(decimal, 2);
  if (Number.isNaN(cents)) return { kind: 'invalid', currency };
  const negative = split.negative !== decimal.negative;
  if (negative && !isZeroDecimal(decimal) && cents !== 0) {
    return { kind: 'negative', currency };
  }
  return { kind: 'ok', cents: Math.abs(cents), currency };
}
