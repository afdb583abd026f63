/**
 * Each client's growth, read once per set of columns into a key that the
 * hot loop compares with the policy's thresholds in one step. Growth
 * depends on the policy only through its two thresholds (whole ppm), so
 * the exact rate — the given ppm, else 10^6 × (now − prior) / prior on
 * workers, then ARR — can be prepared without it:
 *
 *   key = 2 × floor(rate) + (1 if rate is not a whole ppm, else 0)
 *
 * For a whole threshold T: rate > T ⇔ key > 2T, and rate < T ⇔ key < 2T.
 * NOTE: cached per columns object (columns are immutable by contract);
 * arrays edited in place would leave a stale key behind.
 */
import type { ClientColumns } from '../columns';
import { EXACT_LIMIT } from '../money';

/** What a client's growth is measured from. */
export const GROWTH_BASE = {
  /** A rate is known: compare the key with the thresholds. */
  MEASURED: 0,
  /** No prior figure, and absent from a known prior period. */
  NEW: 3,
  /** Nothing known, or growth from a prior of zero. */
  UNKNOWN: 255,
} as const;

/** Per client: the growth key and what it is measured from. */
export type GrowthKeys = {
  readonly key: Float64Array;
  readonly base: Uint8Array;
};

/** Keys past ±2^52 are clamped; thresholds never reach them. */
const KEY_LIMIT = 2 ** 52;

const cache = new WeakMap<ClientColumns, GrowthKeys>();

/** The growth keys of a set of columns, derived once and cached. */
export function getGrowthKeys(columns: ClientColumns): GrowthKeys {
  let keys = cache.get(columns);
  if (!keys) {
    keys = computeGrowthKeys(columns);
    cache.set(columns, keys);
  }
  return keys;
}

function clampKey(key: number): number {
  return Math.max(-KEY_LIMIT, Math.min(KEY_LIMIT, key));
}

/** The key of a rate given in ppm (possibly fractional). */
export function keyOfPpm(ppm: number): number {
  const whole = Math.floor(ppm);
  return clampKey(2 * whole + (ppm === whole ? 0 : 1));
}

/** The key of 10^6 × (now − prior) / prior, prior > 0, exactly. */
export function keyOfChange(now: number, prior: number): number {
  const change = (now - prior) * 1_000_000;
  if (
    Number.isInteger(now) &&
    Number.isInteger(prior) &&
    Math.abs(change) + prior < EXACT_LIMIT
  ) {
    // Every product and remainder below is an integer under 2^53.
    let whole = Math.floor(change / prior);
    let rest = change - whole * prior;
    if (rest < 0) {
      whole -= 1;
      rest += prior;
    } else if (rest >= prior) {
      whole += 1;
      rest -= prior;
    }
    return clampKey(2 * whole + (rest === 0 ? 0 : 1));
  }
  return keyOfChangeBig(now, prior);
}

function keyOfChangeBig(now: number, prior: number): number {
  if (!Number.isInteger(now) || !Number.isInteger(prior)) {
    // Fractional cents are outside the column contract: near enough.
    return keyOfPpm(((now - prior) / prior) * 1_000_000);
  }
  const change = (BigInt(now) - BigInt(prior)) * 1_000_000n;
  const base = BigInt(prior);
  let whole = change / base;
  let rest = change % base;
  // BigInt division truncates toward zero; floor it.
  if (rest < 0n) {
    whole -= 1n;
    rest += base;
  }
  return clampKey(2 * Number(whole) + (rest === 0n ? 0 : 1));
}

function computeGrowthKeys(columns: ClientColumns): GrowthKeys {
  const { growthPpm, workers, workersPrior, arrCents, arrPriorCents } = columns;
  const key = new Float64Array(columns.length);
  const base = new Uint8Array(columns.length).fill(GROWTH_BASE.UNKNOWN);
  for (let i = 0; i < columns.length; i++) {
    const given = growthPpm[i]!;
    const w = workers[i]!;
    const wp = workersPrior[i]!;
    const byWorkers = w === w && wp === wp;
    const now = byWorkers ? w : arrCents[i]!;
    const prior = byWorkers ? wp : arrPriorCents[i]!;
    if (given === given) {
      key[i] = keyOfPpm(given);
      base[i] = GROWTH_BASE.MEASURED;
    } else if (now === now && prior === prior) {
      // Growth from nothing has no rate (the import warns it).
      if (prior > 0) {
        key[i] = keyOfChange(now, prior);
        base[i] = GROWTH_BASE.MEASURED;
      }
    } else if (columns.newClient[i] === 1) {
      base[i] = GROWTH_BASE.NEW;
    }
  }
  return { key, base };
}
