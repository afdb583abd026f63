/**
 * The built-in sample portfolio: an invented, EOR-like client list over
 * several quarters, generated from a seed so every run (and every test)
 * sees the same clients. Clients grow, shrink, churn and join between
 * quarters, so growth, New, NRR and tier transitions all have data.
 * Also the quick synthetic portfolio the benchmark uses.
 */
import {
  CHURN_NO,
  CHURN_YES,
  INDUSTRIES,
  TIERS,
  UNASSIGNED,
  type Industry,
} from './domain';
import { createClientColumns, type ClientColumns } from './columns';
import { attachPriorPeriod } from './engine/prior';
import { classify } from './engine/classify';
import { DEFAULT_POLICY } from './policy';

/** A seeded PRNG (mulberry32): uniform doubles in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

/** One period of the sample. */
export type SamplePeriod = { readonly period: string; columns: ClientColumns };

/** The sample portfolio, oldest period first. */
export type SamplePortfolio = {
  readonly name: string;
  readonly currency: 'USD';
  readonly periods: readonly SamplePeriod[];
};

export type SampleOptions = {
  readonly seed?: number;
  /** Clients in the last period. */
  readonly clients?: number;
  readonly quarters?: number;
  /** The last period, e.g. `2026-Q3`. */
  readonly lastPeriod?: string;
};

const COUNTRY_CODES = (
  'US GB DE FR NL ES IT IE PL PT SE DK NO FI CH AT BE CA MX BR AR CO IN PH ' +
  'SG AU JP KR ZA NG KE AE IL CZ RO'
).split(' ');

/** Industry shares, as the customer's brief describes an EOR book. */
const INDUSTRY_WEIGHTS: readonly (readonly [Industry, number])[] = [
  ['Technology', 0.45],
  ['Financial Services', 0.12],
  ['Life Sciences', 0.08],
  ['Professional Services', 0.13],
  ['Other', 0.22],
];

const RAW_INDUSTRIES: Readonly<Record<Industry, readonly string[]>> = {
  Technology: ['Technology', 'Software', 'SaaS', 'Internet'],
  'Financial Services': ['Financial Services', 'Fintech', 'Insurance'],
  'Life Sciences': ['Life Sciences', 'Biotech', 'Pharma'],
  'Professional Services': ['Professional Services', 'Consulting', 'Legal'],
  Other: ['Manufacturing', 'Retail', 'Logistics', 'Media', 'Energy'],
};

const NAME_STARTS = (
  'Larkspur Tidewater Quillon Brightfen Cobalt Marlowe Vireo Harbinger ' +
  'Northgate Kestrel Ashgrove Bellwether Cinder Driftwood Ember Fernhill ' +
  'Granite Halcyon Ironbark Juniper Kingsley Lumen Meridian Nimbus Orchard ' +
  'Pinecrest Quartz Redwood Saltmarsh Thistle Umber Verity Willow Yarrow'
).split(' ');

const NAME_CORES: Readonly<Record<Industry, readonly string[]>> = {
  Technology: ['Labs', 'Software', 'Systems', 'Cloud', 'Data', 'Robotics'],
  'Financial Services': ['Payments', 'Capital', 'Assurance', 'Ledger'],
  'Life Sciences': ['Bio', 'Therapeutics', 'Genomics', 'Diagnostics'],
  'Professional Services': ['Consulting', 'Partners', 'Legal', 'Advisory'],
  Other: ['Freight', 'Retail', 'Energy', 'Media', 'Hydraulik', 'Foods'],
};

const NAME_ENDS = ['', '', ' Group', ' Inc.', ' Ltd', ' GmbH', ' AB', ' BV'];

const FIRST_NAMES = (
  'Mara Ilan Juno Tomas Aiko Bram Cleo Dario Elin Farid Greta Hugo Ines ' +
  'Jonas Kaia Luca Mina Niko Oona Pavel Rosa Sami Tilde Uma Viggo Wren'
).split(' ');

