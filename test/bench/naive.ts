/**
 * The naive way, for the benchmark to compare against: the portfolio as an
 * array of row objects and a plain loop that classifies each row through
 * the policy object and totals segments in a Map, in doubles. Same rules
 * as the engine (DESIGN.md §2), no typed arrays, no exactness work.
 */
import { TIERS, type Tier } from '../../shared/domain';
import type { ClientColumns } from '../../shared/columns';
import type { Policy } from '../../shared/policy';

/** One client as a row object. */
export type ClientRowObject = {
  clientId: string;
  workers: number | null;
  countries: number | null;
  arr: number | null;
  growthPct: number | null;
  workersPrior: number | null;
  arrPrior: number | null;
  isNew: boolean;
  health: number | null;
  churned: boolean | null;
  csmId: string | null;
  tickets: number | null;
  override: Tier | null;
};

const known = (value: number) => (Number.isNaN(value) ? null : value);

/** The columns as row objects (money in USD, as a spreadsheet holds it). */
export function toRowObjects(columns: ClientColumns): ClientRowObject[] {
  return Array.from({ length: columns.length }, (_, i) => ({
    clientId: columns.clientId[i]!,
    workers: known(columns.workers[i]!),
    countries: known(columns.countryCount[i]!),
    arr: known(columns.arrCents[i]! / 100),
    growthPct: known(columns.growthPpm[i]! / 1e4),
    workersPrior: known(columns.workersPrior[i]!),
    arrPrior: known(columns.arrPriorCents[i]! / 100),
    isNew: columns.newClient[i] === 1,
    health: known(columns.health[i]!),
    churned: columns.churned[i] === 2 ? null : columns.churned[i] === 1,
    csmId: columns.csmId[i] || null,
    tickets: known(columns.tickets[i]!),
    override:
      columns.overrideTier[i]! < 4 ? TIERS[columns.overrideTier[i]!]! : null,
  }));
}

type NaiveSegment = {
  clients: number;
  mrr: number;
  revenue: number;
  cost: number;
  health: number;
  healthKnown: number;
  churned: number;
  churnKnown: number;
};

function sizeTier(row: ClientRowObject, policy: Policy): Tier | null {
  let tier: Tier | null = null;
  for (const t of TIERS) {
    if (row.workers !== null && row.workers >= policy.tiers[t].min_workers)
      tier = t;
  }
  return tier;
}

function complexityUplift(row: ClientRowObject, policy: Policy): number {
  if (row.countries === null) return 0;
  const { Low, Medium, High } = policy.complexity;
  if (row.countries >= High.min_countries) return High.uplift;
  if (row.countries >= Medium.min_countries) return Medium.uplift;
  return row.countries >= Low.min_countries ? Low.uplift : 0;
}

function growthOf(row: ClientRowObject, policy: Policy): string | null {
  const rate =
    row.growthPct !== null
      ? row.growthPct / 100
      : row.workers !== null && row.workersPrior
        ? (row.workers - row.workersPrior) / row.workersPrior
        : null;
  if (rate === null) return row.isNew ? 'New' : null;
  if (rate > policy.growth.expanding_above) return 'Expanding';
  return rate < policy.growth.contracting_below ? 'Contracting' : 'Stable';
}

function costOf(row: ClientRowObject, tier: Tier, policy: Policy): number {
  const { costs } = policy;
  const t = policy.tiers[tier];
  const workers = row.workers ?? 0;
  const tickets = row.tickets ?? workers * costs.tickets_per_worker;
  return (
    costs.csm_annual_cost / 12 / t.csm_ratio +
    tickets * costs.ticket_cost +
    t.onboarding_cost / costs.onboarding_months +
    workers * costs.payroll_ops_per_worker +
    (row.countries ?? 0) * costs.country_ops_per_country +
    costs.platform_per_client
  );
}

/** Segments, hiring and CSM counts the naive way. */
export function naiveRecompute(
  rows: readonly ClientRowObject[],
  policy: Policy,
) {
  const segments = new Map<string, NaiveSegment>();
  const csmTiers = new Map<string, Map<string, number>>();
  const growth = new Map<string, number>();
  for (const row of rows) {
    const size = sizeTier(row, policy);
    const lifted =
      size === null
        ? null
        : TIERS[
            Math.min(3, TIERS.indexOf(size) + complexityUplift(row, policy))
          ]!;
    const service = row.override ?? lifted;
    const key = service ?? 'Unassigned';
    const g = growthOf(row, policy) ?? 'Unassigned';
    growth.set(g, (growth.get(g) ?? 0) + 1);
    const seg = segments.get(key) ?? {
      clients: 0,
      mrr: 0,
      revenue: 0,
      cost: 0,
      health: 0,
      healthKnown: 0,
      churned: 0,
      churnKnown: 0,
    };
    seg.clients++;
    if (row.arr !== null) {
      const mrr = row.arr / 12;
      const t = service ? policy.tiers[service] : null;
      const priced = mrr * (1 + (t?.price_change ?? 0));
      const floor =
        t?.min_pepm != null && row.workers ? row.workers * t.min_pepm : 0;
      seg.mrr += mrr;
      seg.revenue += Math.max(priced, floor);
    }
    if (service) seg.cost += costOf(row, service, policy);
    if (row.health !== null) {
      seg.health += row.health;
      seg.healthKnown++;
    }
    if (row.churned !== null) {
      seg.churnKnown++;
      if (row.churned) seg.churned++;
    }
    segments.set(key, seg);
    if (row.csmId) {
      const mix = csmTiers.get(row.csmId) ?? new Map<string, number>();
      mix.set(key, (mix.get(key) ?? 0) + 1);
      csmTiers.set(row.csmId, mix);
    }
  }
  const hiring = TIERS.map((tier) => ({
    tier,
    required: Math.ceil(
      (segments.get(tier)?.clients ?? 0) / policy.tiers[tier].csm_ratio,
    ),
  }));
  return { segments, hiring, growth, csms: csmTiers.size };
}
