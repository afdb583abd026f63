/**
 * Exact arithmetic for money and rates: integer cents, decimal fractions
 * read exactly as written, and rationals over BigInt for the few sums that
 * must be exact to the cent. Rounding is half away from zero, done once.
 */

/** An exact fraction num / den with den > 0. */
export type Rational = { readonly num: bigint; readonly den: bigint };

/** The largest integer a double holds exactly (2^53). */
export const EXACT_LIMIT = 2 ** 53;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Greatest common divisor of two non-negative safe integers. */
export function gcdInt(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** A rational reduced to lowest terms. */
export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new RangeError('Rational with a zero denominator');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/**
 * The exact value of a number as its shortest decimal reads: 0.1 is 1/10,
 * not the binary double nearest to it. Policy rates are typed as decimals,
 * so this is the value the user meant.
 */
export function rationalFromDecimal(value: number): Rational {
  if (!Number.isFinite(value)) throw new RangeError(`Not finite: ${value}`);
  const [mantissa = '0', exponentText] = String(value).split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '0', fraction = ''] = mantissa.replace('-', '').split('.');
  const exponent = Number(exponentText ?? 0) - fraction.length;
  const digits = BigInt(whole + fraction) * (negative ? -1n : 1n);
  return exponent >= 0
    ? rational(digits * 10n ** BigInt(exponent))
    : rational(digits, 10n ** BigInt(-exponent));
}

/** a + b. */
export function ratAdd(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** a − b. */
export function ratSub(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

/** a × b. */
export function ratMul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

/** An integer count or sum (a safe integer) as a rational. */
export function ratInt(value: number | bigint): Rational {
  return { num: BigInt(value), den: 1n };
}

/** num / den rounded half away from zero to an integer. */
export function roundDiv(num: bigint, den: bigint): bigint {
  const sign = num < 0n !== den < 0n ? -1n : 1n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const q = n / d;
  return sign * (2n * (n % d) >= d ? q + 1n : q);
}

/** A rational rounded half away from zero to an integer. */
export function ratRound(value: Rational): bigint {
  return roundDiv(value.num, value.den);
}

/** Compares a and b exactly: −1, 0 or 1. */
export function ratCompare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A rational as the nearest double, for ratios shown to the user. */
export function ratToNumber(value: Rational): number {
  const whole = value.num / value.den;
  const rest = value.num - whole * value.den;
  // 64 bits of the fraction keep a huge denominator from overflowing.
  return Number(whole) + Number((rest << 64n) / value.den) / 2 ** 64;
}

/** USD written as a decimal (1200000.01) to integer cents, exactly. */
export function centsFromUsd(usd: number): number {
  return Number(ratRound(ratMul(rationalFromDecimal(usd), ratInt(100))));
}

/** A fraction (0.1) in millionths (100000), rounded to the millionth. */
export function ppmFromFraction(fraction: number): number {
  return Number(
    ratRound(ratMul(rationalFromDecimal(fraction), ratInt(1_000_000))),
  );
}

/** Integer cents as USD with two decimals, as a JSON number (1500.5). */
export function usdFromCents(cents: number): number {
  return roundHalfAway(cents) / 100;
}

/** A double rounded half away from zero to an integer (−2.5 → −3). */
export function roundHalfAway(value: number): number {
  return value < 0 ? -Math.round(-value) : Math.round(value);
}