const LAST_NAMES = (
  'Voss Brandt Adeyemi Reyes Tanaka Okafor Lindqvist Moreau Novak Haddad ' +
  'Castillo Berg Duarte Ferreira Kowalski Nakamura Osei Petrov Quinn Sato'
).split(' ');

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function pickWeighted<T>(
  random: Random,
  weights: readonly (readonly [T, number])[],
): T {
  let u = random();
  for (const [item, weight] of weights) {
    if ((u -= weight) < 0) return item;
  }
  return weights[weights.length - 1]![0];
}

/** A whole number from a log-uniform draw in [low, high]. */
function logUniform(random: Random, low: number, high: number): number {
  return Math.round(Math.exp(Math.log(low) + random() * Math.log(high / low)));
}

/** Quarter labels, oldest first, ending at `last` (`2026-Q3`). */
export function quarterLabels(last: string, count: number): string[] {
  const match = /^(\d{4})-Q([1-4])$/.exec(last);
  if (!match) throw new RangeError(`Not a quarter: ${last}`);
  const end = Number(match[1]) * 4 + Number(match[2]) - 1;
  return Array.from({ length: count }, (_, i) => {
    const q = end - (count - 1 - i);
    return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
  });
}

function dateIn(random: Random, period: string): string {
  const [year, quarter] = period.split('-Q').map(Number) as [number, number];
  const month = (quarter - 1) * 3 + 1 + Math.floor(random() * 3);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A client as the simulation carries it from quarter to quarter. */
type SimClient = {
  readonly id: string;
  readonly name: string;
  readonly industry: Industry;
  readonly industryRaw: string;
  readonly signed: string;
  /** The client's price against list, stable over time (±15 %). */
  readonly priceFactor: number;
  readonly ticketRate: number;
  countries: string[];
  workers: number;
  health: number;
  csm: string;
  churning: boolean;
};

const SIZE_MIX: readonly (readonly [[number, number], number])[] = [
  [[1, 10], 0.52],
  [[11, 50], 0.31],
  [[51, 200], 0.13],
  [[201, 1000], 0.04],
];

function countriesFor(random: Random, workers: number): string[] {
  const base = workers > 200 ? 5 : workers > 50 ? 2 : 1;
  const scale = workers > 200 ? 6 : workers > 50 ? 3 : workers > 10 ? 1.4 : 0.6;
  const count = Math.min(
    30,
    workers,
    base + Math.floor(-Math.log(1 - random()) * scale),
  );
  const codes = [...COUNTRY_CODES];
  for (let i = codes.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [codes[i], codes[j]] = [codes[j]!, codes[i]!];
  }
  return codes.slice(0, count);
}

function newClient(random: Random, seq: number, signed: string): SimClient {
  const industry = pickWeighted(random, INDUSTRY_WEIGHTS);
  const [low, high] = pickWeighted(random, SIZE_MIX);
  const workers = logUniform(random, low, high);
  return {
    id: `C${String(seq).padStart(5, '0')}`,
    name: `${pick(random, NAME_STARTS)} ${pick(random, NAME_CORES[industry])}${pick(random, NAME_ENDS)}`,
    industry,
    industryRaw: pick(random, RAW_INDUSTRIES[industry]),
    signed,
    priceFactor: 0.85 + random() * 0.3,
    ticketRate: 0.2 + random() * 0.6,
    countries: countriesFor(random, workers),
    workers,
    health: Math.round(45 + random() * 50),
    csm: '',
    churning: false,
  };
}

/** Moves a client one quarter on: workers, footprint and health drift. */
function evolve(random: Random, client: SimClient): void {
  const u = random();
  const change =
    u < 0.22
      ? 0.11 + random() * 0.5
      : u < 0.36
        ? -(0.11 + random() * 0.3)
        : (random() - 0.5) * 0.16;
  client.workers = Math.max(1, Math.round(client.workers * (1 + change)));
  if (change > 0.11 && random() < 0.3) {
    const extra = COUNTRY_CODES.filter((c) => !client.countries.includes(c));
    if (extra.length > 0 && client.countries.length < client.workers) {
      client.countries = [...client.countries, pick(random, extra)];
    }
  }
  const drift = Math.round((random() - 0.5) * 12 + (change > 0 ? 2 : -2));
  client.health = Math.min(100, Math.max(0, client.health + drift));
  client.churning = random() < (client.health < 50 ? 0.08 : 0.015);
}

function listPepmCents(workers: number): number {
  const tiers = DEFAULT_POLICY.tiers;
  const tier = [...TIERS]
    .reverse()
    .find((t) => workers >= tiers[t].min_workers);
  return tiers[tier ?? 'SMB'].pepm * 100;
}

function toColumns(
  random: Random,
  clients: readonly SimClient[],
): ClientColumns {
  const columns = createClientColumns(clients.length);
  clients.forEach((client, i) => {
    const mrrUsd = Math.round(
      (client.workers * listPepmCents(client.workers) * client.priceFactor) /
        100,
    );
    columns.clientId[i] = client.id;
    columns.name[i] = client.name;
    columns.workers[i] = client.workers;
    columns.countryCount[i] = client.countries.length;
    columns.countries[i] = client.countries.join(';');
    columns.industryRaw[i] = client.industryRaw;
    columns.industry[i] = INDUSTRIES.indexOf(client.industry);
    columns.arrCents[i] = mrrUsd * 1200;
    // A few records lack a health score or a ticket count, as real ones do.
    columns.health[i] = random() < 0.05 ? NaN : client.health;
    columns.churned[i] = client.churning ? CHURN_YES : CHURN_NO;
    columns.tickets[i] =
      random() < 0.1
        ? NaN
        : Math.round(client.workers * client.ticketRate * (0.5 + random()));
    columns.signedDate[i] = client.signed;
  });
  return columns;
}

/** CSMs per service tier, hired as the book grows; never let go. */
type Staff = {
  readonly pools: string[][];
  readonly load: Map<string, number>;
  readonly names: string[];
  /** Clients per tier last quarter: hiring follows the book a quarter late. */
  lastCounts: number[] | null;
};

function createStaff(random: Random): Staff {
  const names = FIRST_NAMES.flatMap((first) =>
    LAST_NAMES.map((last) => `${first} ${last}`),
  );
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [names[i], names[j]] = [names[j]!, names[i]!];
  }
  return {
    pools: TIERS.map(() => []),
    load: new Map(),
    names,
    lastCounts: null,
  };
}

