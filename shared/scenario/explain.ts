/**
 * "Why this tier" for one client: which rule set each of its tiers (size
 * basis, worker and ARR tiers, complexity level and its uplift, override),
 * how far it sits from the next threshold up and down on each dimension,
 * and its economics in its service tier and one tier down and up. The
 * tiers are read from the engine's result, never recomputed, and the
 * economics use the engine's per-tier tables the way its hot loop does.
 */
import type { ClientColumns } from '../columns';
import {
  COMPLEXITIES,
  TIERS,
  assertNever,
  complexityFromCode,
  tierFromCode,
  type Tier,
} from '../domain';
import { grossMargin } from '../engine/client-row';
import { isFloored } from '../engine/floor';
import { getPolicyTables, type PolicyTables } from '../engine/policy-tables';
import { roundHalfAway } from '../money';
import type { Policy } from '../policy';
import type {
  PolicyRun,
  ThresholdPosition,
  TierEconomics,
  TierExplanation,
} from './types';

/** A dimension's levels, lowest first, and the minimum of each. */
type Ladder = {
  readonly names: readonly string[];
  readonly mins: ArrayLike<number>;
};

const UNKNOWN: ThresholdPosition = {
  value: null,
  level: null,
  level_min: null,
  next_level: null,
  to_next: null,
  previous_level: null,
  to_previous: null,
};

/**
 * Where a value sits on a ladder, given the level code the engine gave
 * it: the next level's minimum less the value (what it needs to climb),
 * and the value less its level's minimum plus one (what it must lose to
 * drop: 12 workers from 11 drops after 2 fewer).
 */
export function getThresholdPosition(
  value: number,
  code: number,
  ladder: Ladder,
): ThresholdPosition {
  if (Number.isNaN(value)) return UNKNOWN;
  const count = ladder.names.length;
  const known = code < count;
  const next = known ? code + 1 : 0;
  const hasNext = next < count;
  const hasPrevious = known && code > 0;
  return {
    value,
    level: known ? ladder.names[code]! : null,
    level_min: known ? ladder.mins[code]! : null,
    next_level: hasNext ? ladder.names[next]! : null,
    to_next: hasNext ? ladder.mins[next]! - value : null,
    previous_level: hasPrevious ? ladder.names[code - 1]! : null,
    to_previous: hasPrevious ? value - ladder.mins[code]! + 1 : null,
  };
}

/**
 * Client i's monthly economics if served in tier t: revenue priced with
 * t's price change and floor, cost to serve with t's ratio and onboarding,
 * exactly as the hot loop (kernel.ts) computes them; money rounded to the
 * cent, the margin from the unrounded amounts.
 */
export function getTierEconomics(
  columns: ClientColumns,
  policy: Policy,
  i: number,
  t: number,
): TierEconomics {
  const tables = getPolicyTables(policy);
  const revenue = revenueIn(columns, tables, i, t);
  const cost = costIn(columns, tables, i, t);
  const tier = TIERS[t]!;
  return {
    tier,
    revenue_cents: Number.isNaN(revenue) ? null : roundHalfAway(revenue),
    cost_to_serve_cents: roundHalfAway(cost),
    gross_margin: grossMargin(revenue, cost),
    gm_target: policy.tiers[tier].gm_target,
    csm_ratio: policy.tiers[tier].csm_ratio,
  };
}

function revenueIn(
  columns: ClientColumns,
  tables: PolicyTables,
  i: number,
  t: number,
): number {
  const a = columns.arrCents[i]!;
  const w = columns.workers[i]!;
  const floored =
    tables.floorCents[t]! > 0 &&
    !Number.isNaN(a) &&
    !Number.isNaN(w) &&
    isFloored(a, w, t, tables);
  return floored ? w * tables.floorCents[t]! : a * tables.revenuePerArr[t]!;
}

function costIn(
  columns: ClientColumns,
  tables: PolicyTables,
  i: number,
  t: number,
): number {
  // Unknown workers or countries add nothing to their terms (kernel.ts).
  const known = (x: number) => (Number.isNaN(x) ? 0 : x);
  const w = known(columns.workers[i]!);
  const tickets = columns.tickets[i]!;
  const variable =
    (Number.isNaN(tickets)
      ? w * tables.varWorkerNoTicket
      : tickets * tables.varTicket) +
    w * tables.varWorker +
    known(columns.countryCount[i]!) * tables.varCountry;
  return tables.fixedCostCents[t]! + variable * (1 / tables.varScale);
}

