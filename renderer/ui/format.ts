/** Display formatting of the engine's figures: money, rates, counts. */

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, cents: boolean): Intl.NumberFormat {
  const key = `${currency}:${cents}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: cents ? 2 : 0,
    });
    moneyFormats.set(key, format);
  }
  return format;
}

/**
 * A negative figure written with a true minus sign (U+2212), as the
 * deltas and charts write it, instead of the hyphen Intl and toFixed give;
 * a negative that rounds to zero loses its sign (`$0`, not `−$0`).
 */
export function withMinusSign(text: string): string {
  if (!text.startsWith('-')) return text;
  const rest = text.slice(1);
  return /[1-9]/.test(rest) ? `\u2212${rest}` : rest;
}

/** Integer cents as money, e.g. `$1,800`, `$1,800.50` with cents, `−$12`. */
export function formatMoney(
  cents: number | null,
  currency = 'USD',
  withCents = false,
): string {
  if (cents === null || Number.isNaN(cents)) return '—';
  return withMinusSign(moneyFormat(currency, withCents).format(cents / 100));
}

/** A fraction as a percentage, e.g. 0.5 → `50.0 %`, −0.05 → `−5.0 %`. */
export function formatPercent(fraction: number | null, digits = 1): string {
  if (fraction === null || Number.isNaN(fraction)) return '—';
  return `${withMinusSign((fraction * 100).toFixed(digits))} %`;
}

const countFormat = new Intl.NumberFormat('en-US');

/** A count with thousands separators. */
export function formatCount(value: number | null): string {
  if (value === null || Number.isNaN(value)) return '—';
  return withMinusSign(countFormat.format(value));
}

/**
 * A count with its noun in the right number: `1 client`, `1,500 clients`,
 * `2 policies` (the plural given, or the noun with an s).
 */
export function formatCountOf(
  value: number,
  singular: string,
  plural = `${singular}s`,
): string {
  return `${countFormat.format(value)} ${value === 1 ? singular : plural}`;
}

/** A signed delta of a count, e.g. `+3` or `−2`; '' when zero. */
export function formatCountDelta(delta: number): string {
  if (delta === 0) return '';
  return delta > 0
    ? `+${countFormat.format(delta)}`
    : `−${countFormat.format(-delta)}`;
}

/** A signed delta of money in cents, e.g. `+$1,200`. */
export function formatMoneyDelta(cents: number, currency = 'USD'): string {
  if (Math.round(cents) === 0) return '';
  const text = formatMoney(Math.abs(cents), currency);
  return cents > 0 ? `+${text}` : `−${text}`;
}

/** A signed delta of a fraction in percentage points, e.g. `+2.5 pp`. */
export function formatPointsDelta(delta: number | null): string {
  // Below what one decimal of a point shows: no change, not "−0.0 pp".
  if (delta === null || Number.isNaN(delta) || Math.abs(delta) < 0.0005)
    return '';
  const points = (delta * 100).toFixed(1);
  return delta > 0 ? `+${points} pp` : `−${points.slice(1)} pp`;
}

/** A number with thousands separators and fixed decimals, e.g. `2.45`. */
export function formatNumber(value: number | null, digits = 1): string {
  if (value === null || Number.isNaN(value)) return '—';
  return withMinusSign(
    value.toLocaleString('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }),
  );
}

/** How a figure is written: the unit its formatter and delta use. */
export type FigureKind = 'count' | 'money' | 'percent' | 'number';

/** A figure of any kind as text. */
export function formatFigure(
  kind: FigureKind,
  value: number | null,
  currency = 'USD',
): string {
  switch (kind) {
    case 'count':
      return formatCount(value);
    case 'money':
      return formatMoney(value, currency);
    case 'percent':
      return formatPercent(value);
    case 'number':
      return formatNumber(value, 1);
  }
}

/**
 * A signed delta of any kind as text; `±0` when it does not move, so a
 * scenario column never shows a blank where a figure is unchanged.
 */
export function formatFigureDelta(
  kind: FigureKind,
  change: number | null,
  currency = 'USD',
): string {
  if (change === null || Number.isNaN(change)) return '';
  const text = signedText(kind, change, currency);
  return text === '' ? '±0' : text;
}

function signedText(kind: FigureKind, change: number, currency: string) {
  switch (kind) {
    case 'count':
      return formatCountDelta(change);
    case 'money':
      return formatMoneyDelta(change, currency);
    case 'percent':
      return formatPointsDelta(change);
    case 'number': {
      if (Math.abs(change) < 0.05) return '';
      const text = formatNumber(Math.abs(change), 1);
      return change > 0 ? `+${text}` : `−${text}`;
    }
  }
}