function hire(staff: Staff): string {
  const hired = staff.load.size;
  const base = staff.names[hired % staff.names.length]!;
  const name =
    hired < staff.names.length
      ? base
      : `${base} ${Math.floor(hired / staff.names.length) + 1}`;
  staff.load.set(name, 0);
  return name;
}

/**
 * Gives every client a CSM of its service tier: a client keeps its CSM
 * while its tier holds, else it is handed to the less loaded of two CSMs
 * drawn at random. Tiers are staffed ~10 % above last quarter's book, so
 * a growing tier can run some CSMs over capacity and need hires.
 */
function assignCsms(
  random: Random,
  clients: SimClient[],
  columns: ClientColumns,
  staff: Staff,
): void {
  const service = classify(columns, DEFAULT_POLICY).service;
  const counts = TIERS.map((_, t) => service.filter((s) => s === t).length);
  const staffedFor = staff.lastCounts ?? counts;
  TIERS.forEach((tier, t) => {
    const ratio = DEFAULT_POLICY.tiers[tier].csm_ratio;
    const wanted = Math.max(1, Math.ceil((staffedFor[t]! * 1.1) / ratio));
    while (staff.pools[t]!.length < wanted) staff.pools[t]!.push(hire(staff));
  });
  staff.lastCounts = counts;
  for (const name of staff.load.keys()) staff.load.set(name, 0);
  clients.forEach((client, i) => {
    const pool = service[i] === UNASSIGNED ? [] : staff.pools[service[i]!]!;
    if (pool.length === 0) return;
    if (!pool.includes(client.csm)) {
      const a = pick(random, pool);
      const b = pick(random, pool);
      client.csm = staff.load.get(a)! <= staff.load.get(b)! ? a : b;
    }
    staff.load.set(client.csm, staff.load.get(client.csm)! + 1);
    columns.csmId[i] = client.csm;
  });
}