function ladders(tables: PolicyTables) {
  return {
    workers: { names: TIERS, mins: tables.minWorkers },
    arr: { names: TIERS, mins: tables.minArrCents },
    countries: { names: COMPLEXITIES, mins: tables.minCountries },
  };
}

/** Which dimension gave the size tier on the policy's basis. */
function primaryFrom(
  basis: Policy['size_basis'],
  primary: number,
  workerTier: number,
): 'workers' | 'arr' | null {
  if (primary >= TIERS.length) return null;
  if (basis === 'workers' || basis === 'arr') return basis;
  if (workerTier >= TIERS.length) return 'arr';
  // A tie is read as the worker count's (the reasons say both agree).
  return primary === workerTier ? 'workers' : 'arr';
}

/** The tiers the uplift adds, after the cap at Strategic. */
function upliftOf(policy: Policy, primary: number, complexity: number) {
  if (primary >= TIERS.length || complexity >= COMPLEXITIES.length) return 0;
  const lift = policy.complexity[COMPLEXITIES[complexity]!].uplift;
  return Math.min(TIERS.length - 1, primary + lift) - primary;
}

function economicsAround(
  columns: ClientColumns,
  policy: Policy,
  i: number,
  service: number,
) {
  const at = (t: number) =>
    t >= 0 && t < TIERS.length ? getTierEconomics(columns, policy, i, t) : null;
  if (service >= TIERS.length) {
    return { current: null, one_down: null, one_up: null };
  }
  return {
    current: at(service),
    one_down: at(service - 1),
    one_up: at(service + 1),
  };
}

/**
 * Which rules set client `index`'s tiers under the run, and what one tier
 * up or down would mean; the reasons label amounts with `currency` (an
 * ISO code, as the import gives it).
 */
export function explainClient(
  columns: ClientColumns,
  run: PolicyRun,
  index: number,
  currency = 'USD',
): TierExplanation {
  const { policy, result } = run;
  const cls = result.classification;
  const tables = getPolicyTables(policy);
  const ladder = ladders(tables);
  const primary = cls.primary[index]!;
  const explanation: Omit<TierExplanation, 'reasons'> = {
    index,
    client_id: columns.clientId[index]!,
    name: columns.name[index]!,
    size_basis: policy.size_basis,
    workers: getThresholdPosition(
      columns.workers[index]!,
      cls.workerTier[index]!,
      ladder.workers,
    ),
    arr: getThresholdPosition(
      columns.arrCents[index]!,
      cls.arrTier[index]!,
      ladder.arr,
    ),
    countries: getThresholdPosition(
      columns.countryCount[index]!,
      cls.complexity[index]!,
      ladder.countries,
    ),
    primary: tierFromCode(primary),
    primary_from: primaryFrom(
      policy.size_basis,
      primary,
      cls.workerTier[index]!,
    ),
    complexity: complexityFromCode(cls.complexity[index]!),
    uplift: upliftOf(policy, primary, cls.complexity[index]!),
    override: tierFromCode(columns.overrideTier[index]!),
    service: tierFromCode(cls.service[index]!),
    ...economicsAround(columns, policy, index, cls.service[index]!),
  };
  return {
    ...explanation,
    reasons: explainReasons(explanation, policy, currency),
  };
}

type Facts = Omit<TierExplanation, 'reasons'>;

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Cents as an amount with grouping, cents shown only when there are any. */
function amount(cents: number): string {
  const fraction = Math.round(cents) % 100 !== 0;
  return (cents / 100).toLocaleString('en-US', {
    minimumFractionDigits: fraction ? 2 : 0,
    maximumFractionDigits: 2,
  });
}

/** How a dimension's amounts are said: `14 workers`, `73,056 USD`. */
type Say = (value: number) => string;

const sayWorkers: Say = (v) => count(v, 'worker', 'workers');
const sayCountries: Say = (v) => count(v, 'country', 'countries');

function sayMoney(currency: string): Say {
  return (cents) => `${amount(cents)} ${currency}`;
}

/** "puts" after "1 worker" and "ARR of …", "put" after "14 workers". */
function verb(dimension: 'workers' | 'arr', value: number): string {
  return dimension === 'workers' && value !== 1 ? 'put' : 'puts';
}

/**
 * Where the level's minimum and the next level's sit, in words:
 * "which starts at 11 workers; Enterprise starts at 50 workers".
 */
function levelBounds(position: ThresholdPosition, say: Say): string {
  const starts = `which starts at ${say(position.level_min!)}`;
  if (position.next_level === null || position.to_next === null) return starts;
  const next = say(position.value! + position.to_next);
  return `${starts}; ${position.next_level} starts at ${next}`;
}

