/**
 * The margin bridge read literally, for tests: one client at a time, every
 * amount an exact rational from the engine reference (reference.ts), tiers
 * from the reference too, then the cumulative rounding of the definition.
 */
import type { ClientColumns } from '../../../shared/columns';
import { TIERS, UNASSIGNED } from '../../../shared/domain';
import {
  ratAdd,
  ratRound,
  ratSub,
  rational,
  type Rational,
} from '../../../shared/money';
import type { Policy } from '../../../shared/policy';
import type { BridgeRow } from '../../../shared/scenario/types';
import {
  referenceCost,
  referenceRevenue,
  referenceTiers,
} from '../engine/reference';

const ZERO = rational(0n);
const KEYS = ['before', 'volume', 'mix', 'price', 'cost'] as const;
type Exact = Record<(typeof KEYS)[number] | 'after', Rational>;

/** GP of client i under the policy in tier t, or null without revenue. */
export function referenceGp(
  c: ClientColumns,
  i: number,
  t: number,
  policy: Policy,
): Rational | null {
  const revenue = referenceRevenue(c, i, t, policy);
  return revenue && ratSub(revenue, referenceCost(c, i, t, policy));
}

function emptyExact(): Exact {
  return {
    before: ZERO,
    volume: ZERO,
    mix: ZERO,
    price: ZERO,
    cost: ZERO,
    after: ZERO,
  };
}

function addClient(
  rows: Exact[],
  c: ClientColumns,
  i: number,
  [A, B]: readonly [Policy, Policy],
): void {
  // A client with no known revenue is outside every margin.
  if (Number.isNaN(c.arrCents[i]!)) return;
  const a = referenceTiers(c, i, A).service;
  const b = referenceTiers(c, i, B).service;
  const add = (t: number, key: keyof Exact, value: Rational) =>
    (rows[t]![key] = ratAdd(rows[t]![key], value));
  if (a !== UNASSIGNED) {
    add(a, 'before', referenceGp(c, i, a, A)!);
    if (a !== b)
      add(
        a,
        b === UNASSIGNED ? 'volume' : 'mix',
        ratSub(ZERO, referenceGp(c, i, a, A)!),
      );
  }
  if (b === UNASSIGNED) return;
  add(b, 'after', referenceGp(c, i, b, B)!);
  if (a !== b)
    add(b, a === UNASSIGNED ? 'volume' : 'mix', referenceGp(c, i, b, A)!);
  const revenue = (p: Policy) => referenceRevenue(c, i, b, p)!;
  add(b, 'price', ratSub(revenue(B), revenue(A)));
  add(b, 'cost', ratSub(referenceCost(c, i, b, A), referenceCost(c, i, b, B)));
}

function toRow(segment: BridgeRow['segment'], exact: Exact): BridgeRow {
  let running = ZERO;
  const c = KEYS.map((key) => {
    running = ratAdd(running, exact[key]);
    return Number(ratRound(running));
  });
  return {
    segment,
    before_cents: c[0]!,
    volume_cents: c[1]! - c[0]!,
    mix_cents: c[2]! - c[1]!,
    price_cents: c[3]! - c[2]!,
    cost_cents: c[4]! - c[3]!,
    total_cents: c[4]! - c[0]!,
    after_cents: Number(ratRound(exact.after)),
  };
}

/** The exact per-tier GP under a policy (the engine's margin numerator). */
export function referenceTierGp(c: ClientColumns, policy: Policy): Rational[] {
  const gp = TIERS.map(() => ZERO);
  for (let i = 0; i < c.length; i++) {
    const t = referenceTiers(c, i, policy).service;
    const value = t === UNASSIGNED ? null : referenceGp(c, i, t, policy);
    if (value) gp[t] = ratAdd(gp[t]!, value);
  }
  return gp;
}

/** The bridge rows by the definition, client by client. */
export function referenceBridge(
  c: ClientColumns,
  before: Policy,
  after: Policy,
): BridgeRow[] {
  const rows = TIERS.map(() => emptyExact());
  for (let i = 0; i < c.length; i++) addClient(rows, c, i, [before, after]);
  const total = emptyExact();
  for (const row of rows)
    for (const key of [...KEYS, 'after'] as const)
      total[key] = ratAdd(total[key], row[key]);
  return [...rows.map((row, t) => toRow(TIERS[t]!, row)), toRow(null, total)];
}