/**
 * The sample portfolio: ~1,500 clients over 8 quarters ending 2026-Q3 by
 * default, each quarter's columns linked to the one before (prior workers
 * and ARR, New). The same seed gives the same portfolio.
 */
export function generateSamplePortfolio(
  options: SampleOptions = {},
): SamplePortfolio {
  const clients = Math.max(1, options.clients ?? 1500);
  const random = mulberry32(options.seed ?? 1);
  // One quarter before the first shown, so the first has a prior too.
  const labels = quarterLabels(
    options.lastPeriod ?? '2026-Q3',
    (options.quarters ?? 8) + 1,
  );
  const history = quarterLabels(labels[0]!, 13).slice(0, 12);
  const first = Math.max(1, Math.round(clients * 0.78));
  const staff = createStaff(random);
  const periods: SamplePeriod[] = [];
  let active: SimClient[] = [];
  let previous: ClientColumns | null = null;
  let seq = 1;
  labels.forEach((period, q) => {
    if (q > 0) {
      active = active.filter((client) => !client.churning);
      active.forEach((client) => evolve(random, client));
    }
    const target = Math.round(
      first * (clients / first) ** (q / (labels.length - 1)),
    );
    while (active.length < target) {
      const signed = dateIn(random, q === 0 ? pick(random, history) : period);
      active.push(newClient(random, seq++, signed));
    }
    const raw = toColumns(random, active);
    assignCsms(random, active, raw, staff);
    const columns = previous ? attachPriorPeriod(raw, previous) : raw;
    previous = raw;
    if (q > 0) periods.push({ period, columns });
  });
  return { name: 'Sample portfolio', currency: 'USD', periods };
}

/**
 * A large synthetic portfolio for the benchmark: every column filled
 * (priors, some unknowns, ~25 clients per CSM), built straight into
 * typed arrays so a million clients take well under a second.
 */
export function generateBenchPortfolio(
  clients: number,
  seed = 1,
): ClientColumns {
  const random = mulberry32(seed);
  const columns = createClientColumns(clients);
  const csms = Array.from(
    { length: Math.max(1, Math.round(clients / 25)) },
    (_, k) => `CSM-${String(k + 1).padStart(5, '0')}`,
  );
  for (let i = 0; i < clients; i++) {
    const u = random();
    const workers =
      u < 0.52
        ? 1 + Math.floor(random() * 10)
        : u < 0.83
          ? 11 + Math.floor(random() * 40)
          : u < 0.96
            ? 51 + Math.floor(random() * 150)
            : 201 + Math.floor(random() * 1300);
    const industry = pickWeighted(random, INDUSTRY_WEIGHTS);
    columns.clientId[i] = `B${i + 1}`;
    columns.workers[i] = workers;
    columns.countryCount[i] = Math.min(
      workers,
      1 + Math.floor(-Math.log(1 - random()) * 2),
    );
    columns.industry[i] = INDUSTRIES.indexOf(industry);
    columns.industryRaw[i] = industry;
    columns.arrCents[i] =
      Math.round(workers * listPepmCents(workers) * (0.85 + random() * 0.3)) *
      12;
    const hasPrior = random() < 0.95;
    columns.workersPrior[i] = hasPrior
      ? Math.max(1, Math.round(workers * (0.8 + random() * 0.4)))
      : NaN;
    columns.arrPriorCents[i] = hasPrior
      ? Math.round(columns.arrCents[i]! * (0.8 + random() * 0.4))
      : NaN;
    columns.newClient[i] = hasPrior ? 0 : 1;
    columns.health[i] = random() < 0.05 ? NaN : Math.floor(random() * 101);
    columns.churned[i] = random() < 0.03 ? CHURN_YES : CHURN_NO;
    columns.csmId[i] =
      random() < 0.02 ? '' : csms[Math.floor(random() * csms.length)]!;
    columns.tickets[i] = random() < 0.1 ? NaN : Math.floor(random() * workers);
  }
  return columns;
}