/** "14 workers put it in Mid-Market, which starts at 11 workers; …" and the like. */
function dimensionClause(
  dimension: 'workers' | 'arr',
  position: ThresholdPosition,
  currency: string,
): string {
  const say = dimension === 'workers' ? sayWorkers : sayMoney(currency);
  const subject = (v: number) =>
    dimension === 'workers' ? say(v) : `ARR of ${say(v)}`;
  if (position.value === null) {
    return dimension === 'workers'
      ? 'its worker count is unknown'
      : 'its ARR is unknown';
  }
  if (position.level === null) {
    const minimum = say(position.value + position.to_next!);
    return `${subject(position.value)} is below ${position.next_level}'s minimum of ${minimum}`;
  }
  const puts = verb(dimension, position.value);
  return `${subject(position.value)} ${puts} it in ${position.level}, ${levelBounds(position, say)}`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const NO_SIZE = 'so it has no size tier (Unassigned)';

function sizeReasons(facts: Facts, currency: string): string[] {
  const workers = dimensionClause('workers', facts.workers, currency);
  const arr = dimensionClause('arr', facts.arr, currency);
  const single = (basis: string, clause: string) => [
    `Size tier by ${basis}: ${clause}${facts.primary === null ? `, ${NO_SIZE}` : ''}.`,
  ];
  switch (facts.size_basis) {
    case 'workers':
      return single('workers', workers);
    case 'arr':
      return single('ARR', arr);
    case 'higher':
    case 'lower':
      return [
        `Size tier by the ${facts.size_basis} of the worker and ARR tiers.`,
        `${capitalized(workers)}.`,
        `${capitalized(arr)}.`,
        combineSentence(facts),
      ];
    default:
      return assertNever(facts.size_basis);
  }
}

function combineSentence(facts: Facts): string {
  const wt = facts.workers.level;
  const at = facts.arr.level;
  if (facts.primary === null) return `Neither is known, ${NO_SIZE}.`;
  if (wt === null || at === null) {
    const known = wt === null ? 'ARR' : 'worker';
    return `Only the ${known} tier is known, so the size tier is ${facts.primary}.`;
  }
  if (wt === at) return `Both give ${wt}, so the size tier is ${wt}.`;
  return `The ${facts.size_basis} of ${wt} and ${at} is ${facts.primary}.`;
}

function complexityReason(facts: Facts, policy: Policy): string {
  const { countries } = facts;
  if (countries.value === null) {
    return 'Its country count is unknown: no complexity tier, no uplift.';
  }
  const where = sayCountries(countries.value);
  if (facts.complexity === null) {
    const low =
      countries.to_next === null
        ? ''
        : ` of ${sayCountries(countries.value + countries.to_next)}`;
    return `${where} is below Low complexity's minimum${low}: no uplift.`;
  }
  const makes = countries.value === 1 ? 'makes' : 'make';
  const starts = `which starts at ${sayCountries(countries.level_min!)}`;
  const head = `${where} ${makes} it ${facts.complexity} complexity, ${starts}`;
  const lift = policy.complexity[facts.complexity].uplift;
  if (lift === 0) return `${head} and adds no tier.`;
  const adds = `and adds ${count(lift, 'tier', 'tiers')}`;
  if (facts.primary === null)
    return `${head} ${adds}, but there is no size tier to raise.`;
  const raised = TIERS[TIERS.indexOf(facts.primary) + facts.uplift]!;
  if (facts.uplift === 0) {
    return `${head} ${adds}, but ${facts.primary} is already the highest tier.`;
  }
  const capped = facts.uplift < lift ? ', capped at Strategic' : '';
  return `${head} ${adds}${capped}: ${facts.primary} becomes ${raised}.`;
}

function serviceReasons(facts: Facts): string[] {
  const ruled: Tier | null =
    facts.primary === null
      ? null
      : TIERS[TIERS.indexOf(facts.primary) + facts.uplift]!;
  if (facts.override !== null) {
    const sets = `An approved override sets the service tier to ${facts.override}`;
    if (ruled === facts.override)
      return [`${sets}, the tier the rules give too.`];
    return [`${sets} instead of ${ruled ?? 'none (Unassigned)'}.`];
  }
  return [
    facts.service === null
      ? 'With no size tier it has no service tier (Unassigned).'
      : `Its service tier is ${facts.service}.`,
  ];
}

function explainReasons(
  facts: Facts,
  policy: Policy,
  currency: string,
): string[] {
  return [
    ...sizeReasons(facts, currency),
    complexityReason(facts, policy),
    ...serviceReasons(facts),
  ];
}
